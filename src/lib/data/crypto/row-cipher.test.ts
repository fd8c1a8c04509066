import { describe, expect, it } from 'vitest';
import { buildEpds, buildFamily } from '../../domain/records/factories';
import { newDataKey } from '../test-helpers';
import type { RecordRow } from '../user-db';
import { CipherError } from './cipher';
import { rowCipher } from './row-cipher';

const family = buildFamily({ familyName: '石田', givenName: '葵', phone: '0258-12-3456' });
const epds = buildEpds(family);

function rowOf(record: typeof family | typeof epds): RecordRow {
	return {
		_id: record._id,
		db: 'yorisoi-team-chuo',
		type: record.type,
		team: record.team,
		familyId: record.familyId,
		rev: '1-a',
		conflicted: false,
		syncState: 'pending',
		updatedAt: record.updatedAt,
		doc: { ...record, _rev: '1-a' }
	};
}

const draft = { id: family._id, form: 'family', recordId: family._id, values: { familyName: '石田', phone: '0258-12-3456' }, ids: { family: family._id } };

describe('sealed rows', () => {
	it('keeps the index fields plain and seals the record body, which opens as it was', async () => {
		const cipher = rowCipher(await newDataKey());
		const row = rowOf(family);
		const stored = await cipher.sealRow(row);
		const { doc: _doc, ...indexFields } = row;
		expect(stored).toEqual({ ...indexFields, sealed: expect.any(String) });
		for (const secret of ['石田', '葵', '0258', 'familyName']) expect(JSON.stringify(stored)).not.toContain(secret);
		expect(await cipher.openRow(stored)).toEqual(row);
	});

	it('refuses a row whose body was modified, moved to another row, or stored plain', async () => {
		const cipher = rowCipher(await newDataKey());
		const stored = await cipher.sealRow(rowOf(family));
		const other = await cipher.sealRow(rowOf(epds));
		const flipped = stored.sealed!.slice(0, 30) + (stored.sealed![30] === 'A' ? 'B' : 'A') + stored.sealed!.slice(31);
		await expect(cipher.openRow({ ...stored, sealed: flipped })).rejects.toBeInstanceOf(CipherError);
		await expect(cipher.openRow({ ...other, sealed: stored.sealed! })).rejects.toBeInstanceOf(CipherError);
		await expect(cipher.openRow(rowOf(family))).rejects.toBeInstanceOf(CipherError);
		await expect(cipher.openRows([stored, { ...other, sealed: flipped }])).rejects.toBeInstanceOf(CipherError);
		await expect(rowCipher(await newDataKey()).openRow(stored)).rejects.toBeInstanceOf(CipherError);
	});

	it('without a key stores rows as they are and refuses sealed ones', async () => {
		const plain = rowCipher(undefined);
		const row = rowOf(family);
		expect(await plain.sealRow(row)).toBe(row);
		expect(await plain.openRow(row)).toEqual(row);
		const sealed = await rowCipher(await newDataKey()).sealRow(row);
		await expect(plain.openRow(sealed)).rejects.toBeInstanceOf(CipherError);
	});
});

describe('sealed drafts', () => {
	it('seals the values and record ids, keeps what lists need plain, and opens as saved', async () => {
		const cipher = rowCipher(await newDataKey());
		const stored = await cipher.sealDraft(draft);
		expect(stored).toEqual({ id: draft.id, form: 'family', recordId: family._id, sealed: expect.any(String) });
		expect(JSON.stringify(stored)).not.toContain('石田');
		const stamps = { createdAt: '2026-11-24T01:00:00.000Z', updatedAt: '2026-11-24T01:05:00.000Z' };
		expect(await cipher.openDraft({ ...stored, ...stamps })).toEqual({ ...draft, ...stamps });
	});

	it('refuses a modified draft, and a record body passed off as a draft of the same id', async () => {
		const cipher = rowCipher(await newDataKey());
		const stamps = { createdAt: '2026-11-24T01:00:00.000Z', updatedAt: '2026-11-24T01:00:00.000Z' };
		const stored = await cipher.sealDraft(draft);
		await expect(cipher.openDraft({ ...stored, ...stamps, sealed: `${stored.sealed!.slice(0, -4)}AAAA` })).rejects.toBeInstanceOf(CipherError);
		const row = await cipher.sealRow(rowOf(family));
		await expect(cipher.openDraft({ ...stored, ...stamps, sealed: row.sealed! })).rejects.toBeInstanceOf(CipherError);
		await expect(cipher.openRow({ ...row, sealed: stored.sealed! })).rejects.toBeInstanceOf(CipherError);
	});

	it('refuses a draft stored in the clear in a sealed database', async () => {
		const cipher = rowCipher(await newDataKey());
		const stamps = { createdAt: '2026-11-24T01:00:00.000Z', updatedAt: '2026-11-24T01:00:00.000Z' };
		await expect(cipher.openDraft({ ...draft, ...stamps })).rejects.toBeInstanceOf(CipherError);
	});
});
