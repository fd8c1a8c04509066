import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '$lib/domain/export/csv';
import { downloadText, REVOKE_AFTER_MS } from './download';

/** The few DOM parts downloadText touches, recorded (the unit tests run in Node). */
function fakeDocument() {
	const clicked: { href: string; download: string; hidden: boolean; attached: boolean }[] = [];
	const body = {
		children: new Set<object>(),
		append(node: object) {
			this.children.add(node);
		}
	};
	const document = {
		body,
		createElement(tag: string) {
			expect(tag).toBe('a');
			const link = {
				href: '',
				download: '',
				hidden: false,
				click() {
					clicked.push({ href: link.href, download: link.download, hidden: link.hidden, attached: body.children.has(link) });
				},
				remove() {
					body.children.delete(link);
				}
			};
			return link;
		}
	};
	return { document, body, clicked };
}

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('downloadText', () => {
	it('clicks a temporary link to a Blob URL, removes the link and revokes the URL afterwards', async () => {
		vi.useFakeTimers();
		const fake = fakeDocument();
		vi.stubGlobal('document', fake.document);
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			blobs.push(blob as Blob);
			return 'blob:yorisoi/1';
		});
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

		const csv = toCsv(['氏名'], [['長岡 花子']]);
		downloadText('yorisoi-visits-2026-10-01_2026-10-31.csv', csv);

		expect(fake.clicked).toEqual([{ href: 'blob:yorisoi/1', download: 'yorisoi-visits-2026-10-01_2026-10-31.csv', hidden: true, attached: true }]);
		expect(fake.body.children.size).toBe(0);
		expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
		// The BOM reaches the file as UTF-8 bytes, once.
		const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);

		expect(revoke).not.toHaveBeenCalled();
		vi.advanceTimersByTime(REVOKE_AFTER_MS);
		expect(revoke).toHaveBeenCalledWith('blob:yorisoi/1');
	});

	it('still removes the link and revokes the URL when the click throws', () => {
		vi.useFakeTimers();
		const fake = fakeDocument();
		vi.stubGlobal('document', {
			...fake.document,
			createElement: () => ({ href: '', download: '', hidden: false, click: () => { throw new Error('blocked'); }, remove: () => fake.body.children.clear() })
		});
		vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yorisoi/2');
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
		expect(() => downloadText('a.txt', 'x', 'text/plain')).toThrow('blocked');
		expect(fake.body.children.size).toBe(0);
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:yorisoi/2');
	});
});
