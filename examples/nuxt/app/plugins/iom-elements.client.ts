// Defines the elements in the browser (<iom-provider> first), before Vue hydrates the page: they
// hydrate over the declarative shadow DOM the server wrote (server/plugins/iom-elements.ts).
import 'iom-elements';

export default defineNuxtPlugin(() => {});
