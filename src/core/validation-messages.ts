/**
 * The words for what is wrong with content or overrides, from the errors of a JSON Schema
 * validator (Ajv). One module for the build (content files, through tsx) and the run time
 * (the provider's overrides), so a problem reads the same wherever it is found.
 */

/** The part of an Ajv error these messages read. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  /** Set on the errors of a `propertyNames` rule: the name that broke it. */
  propertyName?: string;
}

/** Says, for a key an object may not have, what may stand there instead (or nothing). */
export type UnknownKeyMessage = (parents: string[], key: string) => string | undefined;

/** `['questions', '2', 'answer']` → `questions[2].answer` */
export function fieldName(parts: readonly string[]): string {
  return parts.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** `/questions/2/answer` → `['questions', '2', 'answer']` */
function pointerParts(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** How a value reads in a message: `number 42`, `an object`, `string "x"`. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}…"` : text}`;
}

function valueAt(data: unknown, parts: readonly string[]): unknown {
  let value = data;
  for (const part of parts) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

const list = (values: unknown) => (values as unknown[]).map((v) => JSON.stringify(v)).join(', ');

/** One error as `field: what is wrong`, the field named from `prefix` on. */
function describe(
  error: SchemaError,
  data: unknown,
  prefix: string[],
  unknownKey: UnknownKeyMessage,
): string {
  const parts = pointerParts(error.instancePath);
  const at = (extra: string[] = []) => fieldName([...prefix, ...parts, ...extra]) || '(top level)';
  const value = valueAt(data, parts);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `${at([String(p.missingProperty)])}: is missing (required)`;
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return `${at([key])}: ${unknownKey(parts, key) ?? 'is not a known field'}`;
    }
    case 'type':
      return `${at()}: expected ${p.type === 'object' || p.type === 'array' ? `an ${String(p.type)}` : `a ${String(p.type)}`}, got ${typeOf(value)}`;
    case 'enum':
      if (error.propertyName !== undefined)
        return `${at([error.propertyName])}: is not allowed here (allowed: ${(p.allowedValues as unknown[]).join(', ')})`;
      if (parts.at(-1) === 'id')
        return `${at()}: has no entry ${JSON.stringify(value)} (its ids: ${(p.allowedValues as unknown[]).join(', ')})`;
      return `${at()}: expected one of ${list(p.allowedValues)}, got ${typeOf(value)}`;
    case 'const':
      return `${at()}: expected ${JSON.stringify(p.allowedValue)}, got ${typeOf(value)}`;
    case 'minItems':
      return `${at()}: expected at least ${String(p.limit)} item(s), got ${(value as unknown[]).length}`;
    case 'minProperties':
      return `${at()}: expected at least ${String(p.limit)} field(s), got none`;
    case 'minLength':
      return `${at()}: expected non-empty text`;
    case 'maxLength':
      return `${at()}: expected at most ${String(p.limit)} characters, got ${(value as string).length}`;
    case 'pattern':
      if (String(p.pattern).startsWith('^([Hh]'))
        return `${at()}: expected an https:, http: or mailto: address, got ${typeOf(value)}`;
      if (String(p.pattern).startsWith('^\\d{4}'))
        return `${at()}: expected a year or an ISO 8601 date (1951, 1951-12-05), got ${typeOf(value)}`;
      if (String(p.pattern).startsWith('^[a-z0-9]'))
        return `${at()}: expected an id of lowercase words joined by hyphens, got ${typeOf(value)}`;
      return `${at()}: expected text without leading or trailing white space, got ${typeOf(value)}`;
    default:
      return `${at()}: ${error.keyword} rule not met`;
  }
}

/**
 * Every error as a message, at most one per field (empty text breaks both `minLength` and
 * `pattern`: it is said once). `prefix` names where the data stands (`['content']`).
 */
export function describeErrors(
  errors: readonly SchemaError[],
  data: unknown,
  { prefix = [], unknownKey = () => undefined }: { prefix?: string[]; unknownKey?: UnknownKeyMessage } = {},
): string[] {
  const messages: string[] = [];
  const reported = new Set<string>();
  // A key no rule knows is said once, as unknown, not also as outside a list of allowed names.
  const unknownKeys = new Set(
    errors
      .filter((error) => error.keyword === 'additionalProperties')
      .map((error) => `${error.instancePath}/${String(error.params.additionalProperty)}`),
  );
  for (const error of errors) {
    if (error.propertyName !== undefined && unknownKeys.has(`${error.instancePath}/${error.propertyName}`))
      continue;
    // A failing `if` is followed by the `then` rule that failed; a `propertyNames` failure by
    // the rule the name broke, which says more.
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const field =
      error.keyword === 'required' ||
      error.keyword === 'additionalProperties' ||
      error.propertyName !== undefined
        ? null
        : error.instancePath;
    if (field !== null && reported.has(field)) continue;
    if (field !== null) reported.add(field);
    messages.push(describe(error, data, prefix, unknownKey));
  }
  return [...new Set(messages)];
}
