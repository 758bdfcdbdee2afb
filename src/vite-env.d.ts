/// <reference types="vite/client" />

/** Set at build time (vite `define`): tells one build from the next. */
declare const __BUILD_ID__: string;
