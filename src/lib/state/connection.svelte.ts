// Whether the browser believes it is online, kept current from the window's events.
class ConnectionState {
	#online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

	get online(): boolean {
		return this.#online;
	}

	/** Listens until the returned function is called; the root layout owns the lifetime. */
	watch(target: Window = window): () => void {
		const update = () => {
			this.#online = navigator.onLine;
		};
		update();
		target.addEventListener('online', update);
		target.addEventListener('offline', update);
		return () => {
			target.removeEventListener('online', update);
			target.removeEventListener('offline', update);
		};
	}
}

export const connection = new ConnectionState();
