// Tells the read model what sync moved: revisions now on the server, refusals with their reasons,
// and a conflict scan (with automatic merge) of everything pulled.
import { detectConflicts } from '../conflicts';
import { markRefused, markSynced } from '../projection';
import type { RecordsDb } from '../records-db';
import type { UserDb } from '../user-db';
import type { SyncHooks } from './sync-engine';

export interface ReadModelHooksOptions {
	userDb: UserDb;
	/** server database name → its local copy */
	localDbs: Readonly<Record<string, RecordsDb>>;
	/** the signed-in user, who authors automatic merges */
	user: string;
	/** A merge is a new local revision: the engine should push it (`engine.notifyLocalWrite`). */
	onLocalWrite?: (db: string) => void;
	clock?: () => Date;
}

export function readModelHooks(options: ReadModelHooksOptions): SyncHooks {
	const { userDb, localDbs, user } = options;
	const now = options.clock ?? (() => new Date());
	return {
		async onPulled(db, docs) {
			// A pulled revision came from the server, so it is there.
			await markSynced(userDb, docs);
			const local = localDbs[db];
			if (!local) return;
			const scan = await detectConflicts({ userDb, serverDb: db, db: local }, docs.map((doc) => doc.id), user, now());
			if (scan.merged.length > 0) options.onLocalWrite?.(db);
		},
		async onPushed(_db, docs) {
			await markSynced(userDb, docs);
		},
		async onRefused(_db, refusal) {
			// Without its revision a refusal cannot be pinned to a record; the journal still has it.
			if (refusal.rev) await markRefused(userDb, { id: refusal.id, rev: refusal.rev, reason: refusal.reason });
		}
	};
}
