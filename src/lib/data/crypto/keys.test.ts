import { describe, expect, it } from 'vitest';
import { openJson, sealJson } from './cipher';
import { createDataKey, rewrapDataKey, unwrapDataKey } from './keys';

// Few iterations in tests: the parameter is what is tested, not the machine's patience.
const ITERATIONS = 1000;

describe('the data key', () => {
	it('unwraps with the password it was wrapped with, and not with another', async () => {
		const { key, wrapped } = await createDataKey('correct horse', ITERATIONS);
		const sealed = await sealJson(key, { name: '石田' }, 'family:x');
		const again = await unwrapDataKey(wrapped, 'correct horse');
		expect(again).toBeDefined();
		expect(await openJson(again!, sealed, 'family:x')).toEqual({ name: '石田' });
		expect(await unwrapDataKey(wrapped, 'Correct horse')).toBeUndefined();
		expect(wrapped.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS });
	});

	it('is not extractable once unwrapped', async () => {
		const { key } = await createDataKey('pw', ITERATIONS);
		expect(key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});

	it('keeps the same key under a new password', async () => {
		const { key, wrapped } = await createDataKey('old password', ITERATIONS);
		const sealed = await sealJson(key, { n: 1 }, 'c');
		const rewrapped = await rewrapDataKey(wrapped, 'old password', 'new password');
		expect(rewrapped).toBeDefined();
		expect(await unwrapDataKey(rewrapped!, 'old password')).toBeUndefined();
		expect(await openJson((await unwrapDataKey(rewrapped!, 'new password'))!, sealed, 'c')).toEqual({ n: 1 });
		expect(await rewrapDataKey(wrapped, 'wrong', 'new password')).toBeUndefined();
	});

	it('refuses a tampered wrap', async () => {
		const { wrapped } = await createDataKey('pw', ITERATIONS);
		const flipped = wrapped.wrapped.startsWith('A') ? `B${wrapped.wrapped.slice(1)}` : `A${wrapped.wrapped.slice(1)}`;
		expect(await unwrapDataKey({ ...wrapped, wrapped: flipped }, 'pw')).toBeUndefined();
	});
});
