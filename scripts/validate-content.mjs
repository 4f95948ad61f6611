#!/usr/bin/env node
// `node scripts/validate-content.mjs [dir]`: fails the build when any content file is malformed.
import { resolve } from 'node:path';
import { validateContentDir } from './content-validation.mjs';

const dir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const { files, problems } = validateContentDir(dir);
if (problems.length > 0) {
  console.error(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Content is valid: ${files} files checked against content/schema.json.`);
