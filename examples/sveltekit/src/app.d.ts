// The iom-* tags in Svelte markup, with their attributes and events (`oniom-faq-toggle`).
import type {} from 'iom-elements/svelte';
