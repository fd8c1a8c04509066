// The response headers every answer of the launcher carries, whether a file of the app or a database
// reply. The app's Content-Security-Policy is added by static.ts (it comes from the build) and the
// proxy's by proxy.ts (`sandbox`: a database reply is never a page).

import type { ServerResponse } from 'node:http';

/**
 * Powerful features the app never uses, refused to it and to anything that might get injected.
 * Only names Chromium knows: an unknown one is an error in the console of every page.
 */
export const permissionsPolicy = [
	'camera',
	'microphone',
	'geolocation',
	'payment',
	'usb',
	'serial',
	'hid',
	'midi',
	'display-capture',
	'browsing-topics'
]
	.map((feature) => `${feature}=()`)
	.join(', ');

export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// For browsers without CSP's frame-ancestors.
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': permissionsPolicy,
	// No other site's window keeps a handle on ours, nor reads our responses (no-cors embeds included).
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

/** For the database's replies: never a page, so nothing may run, load or frame them if one is opened. */
export const databaseResponsePolicy = "sandbox; default-src 'none'; frame-ancestors 'none'";

export function setSecurityHeaders(res: ServerResponse) {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
