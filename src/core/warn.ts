const said = new WeakMap<object, Set<string>>();

/**
 * Writes a console warning once per owner and message, so a bad attribute that re-renders
 * many times is reported once, not on every update.
 */
export function warnOnce(owner: object, message: string): void {
  const messages = said.get(owner) ?? new Set<string>();
  if (messages.has(message)) return;
  messages.add(message);
  said.set(owner, messages);
  console.warn(message);
}
