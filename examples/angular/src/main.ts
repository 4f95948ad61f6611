// The browser's entry: the elements are defined here, before Angular starts, and only here: the
// server renders none of them (Domino has no custom elements; server.ts expands them instead).
// The provider first, so the FAQ finds it.
import 'iom-elements/iom-provider.js';
import 'iom-elements/iom-faq.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
