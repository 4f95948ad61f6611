// Makes vue-tsc know every iom-* tag, its attributes and its events (types only).
import type {} from 'iom-elements/vue';
