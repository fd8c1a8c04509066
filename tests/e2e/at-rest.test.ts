// Encryption at rest in Chromium, checked as someone holding the tablet would: after a family, a
// submitted visit with an EPDS and a half-filled visit, every IndexedDB database of the origin is
// read directly and holds nothing that was typed; the server still receives the records in the clear.
import { expect, test, type Page } from '@playwright/test';
import { couchAdmin } from './couch-admin.ts';
import { openFamily, registerFamily } from './families.ts';
import { signIn } from './shell.ts';
import { addChild, answerEpds, draftSaved, EPDS_12_WITH_ITEM_10, startVisit } from './visits.ts';

const teamDb = 'yorisoi-team-chuo';
const unique = () => String(Date.now() % 1_000_000).padStart(6, '0');

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Every key and value of every object store of every IndexedDB database of the page's origin, as text. */
function readAllIndexedDb(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const request = <T,>(req: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error ?? new Error('request failed'));
			});
		const parts: string[] = [];
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			for (const storeName of Array.from(db.objectStoreNames)) {
				const store = db.transaction(storeName).objectStore(storeName);
				parts.push(name, storeName, JSON.stringify(await request(store.getAllKeys())), JSON.stringify(await request(store.getAll())));
			}
			db.close();
		}
		return parts.join('\n');
	});
}

test.describe('encryption at rest', () => {
	test.describe.configure({ timeout: 180_000 });

	test('IndexedDB read directly holds no name, phone number, screening answer or draft value', async ({ page, baseURL }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		const id = unique();
		const givenName = `澪${id}`;
		const phone = `0258-${id.slice(0, 2)}-${id.slice(2)}`;
		await registerFamily(page, { familyName: '桐島', givenName, familyNameKana: 'きりしま', givenNameKana: 'みお', phone });
		await addChild(page, { birthDate: daysAgo(30), birthWeightG: '3050', gestationalWeeks: '39' });

		await startVisit(page, '産後ケア訪問');
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('4250');
		for (const [i, position] of EPDS_12_WITH_ITEM_10.entries()) await answerEpds(page, i + 1, position);
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByText('合計 12点（区分点 9点）')).toBeVisible();
		await expect(page.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });

		// A second visit left half-filled: its draft is on the device only.
		await openFamily(page, givenName, `桐島 ${givenName}`);
		await startVisit(page, '産後ケア訪問');
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('4385');
		await answerEpds(page, 1, 3);
		await draftSaved(page);

		const stored = await readAllIndexedDb(page);
		// The app's databases were read: the team's PouchDB copy and the user's own database.
		expect(stored).toContain(`_pouch_yorisoi-midwife1-${teamDb}`);
		expect(stored).toContain('yorisoi-user-midwife1');
		// Values only: the server's design document (replicated, plain) names every field in its rules.
		// Short digit strings are not searched for either: revision hashes would match them by chance.
		for (const secret of [givenName, '桐島', 'きりしま', 'みお', phone, JSON.stringify(EPDS_12_WITH_ITEM_10)]) {
			expect(stored, secret).not.toContain(secret);
		}

		// The server received the records as typed.
		const admin = couchAdmin(baseURL!);
		const family = (await admin.families(teamDb)).find((doc) => doc.givenName === givenName);
		expect(family).toMatchObject({ familyName: '桐島', phone });
		const docs = await admin.request<{ docs: Array<Record<string, unknown>> }>(`${teamDb}/_find`, { method: 'POST', body: { selector: { familyId: family?._id } } });
		expect(docs.docs.find((doc) => doc['type'] === 'screening')).toMatchObject({ answers: EPDS_12_WITH_ITEM_10 });
	});
});
