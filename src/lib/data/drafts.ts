// Form drafts in the user's Dexie database: written on every change so nothing typed is lost to
// a reload, a crash or a flat battery. Values are sealed at rest (crypto/row-cipher.ts): sealed
// before a write's transaction opens and opened after reads, since WebCrypto inside a Dexie
// transaction would commit it early.
import type { DraftContent } from './crypto/row-cipher';
import { familyDisplayName } from '../domain/records/family-name.ts';
import type { Draft, UserDb } from './user-db';

// Sealing is asynchronous, so two saves of one draft could reach IndexedDB out of order and the
// older keystroke win. Each draft's writes (and its discard) queue behind the previous one; the
// sealing itself still starts at once.
const queues = new WeakMap<UserDb, Map<string, Promise<void>>>();

function inOrder(userDb: UserDb, id: string, write: () => Promise<void>): Promise<void> {
	let perDb = queues.get(userDb);
	if (perDb === undefined) queues.set(userDb, (perDb = new Map()));
	const queue = perDb;
	const previous = queue.get(id) ?? Promise.resolve();
	const next = previous.catch(() => undefined).then(write);
	queue.set(id, next);
	const forget = () => {
		if (queue.get(id) === next) queue.delete(id);
	};
	next.then(forget, forget);
	return next;
}

export function saveDraft(userDb: UserDb, draft: DraftContent, now = new Date()): Promise<void> {
	const stamp = now.toISOString();
	const sealing = userDb.cipher.sealDraft(draft);
	// Not left unhandled while it waits its turn: the write below reports the failure.
	sealing.catch(() => undefined);
	return inOrder(userDb, draft.id, async () => {
		const stored = await sealing;
		await userDb.transaction('rw', userDb.drafts, async () => {
			const existing = await userDb.drafts.get(draft.id);
			await userDb.drafts.put({ ...stored, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp });
		});
	});
}

/** The draft as the form saved it; throws CipherError when what is stored was modified. */
export async function loadDraft(userDb: UserDb, id: string): Promise<Draft | undefined> {
	const stored = await userDb.drafts.get(id);
	return stored === undefined ? undefined : userDb.cipher.openDraft(stored);
}

export function discardDraft(userDb: UserDb, id: string): Promise<void> {
	// After any save still on its way, which would otherwise bring the draft back.
	return inOrder(userDb, id, async () => {
		await userDb.drafts.delete(id);
	});
}

export async function listDrafts(userDb: UserDb): Promise<Draft[]> {
	const stored = await userDb.drafts.orderBy('updatedAt').reverse().toArray();
	return Promise.resolve(Promise.all(stored.map((draft) => userDb.cipher.openDraft(draft))));
}

/** Open drafts, newest first, each with the name of the family it belongs to when the device has it. */
export async function listDraftsWithFamilies(userDb: UserDb): Promise<(Draft & { familyName?: string })[]> {
	// Every Dexie read before any decryption, so a liveQuery sees all of them (read-model.ts).
	const stored = await userDb.drafts.orderBy('updatedAt').reverse().toArray();
	const familyIds = stored.map((draft) => draft.familyId ?? (draft.form === 'family' ? draft.recordId : undefined) ?? '');
	const storedRows = await userDb.records.bulkGet(familyIds);
	const [drafts, rows] = await Promise.resolve(
		Promise.all([
			Promise.all(stored.map((draft) => userDb.cipher.openDraft(draft))),
			Promise.all(storedRows.map((row) => (row?.type === 'family' ? userDb.cipher.openRow(row) : Promise.resolve(undefined))))
		])
	);
	return drafts.map((draft, i) => {
		const row = rows[i];
		if (row === undefined) return draft;
		const { familyName = '', givenName = '' } = row.doc as { familyName?: string; givenName?: string };
		return { ...draft, familyName: familyDisplayName({ familyName, givenName }) };
	});
}
