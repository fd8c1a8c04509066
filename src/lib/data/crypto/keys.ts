// Each user's data key on this device: random AES-GCM-256, wrapped by a key derived from their
// password (PBKDF2-HMAC-SHA-256, parameters stored with the wrap). The unwrapped key is never
// extractable and lives in memory only while the app is unlocked. Unwrapping also proves the
// password, so a wrong password is simply a failed unwrap.
import { fromBase64, toBase64 } from './encoding';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (see docs/decisions.md). */
export const KEY_DERIVATION_ITERATIONS = 600_000;

export interface WrappedDataKey {
	version: 1;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	wrap: { name: 'AES-GCM'; iv: string };
	/** the data key, encrypted by the password's key */
	wrapped: string;
}

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;
// What the wrap is bound to: a wrapped key from another purpose cannot stand in for it.
const WRAP_CONTEXT = new TextEncoder().encode('yorisoi data key v1');

async function passwordKey(password: string, kdf: WrappedDataKey['kdf']): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: kdf.hash, salt: fromBase64(kdf.salt), iterations: kdf.iterations }, material, DATA_KEY, false, ['wrapKey', 'unwrapKey']);
}

async function wrapWith(dataKey: CryptoKey, password: string, iterations: number): Promise<WrappedDataKey> {
	const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) } as const;
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const wrapped = await crypto.subtle.wrapKey('raw', dataKey, await passwordKey(password, kdf), { name: 'AES-GCM', iv, additionalData: WRAP_CONTEXT });
	return { version: 1, kdf, wrap: { name: 'AES-GCM', iv: toBase64(iv) }, wrapped: toBase64(new Uint8Array(wrapped)) };
}

/** A new data key for a user on this device, and its wrap under their password. */
export async function createDataKey(password: string, iterations = KEY_DERIVATION_ITERATIONS): Promise<{ key: CryptoKey; wrapped: WrappedDataKey }> {
	const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
	const wrapped = await wrapWith(extractable, password, iterations);
	// Use a non-extractable copy, so no script can read the key out of memory.
	const key = await unwrapDataKey(wrapped, password);
	if (!key) throw new Error('a freshly wrapped data key did not unwrap');
	return { key, wrapped };
}

async function unwrap(wrapped: WrappedDataKey, password: string, extractable: boolean): Promise<CryptoKey | undefined> {
	try {
		return await crypto.subtle.unwrapKey(
			'raw',
			fromBase64(wrapped.wrapped),
			await passwordKey(password, wrapped.kdf),
			{ name: 'AES-GCM', iv: fromBase64(wrapped.wrap.iv), additionalData: WRAP_CONTEXT },
			DATA_KEY,
			extractable,
			['encrypt', 'decrypt']
		);
	} catch {
		return undefined;
	}
}

/** The data key, or undefined when the password is not the one it was wrapped with. */
export function unwrapDataKey(wrapped: WrappedDataKey, password: string): Promise<CryptoKey | undefined> {
	return unwrap(wrapped, password, false);
}

/** The same data key wrapped under a new password (after a password change on the server). */
export async function rewrapDataKey(wrapped: WrappedDataKey, oldPassword: string, newPassword: string): Promise<WrappedDataKey | undefined> {
	const key = await unwrap(wrapped, oldPassword, true);
	return key ? wrapWith(key, newPassword, wrapped.kdf.iterations) : undefined;
}
