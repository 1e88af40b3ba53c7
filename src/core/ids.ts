/**
 * Identifiers other than ISBNs, stored as `scheme:value` (DESIGN §3). Each scheme states how its values are
 * written, so the same work read from two exports gives the same string: a DOI is lower-cased (DOIs are
 * case-insensitive), an ASIN upper-cased, a numeric id stripped of leading zeros.
 */
import {AppError} from './errors.ts';

type Scheme = {pattern: RegExp; normalize: (value: string) => string; label: string};

const trimZeros = (value: string) => value.replace(/^0+(?=\d)/, '');

export const ID_SCHEMES = {
	doi: {pattern: /^10\.\d{4,9}\/\S+$/, normalize: value => value.toLowerCase(), label: 'DOI'},
	asin: {pattern: /^[A-Z0-9]{10}$/, normalize: value => value.toUpperCase(), label: 'ASIN'},
	goodreads: {pattern: /^\d{1,12}$/, normalize: trimZeros, label: 'Goodreads'},
	douban: {pattern: /^\d{1,12}$/, normalize: trimZeros, label: 'Douban'},
	olid: {pattern: /^OL\d{1,10}[AMW]$/, normalize: value => value.toUpperCase(), label: 'Open Library'},
	arxiv: {pattern: /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/, normalize: value => value, label: 'arXiv'},
	oclc: {pattern: /^\d{1,12}$/, normalize: trimZeros, label: 'OCLC'},
} satisfies Record<string, Scheme>;

export type IdScheme = keyof typeof ID_SCHEMES;
export const ID_SCHEME_NAMES = Object.keys(ID_SCHEMES) as IdScheme[];

/** What people paste before a value, dropped so `https://doi.org/10.1/x` and `doi:10.1/x` are one DOI. */
const PREFIXES: Partial<Record<IdScheme, RegExp>> = {
	doi: /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i,
	arxiv: /^(?:https?:\/\/arxiv\.org\/abs\/|arxiv:\s*)/i,
	olid: /^(?:https?:\/\/openlibrary\.org\/(?:works|books|authors)\/)/i,
};

/** `scheme:value` in its one spelling, or undefined when the scheme is unknown or the value malformed. */
export function normalizeId(scheme: string, value: string): string | undefined {
	const key = scheme.trim().toLowerCase() as IdScheme;
	const spec: Scheme | undefined = Object.hasOwn(ID_SCHEMES, key) ? ID_SCHEMES[key] : undefined;
	if (!spec) return undefined;
	const bare = spec.normalize(value.trim().replace(PREFIXES[key] ?? /^$/, ''));
	return spec.pattern.test(bare) ? `${key}:${bare}` : undefined;
}

/** Parses `scheme:value` (the form the CLI and the editor take) into its one spelling. */
export function parseId(input: string): string | undefined {
	const colon = input.indexOf(':');
	return colon > 0 ? normalizeId(input.slice(0, colon), input.slice(colon + 1)) : undefined;
}

/** Like parseId, for input a person typed: an unknown scheme or a malformed value is an INVALID_ITEM error. */
export function requireId(input: string): string {
	const id = parseId(input);
	if (id) return id;
	const scheme = input.slice(0, Math.max(0, input.indexOf(':'))).trim().toLowerCase();
	if (!scheme || !Object.hasOwn(ID_SCHEMES, scheme)) {
		throw new AppError('INVALID_ITEM', `Unknown identifier scheme in "${input.slice(0, 80)}": use ${ID_SCHEME_NAMES.join(', ')}`);
	}
	throw new AppError('INVALID_ITEM', `Not a valid ${ID_SCHEMES[scheme as IdScheme].label}: ${input.slice(0, 80)}`);
}

/** The scheme and value of a stored id. */
export function splitId(id: string): {scheme: IdScheme; value: string} {
	const colon = id.indexOf(':');
	return {scheme: id.slice(0, colon) as IdScheme, value: id.slice(colon + 1)};
}
