// A salted, slow PBKDF2 verifier of a password, so the same user can unlock offline. The
// password itself is never stored.
import type { PasswordVerifier } from '../device-db';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a mid-range tablet. */
export const VERIFIER_ITERATIONS = 600_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
	return new Uint8Array(bits);
}

export async function createVerifier(password: string, iterations = VERIFIER_ITERATIONS): Promise<PasswordVerifier> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(password, salt, iterations);
	return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function checkVerifier(password: string, verifier: PasswordVerifier): Promise<boolean> {
	const expected = fromBase64(verifier.hash);
	const actual = await derive(password, fromBase64(verifier.salt), verifier.iterations);
	// Compare every byte so the time taken says nothing about where a guess went wrong.
	let difference = expected.length ^ actual.length;
	for (let i = 0; i < expected.length; i++) difference |= expected[i]! ^ (actual[i] ?? 0);
	return difference === 0;
}
