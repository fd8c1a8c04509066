// Saves text the app made (a CSV export) as a file on the device, without a server round trip.

/**
 * The browser may still be reading the Blob when `click()` returns (Safari and Firefox start the
 * download a moment later), so the URL is revoked shortly after rather than at once.
 */
export const REVOKE_AFTER_MS = 10_000;

export function downloadText(fileName: string, text: string, mime = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
	}
}
