import {httpUrl} from '../../core/url.ts';

/**
 * A CSV cell that spreadsheets will not run: values starting with = + - @ (or tab / CR, which some apps strip
 * first) get a leading apostrophe (OWASP CSV injection advice). Values already starting with an apostrophe get one
 * too, so Shelfmark's CSV importer can remove exactly one and give every value back unchanged.
 */
export function csvCell(value: unknown): string {
	let cell = value === undefined || value === null ? '' : String(value);
	if (/^[=+\-@\t\r']/.test(cell)) cell = `'${cell}`;
	return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: readonly unknown[]): string {
	return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Only http(s) URLs leave Shelfmark; anything else becomes empty. */
export function outUrl(value: string | undefined): string {
	return httpUrl(value)?.href ?? '';
}

/** Unix seconds for ISO dates (Netscape ADD_DATE). */
export function unixSeconds(iso: string | undefined): string {
	const ms = iso ? Date.parse(iso) : Number.NaN;
	return Number.isNaN(ms) ? '' : String(Math.floor(ms / 1000));
}
