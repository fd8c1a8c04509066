import { describe, expect, it } from 'vitest';
import { closeSession, currentSession, openSession } from './couch-session';

const reply = (status: number, body: unknown = {}) => async () => new Response(JSON.stringify(body), { status });

describe('CouchDB session', () => {
	it('reads the user and roles from a successful login', async () => {
		const fetchOk = reply(200, { ok: true, name: 'phn1', roles: ['phn', 'team:chuo'] });
		expect(await openSession('phn1', 'pw', fetchOk)).toEqual({ kind: 'ok', name: 'phn1', roles: ['phn', 'team:chuo'] });
	});

	it('reads userCtx from GET _session, and treats a missing name as signed out', async () => {
		expect(await currentSession(reply(200, { ok: true, userCtx: { name: 'phn1', roles: ['phn'] } }))).toEqual({ kind: 'ok', name: 'phn1', roles: ['phn'] });
		expect(await currentSession(reply(200, { ok: true, userCtx: { name: null, roles: [] } }))).toEqual({ kind: 'wrong-password' });
	});

	it('tells a wrong password, an unreachable server and a failing one apart', async () => {
		expect(await openSession('x', 'y', reply(401, { error: 'unauthorized' }))).toEqual({ kind: 'wrong-password' });
		expect(await openSession('x', 'y', reply(502))).toEqual({ kind: 'offline' });
		expect(await openSession('x', 'y', reply(500))).toEqual({ kind: 'server-error', status: 500 });
		const noNetwork = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await openSession('x', 'y', noNetwork)).toEqual({ kind: 'offline' });
	});

	it('sends the credentials as JSON to the same-origin proxy, with cookies', async () => {
		const calls: [string, RequestInit | undefined][] = [];
		const recording = async (url: string | URL | Request, init?: RequestInit) => {
			calls.push([String(url), init]);
			return new Response('{}', { status: 200 });
		};
		await openSession('midwife1', 'p"w', recording);
		await closeSession(recording);
		expect(calls[0]![0]).toBe('/db/_session');
		expect(calls[0]![1]).toMatchObject({ method: 'POST', credentials: 'include' });
		expect(JSON.parse(calls[0]![1]!.body as string)).toEqual({ name: 'midwife1', password: 'p"w' });
		expect(calls[1]![1]).toMatchObject({ method: 'DELETE', credentials: 'include' });
	});
});
