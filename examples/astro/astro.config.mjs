import { defineConfig } from 'astro/config';

// Static output (the default): every page is prerendered into dist/ at build, our elements
// expanded in it by src/middleware.ts.
export default defineConfig({ devToolbar: { enabled: false } });
