const said = new WeakMap<object, Set<string>>();

/**
 * Writes a console message once per owner and message, so a bad attribute or override that
 * re-renders many times is reported once, not on every update.
 */
export function warnOnce(
  owner: object,
  message: string,
  log: (message: string) => void = console.warn,
): void {
  const messages = said.get(owner) ?? new Set<string>();
  if (messages.has(message)) return;
  messages.add(message);
  said.set(owner, messages);
  log(message);
}
