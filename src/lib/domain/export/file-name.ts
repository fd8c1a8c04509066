// The name an export is saved under: what it holds and the period it covers, so files from
// different months sort and can be told apart in a folder.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `yorisoi-visits-2026-10-01_2026-10-31.csv`; one day gives one date. The subject keeps only
 * lower-case ASCII letters, digits and hyphens, so the name is safe on every file system.
 */
export function exportFileName(subject: string, period: { from: string; to: string }, extension = 'csv'): string {
	for (const date of [period.from, period.to]) {
		if (!ISO_DATE.test(date)) throw new RangeError(`exportFileName: not a YYYY-MM-DD date: ${date}`);
	}
	const safeSubject = subject.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
	const dates = period.from === period.to ? period.from : `${period.from}_${period.to}`;
	return `yorisoi-${safeSubject}-${dates}.${extension.replace(/^\./, '')}`;
}
