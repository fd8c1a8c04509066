// A single-page app: every screen renders on the device, so it works offline from the precache.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
