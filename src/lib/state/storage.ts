// Asks the browser to keep this origin's data (records live here while offline) and reports it.

export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	try {
		if (await storage.persisted()) return 'persisted';
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}

export async function storageEstimate(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<{ usage: number; quota: number } | undefined> {
	if (!storage?.estimate) return undefined;
	const { usage = 0, quota = 0 } = await storage.estimate();
	return { usage, quota };
}
