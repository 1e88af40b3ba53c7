import {toIsbn13} from '../core/isbn.ts';
import {httpUrl, normalizeUrl} from '../core/url.ts';
import {STATUSES, type Status} from '../core/types.ts';
import type {ImportProblem, ImportRecord, ProblemCode} from './types.ts';

/** Longest value kept per field; longer ones are cut with a warning (a 2 MB "title" is a broken file, not a title). */
export const FIELD_CAPS: Record<string, number> = {
	title: 1000, subtitle: 1000, notes: 20_000, description: 5000, url: 4000, image: 4000, publisher: 500,
	author: 300, topic: 100, language: 35,
};
const MAX_LIST = 100;

/** Collects problems for one file; importers report through it so every problem has a line and a code. */
export class Problems {
	readonly list: ImportProblem[] = [];
	add(code: ProblemCode, message: string, line?: number, field?: string, severity: 'error' | 'warning' = 'warning') {
		const problem: ImportProblem = {code, message, severity};
		if (line !== undefined) problem.line = line;
		if (field !== undefined) problem.field = field;
		this.list.push(problem);
	}
}

/** Collapses whitespace and trims; undefined for empty. */
export function text(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	const out = String(value).replace(/[\s\u00a0]+/g, ' ').trim();
	return out || undefined;
}

/** Trims but keeps line breaks (notes, descriptions). */
export function multiline(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	const out = String(value).replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
	return out || undefined;
}

/** Cuts `value` to its field's cap, reporting it. */
export function cap(value: string, field: string, problems: Problems, line?: number): string {
	const max = FIELD_CAPS[field] ?? 5000;
	if (value.length <= max) return value;
	problems.add('FIELD_CAPPED', `${field} longer than ${max} characters was cut`, line, field);
	return value.slice(0, max);
}

/** A normalised http(s) URL, or undefined with a problem for anything else that was given. */
export function webUrl(value: unknown, problems: Problems, line?: number, field = 'url'): string | undefined {
	const raw = text(value);
	if (!raw) return undefined;
	const url = httpUrl(raw.replace(/&amp;/g, '&'));
	if (!url) {
		problems.add('URL_NOT_HTTP', `not an http(s) address: ${raw.slice(0, 80)}`, line, field);
		return undefined;
	}
	return cap(normalizeUrl(url.href), 'url', problems, line);
}

/**
 * A link tool's row is its link. A row with a title and no link at all is kept as a work (DESIGN §8: a record needs a
 * title or an identifier); a row whose link is not a web address (`javascript:`) is not an item; `skip` says so.
 */
export function rowLink(
	value: string | undefined, title: string | undefined, problems: Problems, line: number,
): {url?: string; skip?: true} {
	const url = webUrl(value, problems, line);
	if (url) return {url};
	if (text(value)) return {skip: true};
	if (text(title)) return {};
	problems.add('BAD_ROW', 'row with neither a link nor a title', line, 'url');
	return {skip: true};
}

/** Splits a list, trims, drops empties and case-insensitive duplicates, caps each value and the count. */
export function list(values: readonly unknown[] | string | undefined, separator: RegExp | string = ','): string[] {
	if (values === undefined) return [];
	const parts = typeof values === 'string' ? values.split(separator) : values;
	const seen = new Set<string>();
	const out: string[] = [];
	for (const part of parts) {
		const value = text(part)?.slice(0, FIELD_CAPS.topic);
		if (!value || seen.has(value.toLowerCase())) continue;
		seen.add(value.toLowerCase());
		out.push(value);
		if (out.length === MAX_LIST) break;
	}
	return out;
}

/** Valid ISBN-13s from any notation (Goodreads `="..."`, hyphens, ISBN-10); ASINs and ISSNs fail the checksum. */
export function isbns(...values: unknown[]): string[] {
	const out = new Set<string>();
	for (const value of values) {
		const raw = text(value)?.replace(/^="?|"$/g, '');
		if (!raw) continue;
		for (const part of raw.split(/[,;|\s]+(?=\S{9})/)) {
			const isbn = toIsbn13(part);
			if (isbn) out.add(isbn);
		}
	}
	return [...out];
}

/** 1-5 stars from "4", "4.0", "4.5" (rounded); 0 and junk mean unrated. */
export function rating(value: unknown): 1 | 2 | 3 | 4 | 5 | undefined {
	const n = Math.round(Number.parseFloat(String(value ?? '')));
	return n >= 1 && n <= 5 ? (n as 1 | 2 | 3 | 4 | 5) : undefined;
}

const DROPPED = /did[\s_-]?not[\s_-]?finish|\bdnf\b|abandon|won'?t[\s_-]?finish|gave[\s_-]?up|stopped|dropped|放弃/i;

/** Status from a shelf, folder or state name used by reading tools. */
export function statusFrom(value: unknown): Status | undefined {
	const name = text(value)?.toLowerCase();
	if (!name) return undefined;
	if ((STATUSES as readonly string[]).includes(name)) return name as Status;
	if (DROPPED.test(name)) return 'dropped';
	if (/^(to[\s_-]?read|want[\s_-]?to[\s_-]?read|unread|planned|wish|想读|active)$/.test(name)) return 'want';
	if (/^(currently[\s_-]?reading|reading|in[\s_-]?progress|在读|paused)$/.test(name)) return 'reading';
	if (/^(read|already[\s_-]?read|finished|archive|archived|read archive|读过|完成)$/.test(name)) return 'done';
	return undefined;
}

/** Drops undefined values and empty arrays so a record only says what its source said. */
export function compact(record: ImportRecord): ImportRecord {
	for (const key of Object.keys(record) as (keyof ImportRecord)[]) {
		const value = record[key];
		if (value === undefined || (Array.isArray(value) && value.length === 0)) delete record[key];
	}
	return record;
}
