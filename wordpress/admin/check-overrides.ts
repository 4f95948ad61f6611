/**
 * The library's own override checker for the plugin's settings page: the same rules and the same
 * messages as `<iom-provider>` and `iom-elements render --overrides` (bundled by the build into
 * the plugin's admin/check-overrides.js).
 */
import * as model from '../../src/generated/content-model.js';
import rules from '../../src/generated/override-rules.js';
import { checkOverrides } from '../../src/core/overrides.js';

/** The problems of overrides, each naming its path; none when they follow the rules. */
export function check(value: unknown): string[] {
  const problems: string[] = [];
  checkOverrides(value, 'overrides', rules, model, (message) => problems.push(message));
  return problems;
}
