// A Dexie live query as rune state, with the loading and error states liveQuery lacks. Create it
// during component initialisation. `inputs` is read where runes track it (a change re-subscribes);
// `query` runs inside liveQuery, so Dexie re-runs it when what it read changes.
import { liveQuery } from 'dexie';

export class LiveQuery<T, I = void> {
	#value = $state.raw<T>();
	#error = $state.raw<unknown>();
	#loading = $state(true);

	constructor(inputs: () => I, query: (inputs: I) => Promise<T> | T) {
		$effect(() => {
			const current = inputs();
			const subscription = liveQuery(() => query(current)).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loading = false;
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	get value(): T | undefined {
		return this.#value;
	}

	get error(): unknown {
		return this.#error;
	}

	get loading(): boolean {
		return this.#loading;
	}
}
