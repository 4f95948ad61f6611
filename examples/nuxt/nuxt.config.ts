export default defineNuxtConfig({
  compatibilityDate: '2026-12-01',
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      title: 'iom-elements with Nuxt',
      link: [{ rel: 'icon', href: 'data:,' }],
    },
  },
  // The iom-* tags are custom elements, not Vue components, on the server and in the browser.
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('iom-') } },
  typescript: { tsConfig: { vueCompilerOptions: { strictTemplates: true } } },
});
