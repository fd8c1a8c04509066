// CouchDB's cookie session through the same-origin /db/ proxy: log in, ask who we are, log out.

export type SessionAnswer =
	| { kind: 'ok'; name: string; roles: string[] }
	| { kind: 'wrong-password' }
	/** no network, or the proxy says the database is unreachable */
	| { kind: 'offline' }
	| { kind: 'server-error'; status: number };

type Fetch = typeof fetch;

const sessionUrl = '/db/_session';

async function answer(response: Response): Promise<SessionAnswer> {
	if (response.status === 401) return { kind: 'wrong-password' };
	// The launcher's proxy answers 502 when CouchDB is down: for the worker that is "offline".
	if (response.status === 502 || response.status === 503 || response.status === 504) return { kind: 'offline' };
	if (!response.ok) return { kind: 'server-error', status: response.status };
	const body = (await response.json()) as { name?: string; roles?: string[]; userCtx?: { name: string | null; roles: string[] } };
	const name = body.userCtx?.name ?? body.name;
	if (!name) return { kind: 'wrong-password' };
	return { kind: 'ok', name, roles: body.userCtx?.roles ?? body.roles ?? [] };
}

async function attempt(request: () => Promise<Response>): Promise<SessionAnswer> {
	try {
		return await answer(await request());
	} catch {
		// fetch rejects only when no answer came back at all.
		return { kind: 'offline' };
	}
}

export function openSession(name: string, password: string, fetchImpl: Fetch = fetch): Promise<SessionAnswer> {
	return attempt(() =>
		fetchImpl(sessionUrl, {
			method: 'POST',
			credentials: 'include',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ name, password })
		})
	);
}

/** Who the server thinks we are; `wrong-password` means the cookie is missing or expired. */
export function currentSession(fetchImpl: Fetch = fetch): Promise<SessionAnswer> {
	return attempt(() => fetchImpl(sessionUrl, { credentials: 'include', headers: { Accept: 'application/json' } }));
}

export async function closeSession(fetchImpl: Fetch = fetch): Promise<void> {
	await attempt(() => fetchImpl(sessionUrl, { method: 'DELETE', credentials: 'include' }));
}
