// The response headers every answer of the launcher carries, whether a file of the app or a database reply.

import type { ServerResponse } from 'node:http';

export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
};

export function setSecurityHeaders(res: ServerResponse) {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
