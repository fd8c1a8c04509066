// The register index as rune state: reading a query inside an effect or template subscribes to
// the index, so the screen re-runs it when families change, and unsubscribes when it is gone.
import { createSubscriber } from 'svelte/reactivity';
import { todayIn } from '$lib/domain/calendar';
import type { FamilySummary, RegisterIndex, RegisterQuery, RegisterResult, WorklistEntry } from '$lib/data/register/register-index';

export class RegisterState {
	readonly #index: RegisterIndex;
	readonly #subscribe: () => void;

	constructor(index: RegisterIndex) {
		this.#index = index;
		this.#subscribe = createSubscriber((update) => index.subscribe(update));
	}

	/** false until every family has been read once (show a loading state, not "no families") */
	get ready(): boolean {
		this.#subscribe();
		return this.#index.isReady;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#index.error;
	}

	search(query: RegisterQuery, today: string, limit?: number): RegisterResult {
		this.#subscribe();
		return this.#index.search(query, today, limit);
	}

	worklist(today: string): WorklistEntry[] {
		this.#subscribe();
		return this.#index.worklist(today);
	}

	/** every named family in register order */
	families(): readonly FamilySummary[] {
		this.#subscribe();
		return this.#index.families();
	}

	summary(familyId: string): FamilySummary | undefined {
		this.#subscribe();
		return this.#index.summary(familyId);
	}
}

// One wrapper per index, so every screen shares one subscription.
const states = new WeakMap<RegisterIndex, RegisterState>();

export function registerState(index: RegisterIndex): RegisterState {
	let state = states.get(index);
	if (state === undefined) {
		state = new RegisterState(index);
		states.set(index, state);
	}
	return state;
}

// Today's date re-read every minute while something shows it, so Today rolls over at midnight.
const subscribeToClock = createSubscriber((update) => {
	const timer = setInterval(update, 60_000);
	return () => clearInterval(timer);
});

/** Today in Japan (YYYY-MM-DD), as rune state. */
export function currentDay(): string {
	subscribeToClock();
	return todayIn();
}
