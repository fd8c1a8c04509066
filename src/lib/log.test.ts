import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { errorSummary, logError } from './log';

const name = '石田 葵';
const phone = '0258-11-2233';

describe('errorSummary', () => {
	it('keeps the kind, status and code of an error and its call sites', () => {
		const error = Object.assign(new Error('Document update conflict'), { name: 'conflict', status: 409 });
		const summary = errorSummary(error);
		expect(summary).toMatch(/^conflict · status 409 · Document update conflict\n/);
		expect(summary).toMatch(/\n {4}at /);
	});

	it('drops what JSON.parse quotes from the text it failed on', () => {
		let thrown: unknown;
		try {
			JSON.parse(`{"familyName":"${name}","phone":"${phone}"`);
		} catch (error) {
			thrown = error;
		}
		const summary = errorSummary(thrown);
		expect(summary).toMatch(/^SyntaxError/);
		expect(summary).not.toContain('石田');
		expect(summary).not.toContain('2233');
	});

	it('keeps only the paths and codes of a ZodError', () => {
		const result = z.object({ familyName: z.string().max(2), phone: z.number() }).safeParse({ familyName: name, phone });
		expect(result.success).toBe(false);
		const summary = errorSummary(result.error);
		expect(summary).toContain('familyName: too_big');
		expect(summary).toContain('phone: invalid_type');
		expect(summary).not.toContain('石田');
		expect(summary).not.toContain(phone);
	});

	it('hides quoted text in other messages and bounds their length', () => {
		expect(errorSummary(new TypeError(`cannot read "${name}"`))).toMatch(/^TypeError · cannot read …/);
		expect(errorSummary(new Error(`it was 「${name}」`))).not.toContain(name);
		expect(errorSummary(new Error('x'.repeat(500))).split('\n')[0]!.length).toBeLessThan(200);
	});

	it('never prints a thrown plain value or an object’s fields', () => {
		expect(errorSummary(`${name} ${phone}`)).toBe('a thrown string');
		expect(errorSummary({ familyName: name, phone })).toBe('Object');
		expect(errorSummary({ name, message: phone, status: 401 })).toBe('Object · status 401');
		expect(errorSummary(Object.assign(new Error('x'), { code: phone, name }))).toMatch(/^Error · x/);
	});
});

describe('logError', () => {
	afterEach(() => vi.restoreAllMocks());

	it('writes one line naming the operation and the summary', () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
		logError('Projection stopped', new SyntaxError(`Unexpected token '${name}'`));
		expect(spy).toHaveBeenCalledTimes(1);
		expect(spy.mock.calls[0]).toHaveLength(1);
		expect(String(spy.mock.calls[0]![0])).toMatch(/^Projection stopped: SyntaxError/);
		expect(String(spy.mock.calls[0]![0])).not.toContain(name);
	});
});
