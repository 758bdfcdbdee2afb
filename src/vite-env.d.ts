/// <reference types="vite/client" />

/** Set at build time (vite `define`): tells one build from the next. */
declare const __BUILD_ID__: string;

/** Set at build time (vite `define`): the venue keys' public JWK Set, parsed again before use. */
declare const __VENUE_KEYS__: unknown;
