// Replicated writes through the embedded server: a revision whose parent the server never saw
// (two edits offline, or a fix after a refusal) must be stored, as CouchDB 3 stores it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedCouch, type EmbeddedCouch } from './embedded-couch.ts';
import { basicAuth } from './provision/couch-client.ts';

const root = mkdtempSync(path.join(tmpdir(), 'yorisoi-couch-repl-'));
let couch: EmbeddedCouch;
let request: (relative: string, init?: { method?: string; body?: unknown }) => Promise<Response>;

beforeAll(async () => {
	couch = await startEmbeddedCouch({ dataDir: root });
	request = (relative, init = {}) =>
		fetch(`${couch.url}/${relative}`, {
			method: init.method ?? 'GET',
			headers: { authorization: basicAuth(couch.admin), 'content-type': 'application/json' },
			...(init.body === undefined ? {} : { body: JSON.stringify(init.body) })
		});
});

afterAll(async () => {
	await couch?.stop();
	rmSync(root, { recursive: true, force: true });
});

describe('replicated writes to a database with validate_doc_update', () => {
	it('stores a revision whose parent never reached the server', async () => {
		await request('gaps', { method: 'PUT' });
		await request('gaps/_design/check', { method: 'PUT', body: { validate_doc_update: 'function (newDoc) { if (newDoc.bad) throw({ forbidden: "bad" }); }' } });
		const first = (await (await request('gaps/family', { method: 'PUT', body: { phone: '1' } })).json()) as { rev: string };
		const [, firstHash] = first.rev.split('-');
		const third = { _id: 'family', phone: '3', _rev: `3-${'c'.repeat(32)}`, _revisions: { start: 3, ids: ['c'.repeat(32), 'b'.repeat(32), firstHash] } };

		const answer = await request('gaps/_bulk_docs', { method: 'POST', body: { docs: [third], new_edits: false } });
		expect(answer.status).toBe(201);
		const stored = (await (await request('gaps/family')).json()) as { _rev: string; phone: string };
		expect(stored).toMatchObject({ _rev: third._rev, phone: '3' });
	});

	it('still refuses what validate_doc_update refuses', async () => {
		const refused = await request('gaps/_bulk_docs', { method: 'POST', body: { docs: [{ _id: 'other', bad: true, _rev: `1-${'d'.repeat(32)}` }], new_edits: false } });
		expect(await refused.json()).toEqual([expect.objectContaining({ id: 'other', error: 'forbidden' })]);
	});
});
