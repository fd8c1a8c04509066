// A signed-in user's working set on this device: their Dexie database, their PouchDB databases,
// the read-model projection and the sync engine, opened together and closed together.
import Dexie from 'dexie';
import type { DeviceAccount } from './device-db';
import { deviceDb } from './device-db';
import { UserDb, userDbName } from './user-db';

export interface Workspace {
	user: string;
	userDb: UserDb;
	/** the teams whose databases this user syncs (none for a promoter, whose database is their own) */
	teams: string[];
	/** validates and writes a record to the local database of its team; sync sends it later */
	saveRecord(record: YorisoiRecord): Promise<void>;
	/** after a fresh sign-in when the server session had expired */
	resumeAfterSignIn(): void;
	close(): Promise<void>;
}

export async function openWorkspace(account: DeviceAccount): Promise<Workspace> {
	const userDb = new UserDb(account.name);
	await userDb.open();
	return {
		user: account.name,
		userDb,
		resumeAfterSignIn() {},
		async close() {
			userDb.close();
		}
	};
}

/** Erases everything this user has on the device: records, drafts, journal, read model, verifier. */
export async function wipeUserData(user: string): Promise<void> {
	await Dexie.delete(userDbName(user));
	await deviceDb().accounts.delete(user);
}
