import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';
import { provideRouter, type Routes } from '@angular/router';
import { About } from './about';
import { Home } from './home';

const routes: Routes = [
  { path: '', component: Home },
  { path: 'about', component: About },
];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    // Hydration keeps the server's DOM; the elements' declarative shadow roots are no children of theirs.
    provideClientHydration(),
  ],
};
