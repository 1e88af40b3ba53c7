import Papa from 'papaparse';
import type {Problems} from './clean.ts';

/** One CSV data row by header name, with the 1-based line it starts on (quoted fields may span lines). */
export type CsvRow = {line: number; cells: Record<string, string>};
export type CsvTable = {headers: string[]; rows: CsvRow[]};

/** The first line's cells: enough to detect a format without parsing the file. */
export function csvHeader(text: string, delimiter?: string): string[] {
	const result = Papa.parse<string[]>(text.slice(0, 8192), {
		preview: 1, delimiter: delimiter ?? '', delimitersToGuess: [',', '\t', ';'],
	});
	return (result.data[0] ?? []).map(cell => cell.trim());
}

/**
 * Parses CSV (RFC 4180 quoting, embedded newlines, CRLF) row by row; line numbers come from papaparse's cursor
 * so counting stays linear. `delimiter` defaults to a guess among comma, tab and semicolon.
 */
export function readCsv(text: string, problems: Problems, delimiter?: string): CsvTable {
	let headers: string[] | undefined;
	const rows: CsvRow[] = [];
	let consumed = 0;
	let line = 1;
	Papa.parse<string[]>(text, {
		delimiter: delimiter ?? '',
		delimitersToGuess: [',', '\t', ';'],
		skipEmptyLines: 'greedy',
		step: ({data, errors, meta}) => {
			const start = line + leadingBlankLines(text, consumed, meta.cursor);
			line += countNewlines(text, consumed, meta.cursor);
			consumed = meta.cursor;
			for (const error of errors) problems.add('BAD_ROW', error.message, start, undefined, 'warning');
			if (!headers) {
				headers = dedupe(data.map(cell => cell.trim()));
				return;
			}
			const cells: Record<string, string> = {};
			headers.forEach((header, i) => { cells[header] = data[i] ?? ''; });
			rows.push({line: start, cells});
		},
	});
	return {headers: headers ?? [], rows};
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

/** The cursor range of a row includes the line break that ended the previous one and any blank lines before it. */
function leadingBlankLines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 10) n++;
		else if (ch !== 13 && ch !== 32 && ch !== 9) break;
	}
	return n;
}

function dedupe(headers: string[]): string[] {
	const seen = new Map<string, number>();
	return headers.map(header => {
		const count = seen.get(header) ?? 0;
		seen.set(header, count + 1);
		return count === 0 ? header : `${header} (${count + 1})`;
	});
}
