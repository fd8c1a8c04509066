// Sealing values for storage on the device: AES-GCM-256 through WebCrypto, a fresh 96-bit IV per
// seal, and the record's identity as additional data, so a sealed body cannot be moved to another
// record unnoticed. A modified or misplaced ciphertext is refused (CipherError), never misread.
import { fromBase64, toBase64 } from './encoding';

/** The format byte at the start of every sealed value: bump it to change the scheme. */
const FORMAT = 1;
const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class CipherError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'CipherError';
	}
}

/** Encrypts `value` (as JSON) bound to `context` (for example the record id). */
export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<string> {
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const plain = encoder.encode(JSON.stringify(value));
	const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plain));
	const sealed = new Uint8Array(1 + IV_BYTES + cipher.length);
	sealed[0] = FORMAT;
	sealed.set(iv, 1);
	sealed.set(cipher, 1 + IV_BYTES);
	return toBase64(sealed);
}

/** Decrypts what `sealJson` made with the same key and context; throws CipherError otherwise. */
export async function openJson<T = unknown>(key: CryptoKey, sealed: string, context: string): Promise<T> {
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = fromBase64(sealed);
	} catch (error) {
		throw new CipherError('not a sealed value', { cause: error });
	}
	if (bytes.length < 1 + IV_BYTES + 16 || bytes[0] !== FORMAT) throw new CipherError('not a sealed value of a known format');
	let plain: ArrayBuffer;
	try {
		plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(1, 1 + IV_BYTES), additionalData: encoder.encode(context) }, key, bytes.subarray(1 + IV_BYTES));
	} catch (error) {
		throw new CipherError('the sealed value was modified, belongs elsewhere, or needs another key', { cause: error });
	}
	return JSON.parse(decoder.decode(plain)) as T;
}
