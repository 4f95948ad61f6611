/**
 * The shape of the words the elements show: one section file, `content/<lang>/<section>.json`.
 * Generated from content/schema.json and the language folders (src/generated/content-model.ts,
 * by `npm run generate`); this module is the one place the elements take them from.
 */
export * from '../generated/content-model.js';
