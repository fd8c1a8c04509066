// A text field whose value survives a reload of this tab (an app update, a crash of the page):
// kept in sessionStorage, so it is gone when the tab is closed and never shared between users.
import { onBeforeReload } from './before-reload';

export class SessionField {
	#key: string;
	#value = $state('');

	constructor(key: string) {
		this.#key = `yorisoi.field.${key}`;
		try {
			this.#value = globalThis.sessionStorage?.getItem(this.#key) ?? '';
		} catch {
			this.#value = '';
		}
	}

	get value(): string {
		return this.#value;
	}

	set value(text: string) {
		this.#value = text;
		this.save();
	}

	/** Writes at once: sessionStorage is synchronous, so nothing waits on a debounce. */
	save(): void {
		try {
			globalThis.sessionStorage?.setItem(this.#key, this.#value);
		} catch {
			// Storage full or blocked: the value stays in memory for this page.
		}
	}

	/** Registers with the update flow; call from a component and return the result from onMount. */
	keepAcrossReload(): () => void {
		return onBeforeReload(() => this.save());
	}
}
