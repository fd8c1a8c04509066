// The device-wide Dexie database: which staff have used this tablet (each with their data key,
// wrapped by their password — never the password itself) and device settings. One per origin,
// opened once.
import Dexie, { type EntityTable } from 'dexie';
import type { WrappedDataKey } from './crypto/keys';

export interface DeviceAccount {
	/** CouchDB user name */
	name: string;
	roles: string[];
	/** server databases this user syncs, from their roles */
	databases: string[];
	/**
	 * The key that encrypts this user's data on this device, wrapped by their password. Unwrapping
	 * it is also how an offline unlock proves the password. Missing on accounts from before
	 * encryption at rest: those are erased at the next sign-in (see docs/decisions.md).
	 */
	dataKey: WrappedDataKey;
	/** wrong unlock attempts in a row; a correct one resets it, the tenth erases the user's data */
	failedAttempts: number;
	lastFailedAt?: string;
	lastLoginAt: string;
	lastUnlockAt?: string;
}

export interface DeviceSetting {
	key: string;
	value: unknown;
}

export class DeviceDb extends Dexie {
	accounts!: EntityTable<DeviceAccount, 'name'>;
	settings!: EntityTable<DeviceSetting, 'key'>;

	constructor(name = 'yorisoi-device') {
		super(name);
		this.version(1).stores({
			accounts: '&name',
			settings: '&key'
		});
	}
}

/** An account stored before encryption at rest: its data was written in clear and has no key. */
export function isLegacyAccount(account: DeviceAccount): boolean {
	return !(account as Partial<DeviceAccount>).dataKey;
}

let device: DeviceDb | undefined;

/** The one device database of this page (Dexie's advice: open once, share). */
export function deviceDb(): DeviceDb {
	device ??= new DeviceDb();
	return device;
}

/** A device setting, or `fallback` when it was never set or is not what `accept` expects. */
export async function readDeviceSetting<T>(key: string, accept: (value: unknown) => value is T, fallback: T, db: DeviceDb = deviceDb()): Promise<T> {
	const row = await db.settings.get(key);
	return row && accept(row.value) ? row.value : fallback;
}

export async function writeDeviceSetting(key: string, value: unknown, db: DeviceDb = deviceDb()): Promise<void> {
	await db.settings.put({ key, value });
}
