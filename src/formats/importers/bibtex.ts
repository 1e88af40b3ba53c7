import type {Problems} from '../clean.ts';
import type {ImportRecord} from '../types.ts';
import {type Citation, citationRecord, kindOf} from './scholarly.ts';

const ACCENTS: Record<string, string> = {
	"'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
	c: '\u0327', v: '\u030c', u: '\u0306', H: '\u030b',
};
const SYMBOLS: Record<string, string> = {
	o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı',
};

/** LaTeX to plain text: accents composed, escaped specials unescaped, protective braces removed. */
export function latexToText(value: string): string {
	return value
		// `\s*(?:\{\s*)?`, not `\s*\{?\s*`: two adjacent \s* made a long blank run after an accent quadratic.
		.replace(/\\([`'^"~=.]|[cvuH](?=[\s{]))\s*(?:\{\s*)?([A-Za-z]|\\i)\}?/g, (_, accent: string, letter: string) =>
			`${letter === '\\i' ? 'i' : letter}${ACCENTS[accent] ?? ''}`.normalize('NFC'))
		.replace(/\{?\\(ss|ae|AE|aa|AA|o|O|l|L|i)\}?(?![A-Za-z])/g, (_, name: string) => SYMBOLS[name] ?? name)
		.replace(/\\([&%$#_{}])/g, '$1')
		.replace(/\\(?:textit|textbf|emph|textsc|url|mkbibquote)\s*\{/g, '{')
		.replace(/[{}]/g, '')
		.replace(/~/g, '\u00a0')
		.replace(/---/g, '—').replace(/--/g, '–')
		.replace(/\s+/g, ' ').trim();
}

/** Splits a name list on `and` outside braces: `{Barnes and Noble} and Doe, Jane` is two names. */
function splitNames(value: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let current = '';
	// Blank runs collapsed first: splitting on /\s+and\s+/ retried every position of a long run (quadratic).
	for (const part of value.replace(/\s+/g, ' ').split(/( and |[{}])/)) {
		if (part === '{') depth++;
		else if (part === '}') depth--;
		if (depth === 0 && part === ' and ') { out.push(current); current = ''; } else current += part;
	}
	out.push(current);
	return out.map(latexToText).filter(name => name && name.toLowerCase() !== 'others');
}

type Entry = {type: string; fields: Map<string, string>; line: number};

/** BibTeX and biblatex entries; `@string` macros are expanded, `@comment` and `@preamble` skipped. */
export function parseBibtex(source: string, problems: Problems): ImportRecord[] {
	const entries = readEntries(source, problems);
	return entries.flatMap(entry => {
		const f = (name: string) => entry.fields.get(name);
		const date = f('date') ?? [f('year'), monthNumber(f('month'))].filter(Boolean).join('-');
		const citation: Citation = {
			line: entry.line, kind: kindOf(entry.type), title: f('title'), authors: splitNames(f('author') ?? ''),
			editors: splitNames(f('editor') ?? ''), translators: splitNames(f('translator') ?? ''),
			isbn: (f('isbn') ?? '').split(/[,;]\s*/), doi: f('doi'),
			url: f('url') ?? f('howpublished')?.replace(/^\\url/, ''),
			date, publisher: f('publisher') ?? f('institution') ?? f('school') ?? f('organization'),
			abstract: f('abstract'), note: f('annote') ?? f('annotation'), language: f('langid') ?? f('language'),
			container: f('journal') ?? f('journaltitle') ?? f('booktitle'),
		};
		for (const key of ['title', 'publisher', 'abstract', 'note', 'container'] as const) {
			if (citation[key]) citation[key] = latexToText(citation[key]);
		}
		const record = citationRecord(citation, problems, 'doi');
		return record ? [record] : [];
	});
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function monthNumber(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const index = MONTHS.indexOf(value.slice(0, 3).toLowerCase());
	const n = index >= 0 ? index + 1 : Number(value);
	return n >= 1 && n <= 12 ? String(n).padStart(2, '0') : undefined;
}

/**
 * A brace-aware scan: values are `{...}` (nested), `"..."`, numbers or macros, joined with `#`. An entry may not run
 * past the next `@type{` that starts a line: an entry whose braces or quotes are still open there (one missing `}`)
 * is reported with its line and left out, and reading resumes at that next entry, so one broken entry costs that
 * entry, not the rest of the file.
 */
function readEntries(src: string, problems: Problems): Entry[] {
	const entries: Entry[] = [];
	const macros = new Map(MONTHS.map(month => [month, month]));
	const lineAt = lineIndex(src);
	const limitAfter = entryLimits(src);
	const before = (limit: number) => (limit < src.length ? `before the next entry at line ${lineAt(limit)}` : 'before the end of the file');
	const head = /@\s*(\w+)\s*[{(]/g;
	for (let match = head.exec(src); match; match = head.exec(src)) {
		const type = match[1]!.toLowerCase();
		const limit = limitAfter(match.index);
		let i = match.index + match[0].length;
		if (type === 'comment' || type === 'preamble') {
			i = skipGroup(src, i - 1, limit);
			head.lastIndex = i < 0 ? limit : i;
			continue;
		}
		if (src[i - 1] === '{' && skipGroup(src, i - 1, limit) < 0) {
			// A value that swallowed the entry's closing brace reads as fields but is garbage: the entry is left out.
			problems.add('BAD_ROW', `@${type} entry has a { without its } ${before(limit)}; it was left out`, lineAt(match.index), undefined, 'error');
			head.lastIndex = limit;
			continue;
		}
		const fields = new Map<string, string>();
		if (type !== 'string') {
			const comma = src.indexOf(',', i);
			if (comma < 0 || comma >= limit) {
				problems.add('BAD_ROW', `@${type} entry has no fields`, lineAt(match.index), undefined, 'error');
				head.lastIndex = limit;
				continue;
			}
			i = comma + 1;
		}
		const field = /\s*([\w:.-]+)\s*=\s*/y;
		let broken = false;
		for (;;) {
			field.lastIndex = i;
			const name = field.exec(src);
			if (!name || field.lastIndex >= limit) break;
			const [value, end] = readValue(src, field.lastIndex, macros, limit);
			if (end < 0) {
				problems.add(
					'BAD_ROW', `@${type} entry: ${name[1]!} has a " or { without its match ${before(limit)}; the entry was left out`,
					lineAt(field.lastIndex), name[1]!.toLowerCase(), 'error',
				);
				i = limit;
				fields.clear();
				broken = true;
				break;
			}
			fields.set(name[1]!.toLowerCase(), value);
			i = end;
			while (/[\s,]/.test(src[i] ?? '')) i++;
		}
		if (type === 'string') for (const [key, value] of fields) macros.set(key, value);
		else if (fields.size === 0 && !broken) problems.add('BAD_ROW', `@${type} entry with no readable fields`, lineAt(match.index));
		else if (!broken) entries.push({type, fields, line: lineAt(match.index)});
		head.lastIndex = i;
	}
	return entries;
}

/** For an offset, the offset of the next `@type{` or `@type(` that starts a line (or the end of the text). */
function entryLimits(src: string): (offset: number) => number {
	const starts: number[] = [];
	const lineHead = /^[ \t]*(@)\s*\w+\s*[{(]/gm;
	for (let m = lineHead.exec(src); m; m = lineHead.exec(src)) starts.push(m.index + m[0].indexOf('@'));
	let k = 0;
	// Entries are read in order, so one forward pointer serves every call (linear in all).
	return offset => {
		while (k < starts.length && starts[k]! <= offset) k++;
		return starts[k] ?? src.length;
	};
}

/** A value and the index after it, or index -1 when a group or quote is still open at `limit`. */
function readValue(src: string, start: number, macros: Map<string, string>, limit: number): [string, number] {
	let i = start;
	let out = '';
	for (;;) {
		while (/\s/.test(src[i] ?? '')) i++;
		if (src[i] === '{') {
			const end = skipGroup(src, i, limit);
			if (end < 0) return [out, -1];
			out += src.slice(i + 1, end - 1);
			i = end;
		} else if (src[i] === '"') {
			const end = quoteEnd(src, i + 1, limit);
			if (end < 0) return [out, -1];
			out += src.slice(i + 1, end);
			i = end + 1;
		} else {
			const word = /[\w.:-]+/y;
			word.lastIndex = i;
			const m = word.exec(src);
			if (!m) return [out, i];
			out += macros.get(m[0].toLowerCase()) ?? m[0];
			i += m[0].length;
		}
		while (/\s/.test(src[i] ?? '')) i++;
		if (src[i] !== '#') return [out, i];
		i++;
	}
}

/**
 * Index of the `"` closing a quoted value (quotes inside braces, `{\\"o}`, do not close it),
 * or -1 if none before `limit`.
 */
function quoteEnd(src: string, start: number, limit: number): number {
	let depth = 0;
	for (let i = start; i < limit; i++) {
		const ch = src[i];
		if (ch === '\\') i++;
		else if (ch === '{') depth++;
		else if (ch === '}') depth--;
		else if (ch === '"' && depth <= 0) return i;
	}
	return -1;
}

/** Index just past the group that opens at `start` (`{` or `(`), honouring nesting; -1 if not closed before `limit`. */
function skipGroup(src: string, start: number, limit: number): number {
	const open = src[start];
	const close = open === '(' ? ')' : '}';
	let depth = 0;
	for (let i = start; i < limit; i++) {
		const ch = src[i];
		if (ch === '\\') { i++; continue; }
		if (ch === open) depth++;
		else if (ch === close && --depth === 0) return i + 1;
	}
	return -1;
}

function lineIndex(src: string): (offset: number) => number {
	const starts = [0];
	for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
	return offset => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
		return lo + 1;
	};
}
