/**
 * The loopback hosts of the demo portal (`npm start` serves it under `/portal/`, on any port). Only
 * development, demo and test builds hold their host permission, so allowing the demo portal needs no
 * prompt there; the store build asks for every portal origin when the learner adds it.
 */
export const DEMO_PORTAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
