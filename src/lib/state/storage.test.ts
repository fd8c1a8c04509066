import { describe, expect, it } from 'vitest';
import { requestPersistentStorage, storageEstimate } from './storage';

function fakeStorage(options: { persisted: boolean; grant: boolean }) {
	let asked = 0;
	const storage = {
		persisted: async () => options.persisted,
		persist: async () => {
			asked += 1;
			return options.grant;
		},
		estimate: async () => ({ usage: 10, quota: 100 })
	} as unknown as StorageManager;
	return { storage, asked: () => asked };
}

describe('requestPersistentStorage', () => {
	it('does not ask again when storage is already persistent', async () => {
		const fake = fakeStorage({ persisted: true, grant: false });
		expect(await requestPersistentStorage(fake.storage)).toBe('persisted');
		expect(fake.asked()).toBe(0);
	});

	it('asks, and reports what the browser decided', async () => {
		const granted = fakeStorage({ persisted: false, grant: true });
		expect(await requestPersistentStorage(granted.storage)).toBe('persisted');
		expect(granted.asked()).toBe(1);
		const refused = fakeStorage({ persisted: false, grant: false });
		expect(await requestPersistentStorage(refused.storage)).toBe('not-persisted');
	});

	it('says unsupported when the browser has no storage manager', async () => {
		expect(await requestPersistentStorage(undefined)).toBe('unsupported');
		expect(await storageEstimate(undefined)).toBeUndefined();
	});

	it('reads the estimate', async () => {
		expect(await storageEstimate(fakeStorage({ persisted: true, grant: true }).storage)).toEqual({ usage: 10, quota: 100 });
	});
});
