/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline app shell: precache the whole build once, answer every app navigation with it.
import { build, files, version } from '$service-worker';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { appShellUrl, isAppNavigation, precacheEntries } from './precache';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(precacheEntries(build, files, version));
cleanupOutdatedCaches();
// Requests under /db/ match no route, so they always go to the network and are never cached.
registerRoute(({ request, url }) => request.mode === 'navigate' && isAppNavigation(url), createHandlerBoundToURL(appShellUrl));

// The page asks for this after saving what the user typed (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
