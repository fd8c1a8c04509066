// A small CouchDB HTTP client over fetch for provisioning, behaving alike against CouchDB 3 and
// pouchdb-server, with errors that tell an operator what to fix.

export interface CouchAdmin {
	name: string;
	password: string;
}

export function basicAuth({ name, password }: CouchAdmin): string {
	return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

export class CouchUnreachableError extends Error {}
export class CouchAuthError extends Error {}

/** A refusal by the server: `status` plus CouchDB's own `error` and `reason`. */
export class CouchRequestError extends Error {
	readonly status: number;
	readonly error: string;
	constructor(method: string, path: string, status: number, body: unknown) {
		const { error = 'unknown', reason = '' } = (body ?? {}) as { error?: string; reason?: string };
		super(`${method} ${path}: ${status} ${error}${reason ? ` (${reason})` : ''}`);
		this.status = status;
		this.error = error;
	}
}

/** Splits `http://user:pw@host:5984/` into a credential-free base URL and the credentials. */
export function parseCouchUrl(raw: string, user?: string, password?: string): { url: string; admin: CouchAdmin } {
	let parsed: URL;
	try {
		parsed = new URL(raw);
	} catch {
		throw new Error(`Not a URL: ${raw}`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Not an http(s) URL: ${raw}`);
	const name = user || decodeURIComponent(parsed.username);
	const secret = password || decodeURIComponent(parsed.password);
	parsed.username = '';
	parsed.password = '';
	if (!name || !secret) throw new Error('Admin credentials are missing: put them in the URL, or give --user and --password (or COUCHDB_USER and COUCHDB_PASSWORD).');
	return { url: parsed.href.replace(/\/+$/, ''), admin: { name, password: secret } };
}

export class CouchClient {
	readonly url: string;
	readonly admin: CouchAdmin;
	readonly #authorization: string;

	constructor(url: string, admin: CouchAdmin) {
		this.url = url.replace(/\/+$/, '');
		this.admin = admin;
		this.#authorization = basicAuth(admin);
	}

	/** Fails with a clear message unless the server answers and the credentials are a server admin's. */
	async checkAdmin(): Promise<void> {
		const response = await this.#fetch('GET', '/_session');
		if (response.status === 401) {
			throw new CouchAuthError(`CouchDB at ${this.url} refused the credentials of '${this.admin.name}' (wrong name or password).`);
		}
		const body = (await response.json()) as { userCtx?: { roles?: string[] } };
		if (!body.userCtx?.roles?.includes('_admin')) {
			throw new CouchAuthError(`'${this.admin.name}' is not a server admin of CouchDB at ${this.url}.`);
		}
	}

	/** The parsed body, or `undefined` when the server answers 404. */
	async get<T>(path: string): Promise<T | undefined> {
		const response = await this.#fetch('GET', path);
		if (response.status === 404) return undefined;
		return this.#bodyOf<T>('GET', path, response);
	}

	async put<T = unknown>(path: string, body: unknown): Promise<T> {
		return this.#bodyOf<T>('PUT', path, await this.#fetch('PUT', path, body));
	}

	async post<T = unknown>(path: string, body: unknown): Promise<T> {
		return this.#bodyOf<T>('POST', path, await this.#fetch('POST', path, body));
	}

	async delete<T = unknown>(path: string): Promise<T> {
		return this.#bodyOf<T>('DELETE', path, await this.#fetch('DELETE', path));
	}

	/** Creates a database; false when it already existed. */
	async createDatabase(name: string): Promise<boolean> {
		const path = `/${encodeURIComponent(name)}`;
		const response = await this.#fetch('PUT', path);
		if (response.status === 412) return false;
		await this.#bodyOf('PUT', path, response);
		return true;
	}

	async #bodyOf<T>(method: string, path: string, response: Response): Promise<T> {
		const text = await response.text();
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			body = { error: 'not_json', reason: text.slice(0, 200) };
		}
		if (response.status === 401) throw new CouchAuthError(`CouchDB at ${this.url} refused the admin credentials (${method} ${path}).`);
		if (!response.ok) throw new CouchRequestError(method, path, response.status, body);
		return body as T;
	}

	async #fetch(method: string, path: string, body?: unknown): Promise<Response> {
		const headers: Record<string, string> = { authorization: this.#authorization, accept: 'application/json' };
		if (body !== undefined) headers['content-type'] = 'application/json';
		try {
			return await fetch(this.url + path, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
				// Generous: seeding a city sends thousands of documents in one request.
				signal: AbortSignal.timeout(120_000)
			});
		} catch (error) {
			const cause = (error as { cause?: { code?: string; message?: string } }).cause;
			const detail = cause?.code ?? cause?.message ?? (error as Error).message;
			throw new CouchUnreachableError(`Cannot reach CouchDB at ${this.url} (${detail}). Is it running, and is the URL right?`);
		}
	}
}
