// CSV for the exports: what Excel in Japan opens correctly (UTF-8 with a BOM, CRLF, RFC 4180
// quoting) and what cannot run as a formula when someone opens it (CSV injection, OWASP).

export type CsvCell = string | number | boolean | null | undefined;

/** Excel reads a file without it as Shift_JIS, turning Japanese into mojibake. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text starting with one of these is read by spreadsheets as a formula (or, for tab and CR, can
 * hide one); the full-width forms are converted to ASCII by Japanese IMEs and some spreadsheets.
 */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/** A leading apostrophe makes a spreadsheet take the cell as text; it shows the rest unchanged. */
export function neutraliseFormula(text: string): string {
	return FORMULA_STARTS.some((start) => text.startsWith(start)) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
function quoted(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	// A number written as a number stays one (−3 is a value, not a formula); NaN and ±∞ have no CSV form.
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
	return quoted(neutraliseFormula(cell));
}

/**
 * One CSV file as text: the BOM, the header, then one line per row, every line ending in CRLF.
 * A row shorter than the header is padded with empty cells; a longer one is a column-mapping bug.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [header.map(cellText).join(',')];
	rows.forEach((row, index) => {
		if (row.length > header.length) throw new RangeError(`CSV row ${index + 1} has ${row.length} cells for ${header.length} columns`);
		const cells = [...row, ...Array<CsvCell>(header.length - row.length).fill(undefined)];
		lines.push(cells.map(cellText).join(','));
	});
	return CSV_BOM + lines.map((line) => line + CRLF).join('');
}
