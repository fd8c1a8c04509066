// Reads the embedded server's state as its administrator, through the same /db/ proxy the app
// uses: the tests' way to check what really reached CouchDB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const e2eDataDir = 'test-results/e2e-data';

export function couchAdmin(baseURL: string, dataDir = e2eDataDir) {
	const { name, password } = JSON.parse(readFileSync(join(dataDir, 'admin.json'), 'utf8')) as { name: string; password: string };
	const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
	async function request<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
		const response = await fetch(`${baseURL}/db/${path}`, {
			method: init.method ?? 'GET',
			headers: { Authorization: authorization, 'Content-Type': 'application/json' },
			...(init.body === undefined ? {} : { body: JSON.stringify(init.body) })
		});
		return (await response.json()) as T;
	}
	return {
		request,
		/** every family document of a team database, with its conflicts listed */
		async families(db: string): Promise<Array<Record<string, unknown> & { _id: string; _conflicts?: string[] }>> {
			const body = await request<{ rows: Array<{ doc: Record<string, unknown> & { _id: string } }> }>(
				`${db}/_all_docs?include_docs=true&conflicts=true&startkey=${encodeURIComponent('"family:"')}&endkey=${encodeURIComponent('"family:\ufff0"')}`
			);
			return body.rows.map((row) => row.doc);
		}
	};
}
