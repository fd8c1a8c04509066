// Whether the device believes it is online, and word when that changes: the engine's only view of it.

export interface NetworkSource {
	isOnline(): boolean;
	/** Calls `listener` on every change until the returned function is called. */
	watch(listener: (online: boolean) => void): () => void;
}

/**
 * The browser's own belief (navigator.onLine and the window's events). It can say online on a
 * network with no way to the server; the engine learns that from failed replications instead.
 */
export function browserNetwork(target: Window = window): NetworkSource {
	return {
		isOnline: () => target.navigator.onLine,
		watch(listener) {
			const online = () => listener(true);
			const offline = () => listener(false);
			target.addEventListener('online', online);
			target.addEventListener('offline', offline);
			return () => {
				target.removeEventListener('online', online);
				target.removeEventListener('offline', offline);
			};
		}
	};
}
