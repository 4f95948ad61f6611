import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The iom-* tags are custom elements, not Vue components: Vue leaves them to the browser
        // (without this it warns "Failed to resolve component: iom-faq").
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('iom-') },
      },
    }),
  ],
});
