import { describe, expect, it } from 'vitest';
import { checkVerifier, createVerifier } from './verifier';

describe('password verifier', () => {
	it('accepts the same password and refuses any other', async () => {
		const verifier = await createVerifier('yorisoi-demo', 1000);
		expect(await checkVerifier('yorisoi-demo', verifier)).toBe(true);
		expect(await checkVerifier('yorisoi-demo ', verifier)).toBe(false);
		expect(await checkVerifier('Yorisoi-demo', verifier)).toBe(false);
		expect(await checkVerifier('', verifier)).toBe(false);
	});

	it('never stores the password, and salts each verifier differently', async () => {
		const a = await createVerifier('yorisoi-demo', 1000);
		const b = await createVerifier('yorisoi-demo', 1000);
		expect(JSON.stringify(a)).not.toContain('yorisoi-demo');
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
	});

	it('treats composed and decomposed Japanese the same (NFC)', async () => {
		const verifier = await createVerifier('がっこう', 1000);
		expect(await checkVerifier('か\u3099っこう', verifier)).toBe(true);
	});

	it('uses a slow default', async () => {
		const verifier = await createVerifier('x');
		expect(verifier.iterations).toBeGreaterThanOrEqual(600_000);
	});
});
