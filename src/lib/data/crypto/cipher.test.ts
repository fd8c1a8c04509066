import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CipherError, openJson, sealJson } from './cipher';
import { fromBase64, toBase64 } from './encoding';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('sealing values', () => {
	it('round-trips any JSON value', async () => {
		const key = await newKey();
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), fc.string(), async (value, context) => {
				expect(await openJson(key, await sealJson(key, value, context), context)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
			{ numRuns: 200 }
		);
	});

	it('leaves no plain text in the sealed value, and seals the same value differently each time', async () => {
		const key = await newKey();
		const value = { familyName: '石田', phone: '0258-12-3456', answers: [1, 2, 3] };
		const a = await sealJson(key, value, 'family:x');
		const b = await sealJson(key, value, 'family:x');
		expect(a).not.toBe(b);
		const bytes = new TextDecoder('utf-8', { fatal: false }).decode(fromBase64(a));
		for (const secret of ['石田', '0258', 'familyName']) expect(bytes).not.toContain(secret);
	});

	it('refuses a modified ciphertext rather than misreading it', async () => {
		const key = await newKey();
		const sealed = fromBase64(await sealJson(key, { total: 12 }, 'screening:a'));
		for (const position of [1, 13, sealed.length - 1]) {
			const tampered = sealed.slice();
			tampered[position] = tampered[position]! ^ 0x01;
			await expect(openJson(key, toBase64(tampered), 'screening:a')).rejects.toBeInstanceOf(CipherError);
		}
	});

	it('refuses a sealed value moved to another record, opened with another key, or not sealed at all', async () => {
		const key = await newKey();
		const sealed = await sealJson(key, { total: 12 }, 'screening:a');
		await expect(openJson(key, sealed, 'screening:b')).rejects.toBeInstanceOf(CipherError);
		await expect(openJson(await newKey(), sealed, 'screening:a')).rejects.toBeInstanceOf(CipherError);
		await expect(openJson(key, '{"total":12}', 'screening:a')).rejects.toBeInstanceOf(CipherError);
		await expect(openJson(key, sealed.slice(0, 20), 'screening:a')).rejects.toBeInstanceOf(CipherError);
	});
});
