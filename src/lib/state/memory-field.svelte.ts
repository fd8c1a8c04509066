// A screen's text field whose value outlives the screen while the same worker stays signed in (open
// a family, come back, the search is still there) but lives in memory only: Chrome writes
// sessionStorage to disk, and a typed search is often a name. Forgotten when the user changes.

// Read once when a field is made, so a plain record (not reactive state) is enough.
let values: Record<string, string> = {};

/** Create in a screen's script: it reads the value the field had when the screen was last open. */
export class MemoryField {
	readonly #key: string;
	#value = $state('');

	constructor(key: string) {
		this.#key = key;
		this.#value = values[key] ?? '';
	}

	get value(): string {
		return this.#value;
	}

	set value(text: string) {
		this.#value = text;
		values[this.#key] = text;
	}
}

/**
 * At sign-out, user switching and erasure: the next worker starts with empty fields. (Screens
 * are unmounted whenever no one is unlocked, so no field outlives this.)
 */
export function forgetMemoryFields(): void {
	values = {};
}

/* Versions before encryption at rest kept these fields in sessionStorage: remove what a tab
 * still holds from them. */
export function removeStoredFields(storage: Storage | undefined = globalThis.sessionStorage): void {
	try {
		if (!storage) return;
		const stale: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith('yorisoi.field.')) stale.push(key);
		}
		for (const key of stale) storage.removeItem(key);
	} catch {
		// Storage blocked: then nothing was written there either.
	}
}
