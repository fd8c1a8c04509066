// Hands what each replication moved to the sync hooks, and keeps what they failed to take for the
// database's next run, so the read model never misses a revision that reached the server.
import type { ReplicationFailure, ReplicationOutcome } from './replicator';
import type { SyncHooks } from './sync-engine';

export class HookDelivery {
	readonly #hooks: SyncHooks;
	readonly #undelivered = new Map<string, ReplicationOutcome>();

	constructor(hooks: SyncHooks) {
		this.#hooks = hooks;
	}

	/** Resolves to a failure when a hook threw; the same documents are offered again next time. */
	async deliver(db: string, outcome: ReplicationOutcome): Promise<ReplicationFailure | undefined> {
		const carried = this.#undelivered.get(db);
		const pending = carried ? mergeOutcomes(carried, outcome) : outcome;
		this.#undelivered.delete(db);
		try {
			if (pending.pulled.length > 0) await this.#hooks.onPulled?.(db, pending.pulled);
			if (pending.pushed.length > 0) await this.#hooks.onPushed?.(db, pending.pushed);
			for (const refusal of pending.refused) await this.#hooks.onRefused?.(db, refusal);
			return undefined;
		} catch (error) {
			this.#undelivered.set(db, pending);
			return { kind: 'failed', message: `the read model was not updated: ${messageOf(error)}` };
		}
	}
}

function mergeOutcomes(earlier: ReplicationOutcome, later: ReplicationOutcome): ReplicationOutcome {
	return {
		...later,
		pulled: [...earlier.pulled, ...later.pulled],
		pushed: [...earlier.pushed, ...later.pushed],
		refused: [...earlier.refused, ...later.refused]
	};
}

export function messageOf(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	return typeof error === 'string' ? error : JSON.stringify(error);
}
