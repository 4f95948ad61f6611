import { createApp } from 'vue';
// Defines every element (<iom-provider> first) before Vue renders them, so Vue sets their
// properties rather than attributes.
import 'iom-elements';
import App from './App.vue';
import { router } from './router';

createApp(App).use(router).mount('#app');
