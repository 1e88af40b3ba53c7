import {ID_SCHEMES, type IdScheme, normalizeId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {type Problems, text} from './clean.ts';

/** Strips the spreadsheet guards exports put around numbers (Goodreads `="0374538654"`, LibraryThing `[...]`). */
const bare = (value: unknown) => text(value)?.replace(/^="?|"$/g, '').replace(/^\[(.*)\]$/, '$1').trim() || undefined;

/**
 * An identifier an export gives in a field of a known scheme (RIS `DO`, a Goodreads `Book Id`): its one spelling,
 * or undefined with a warning naming the field. The record is kept: the export is what it is, and the rest of the
 * row is still good.
 */
export function idField(
	scheme: IdScheme, value: unknown, problems: Problems, line: number, field: string,
): string | undefined {
	const raw = bare(value);
	if (!raw) return undefined;
	const id = normalizeId(scheme, raw);
	if (!id) problems.add('BAD_ID', `not a valid ${ID_SCHEMES[scheme].label}, left out: ${raw.slice(0, 80)}`, line, field);
	return id;
}

/**
 * An ASIN as Amazon writes them for books without an ISBN (Kindle and Audible editions): ten letters and digits with
 * a letter among the first nine. Ten digits are an ISBN-10 or nothing, never an ASIN.
 */
export function asinOf(value: string): string | undefined {
	const raw = value.trim().toUpperCase();
	return /[A-Z]/.test(raw.slice(0, 9)) ? normalizeId('asin', raw) : undefined;
}

/** Schemes other tools write before a value (calibre's `amazon:`, `mobi-asin:`), onto Shelfmark's. */
const SCHEME_ALIASES: Record<string, IdScheme | 'isbn'> = {
	amazon: 'asin', 'mobi-asin': 'asin', asin: 'asin', openlibrary: 'olid', ol: 'olid', olid: 'olid', isbn: 'isbn',
	doi: 'doi', goodreads: 'goodreads', douban: 'douban', arxiv: 'arxiv', oclc: 'oclc', worldcat: 'oclc',
};

/** The scheme a column header names (`ASIN`, `Work Id`, `openlibrary_key`, `goodreads_key`), if any. */
export function schemeOfHeader(header: string): IdScheme | undefined {
	const squashed = header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	if (/asin/.test(squashed)) return 'asin';
	if (/^doi/.test(squashed)) return 'doi';
	if (/goodreads/.test(squashed)) return 'goodreads';
	if (/douban/.test(squashed)) return 'douban';
	if (/openlibrary|^olid|^ol(work|edition)id|^(work|edition)id$/.test(squashed)) return 'olid';
	if (/oclc|worldcat/.test(squashed)) return 'oclc';
	if (/arxiv/.test(squashed)) return 'arxiv';
	return undefined;
}

/** A bare value's scheme from its shape alone: only the unambiguous ones (a number could be any catalogue's). */
function guessId(value: string): string | undefined {
	if (/^(?:https?:\/\/(?:dx\.)?doi\.org\/|10\.\d{4,9}\/)/i.test(value)) return normalizeId('doi', value);
	if (/^(?:https?:\/\/openlibrary\.org\/)?(?:works|books|authors)?\/?OL\d+[AMW]$/i.test(value)) return normalizeId('olid', value.replace(/^.*\//, ''));
	if (/^https?:\/\/arxiv\.org\/abs\//i.test(value)) return normalizeId('arxiv', value);
	return undefined;
}

export type IdCells = {ids: string[]; isbn: string[]; bad: string[]};

/**
 * Identifiers from a CSV cell a person or a tool filled: `scheme:value` entries (calibre writes
 * `goodreads:39077187,isbn:9780756411800`), or bare values of the scheme the column's header names, or values whose
 * shape says their scheme (a DOI, an Open Library id). ISBNs go to `isbn`; anything else is `bad`, for the caller to
 * report with the row and the field.
 */
export function idCells(value: string | undefined, headerScheme?: IdScheme): IdCells {
	const out: IdCells = {ids: [], isbn: [], bad: []};
	for (const part of (bare(value) ?? '').split(/[\s,|]+|;\s+/)) {
		if (!part) continue;
		const prefixed = /^([a-z][\w-]*):(?!\/\/)(.+)$/i.exec(part);
		let id: string | undefined;
		if (prefixed) {
			const scheme = SCHEME_ALIASES[prefixed[1]!.toLowerCase()];
			if (scheme === 'isbn') {
				const isbn = toIsbn13(prefixed[2]!);
				if (isbn) { out.isbn.push(isbn); continue; }
			} else if (scheme) id = normalizeId(scheme, prefixed[2]!); // SCHEME_ALIASES names every scheme core knows
		} else id = headerScheme ? normalizeId(headerScheme, part) : guessId(part);
		if (id) out.ids.push(id);
		else out.bad.push(part);
	}
	out.ids = [...new Set(out.ids)];
	return out;
}
