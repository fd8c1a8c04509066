// A signed-in user's working set on this device: their Dexie database, their PouchDB databases,
// the read-model projection and the sync engine, opened together and closed together.
import Dexie from 'dexie';
import { promoterDbName, teamDbName, teamsOf } from '../domain/databases';
import { threeWayMerge } from '../domain/merge';
import type { YorisoiRecord } from '../domain/records';
import { MERGE_IGNORE } from './conflicts';
import { deviceDb, type DeviceAccount } from './device-db';
import { ensureReadModel, followProjection } from './projection';
import { RegisterIndex } from './register/register-index';
import { closeUserRecords, destroyUserRecords, getRecord, openRecordsDb, putRecord, type RecordsDb } from './records-db';
import { browserNetwork } from './sync/network';
import { PouchReplicator } from './sync/pouch-replicator';
import { readModelHooks } from './sync/read-model-hooks';
import { SyncEngine } from './sync/sync-engine';
import { UserDb, userDbName } from './user-db';
import { logError } from '../log';

export interface Workspace {
	user: string;
	userDb: UserDb;
	/** the user's CouchDB roles: staff roles and `team:<id>` */
	roles: string[];
	/** the teams whose databases this user syncs (none for a promoter, whose database is their own) */
	teams: string[];
	/** every family on the device, summarised in memory: register search and the worklist */
	register: RegisterIndex;
	sync: SyncEngine;
	/** server database name → its local copy (conflict screens read revisions from it) */
	localDbs: Readonly<Record<string, RecordsDb>>;
	/**
	 * Validates and writes a record to its local database; sync sends it later. When amending,
	 * pass the revision the form started from: if the record changed meanwhile (a sync), the two
	 * edits are merged field by field, and an overlap is refused rather than overwritten.
	 */
	saveRecord(record: YorisoiRecord, base?: YorisoiRecord): Promise<void>;
	/** after a fresh sign-in when the server session had expired */
	resumeAfterSignIn(): void;
	close(): Promise<void>;
}

export class ChangedElsewhereError extends Error {
	constructor(readonly fields: string[]) {
		super(`changed on another device meanwhile: ${fields.join(', ')}`);
	}
}

function databaseFor(record: YorisoiRecord, user: string, dbs: Record<string, RecordsDb>): [string, RecordsDb] {
	// A promoter has a single database of their own; staff write into their record's team database.
	const name = promoterDbName(user) in dbs ? promoterDbName(user) : teamDbName(record.team);
	const db = dbs[name];
	if (!db) throw new Error(`no database on this device for team ${record.team}`);
	return [name, db];
}

async function save(db: RecordsDb, record: YorisoiRecord, base: YorisoiRecord | undefined): Promise<void> {
	if (!base) {
		await putRecord(db, record);
		return;
	}
	const current = await getRecord(db, record._id);
	if (!current || current._rev === base._rev) {
		await putRecord(db, { ...record, _rev: current?._rev });
		return;
	}
	const merge = threeWayMerge(base, record, current, { ignore: MERGE_IGNORE });
	if (!merge.ok) throw new ChangedElsewhereError(merge.conflicts);
	await putRecord(db, { ...(merge.merged as YorisoiRecord), updatedAt: record.updatedAt, updatedBy: record.updatedBy, _rev: current._rev });
}

/**
 * Only the benchmark's second build sets this (`VITE_YORISOI_PLAIN_STORAGE=1`, bench/sync.bench.ts),
 * to time the same app without encryption. Vite replaces it when building, so in every other build
 * it is the constant `false` and the plain branch is not even in the code: nothing at run time
 * can switch sealing off. The one place that reads it.
 */
const PLAIN_STORAGE_BUILD = import.meta.env.VITE_YORISOI_PLAIN_STORAGE === '1';

/**
 * Opens the user's working set. With `dataKey` (the user's unwrapped data key) everything the
 * gateways write that could identify a person or carry health data is sealed with it; without,
 * storage is plain: unit tests and the benchmark's baseline only.
 */
/**
 * A user's workspace still closing (sign-out, lock): their next one opens after it, since both use
 * the same local databases, each instance sealing with the key it was opened with.
 */
const closing = new Map<string, Promise<void>>();

export async function openWorkspace(account: DeviceAccount, dataKey?: CryptoKey): Promise<Workspace> {
	const user = account.name;
	await closing.get(user);
	// `npm run bench` times the first sync from here.
	performance.mark('yorisoi:workspace-open');
	if (PLAIN_STORAGE_BUILD) console.warn('This build stores records unencrypted: it is for benchmarks only.');
	const key = PLAIN_STORAGE_BUILD ? undefined : dataKey;
	const userDb = new UserDb(user, { key });
	await userDb.open();
	const dbs: Record<string, RecordsDb> = Object.fromEntries(account.databases.map((name) => [name, openRecordsDb(user, name, { key })]));
	await ensureReadModel(userDb, dbs);
	// Not awaited: screens show the register loading rather than hold up the whole workspace.
	const register = RegisterIndex.open(userDb, { user, roles: account.roles });
	const followers = Object.entries(dbs).map(([name, db]) => followProjection(userDb, name, db, { onError: (error) => logError('Projection stopped', error) }));

	const engine: SyncEngine = new SyncEngine({
		replicators: Object.entries(dbs).map(([name, local]) => new PouchReplicator({ db: name, local })),
		userDb,
		network: browserNetwork(),
		hooks: readModelHooks({ userDb, localDbs: dbs, user, onLocalWrite: (db) => engine.notifyLocalWrite(db) })
	});
	void engine.start();

	return {
		user,
		userDb,
		roles: [...account.roles],
		register,
		teams: account.databases.includes(promoterDbName(user)) ? [] : teamsOf(account.roles),
		sync: engine,
		localDbs: dbs,
		async saveRecord(record, base) {
			const [name, db] = databaseFor(record, user, dbs);
			await save(db, record, base);
			engine.notifyLocalWrite(name);
		},
		resumeAfterSignIn() {
			engine.resume();
		},
		close() {
			const done = (async () => {
				try {
					await Promise.all(followers.map((follower) => follower.stop()));
					await engine.stop();
				} finally {
					// Whatever stopping did, the databases (and the key in them) are let go.
					register.close();
					await closeUserRecords(user);
					userDb.close();
				}
			})();
			const settled = done.catch(() => undefined);
			closing.set(user, settled);
			void settled.then(() => {
				if (closing.get(user) === settled) closing.delete(user);
			});
			return done;
		}
	};
}

/** Erases everything this user has on the device: records, drafts, journal, read model, verifier. */
export async function wipeUserData(user: string): Promise<void> {
	const account = await deviceDb().accounts.get(user);
	const otherUsers = (await deviceDb().accounts.toCollection().primaryKeys()).filter((name) => name !== user);
	await destroyUserRecords(user, { serverDbs: account?.databases, otherUsers });
	await Dexie.delete(userDbName(user));
	await deviceDb().accounts.delete(user);
}
