// The device-wide Dexie database: which staff have used this tablet (with an offline-unlock
// verifier, never a password) and device settings. One per origin, opened once.
import Dexie, { type EntityTable } from 'dexie';

/** A salted, slow hash of the password, so the same user can unlock offline. */
export interface PasswordVerifier {
	algorithm: 'PBKDF2-SHA-256';
	iterations: number;
	/** base64 */
	salt: string;
	/** base64 of the derived bits */
	hash: string;
}

export interface DeviceAccount {
	/** CouchDB user name */
	name: string;
	roles: string[];
	/** server databases this user syncs, from their roles */
	databases: string[];
	verifier: PasswordVerifier;
	/** wrong unlock attempts in a row; a correct one resets it */
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

let device: DeviceDb | undefined;

/** The one device database of this page (Dexie's advice: open once, share). */
export function deviceDb(): DeviceDb {
	device ??= new DeviceDb();
	return device;
}
