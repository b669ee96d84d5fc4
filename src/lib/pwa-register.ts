/// <reference types="vite-plugin-pwa/vanillajs" />
// vite-plugin-pwa's registration code (a virtual module that exists only in a Vite build). It is
// kept in its own file, loaded with import(), so unit tests can import pwa-update.ts without it.
export { registerSW } from 'virtual:pwa-register';
