// Runs once in the browser, before any screen loads.
import type { HandleClientError } from '@sveltejs/kit';
import { z } from 'zod';
import { errorSummary, logError } from '$lib/log';

// zod probes `new Function('')` to decide whether it may compile parsers. The Content-Security-Policy
// allows no eval, so the probe would only fail and be reported as a violation: tell zod not to try.
// It must run before the first schema is built; the hooks load before every screen.
z.config({ jitless: true });

// Errors nobody caught are logged by kind and place only (src/lib/log.ts), not with their message
// as the browser would print it, which may quote a record.
addEventListener('error', (event) => {
	if (event.error === null || event.error === undefined) return;
	event.preventDefault();
	logError('Uncaught error', event.error);
});
addEventListener('unhandledrejection', (event) => {
	event.preventDefault();
	logError('Unhandled rejection', event.reason);
});

/** A screen failed to load or render: the error page shows a fixed text; the console, a summary. */
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(`Unexpected error (${status}): ${errorSummary(error)}`);
	return { message: status === 404 ? 'Not Found' : 'Internal Error' };
};
