import { createRouter, createWebHistory } from 'vue-router';
import About from './pages/About.vue';
import Home from './pages/Home.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: Home },
    { path: '/about', component: About },
  ],
});
