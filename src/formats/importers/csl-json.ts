import type {Problems} from '../clean.ts';
import type {ImportRecord} from '../types.ts';
import {citationRecord, kindOf} from './scholarly.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** CSL names: `{family, given}`, `{literal}` or a plain string. */
function names(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return value.map(name => {
		if (typeof name === 'string') return name;
		if (!isObject(name)) return '';
		if (typeof name.literal === 'string') return name.literal;
		return [name.given, name['non-dropping-particle'], name.family]
			.filter(part => typeof part === 'string' && part).join(' ');
	}).filter(Boolean);
}

/** CSL dates: `{"date-parts": [[2020, 3, 1]]}`, `{raw}`, `{literal}` or a string. */
export function cslDate(value: unknown): string | undefined {
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	if (!isObject(value)) return undefined;
	const parts = Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
	if (Array.isArray(parts) && parts.length > 0) {
		return parts.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');
	}
	const raw = value.raw ?? value.literal;
	return typeof raw === 'string' ? raw : undefined;
}

const str = (value: unknown): string | undefined =>
	(typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** CSL-JSON (Zotero, citation-js, Pandoc): books and papers. */
export function parseCslJson(items: unknown[], problems: Problems): ImportRecord[] {
	return items.flatMap((item, i): ImportRecord[] => {
		const line = i + 1;
		if (!isObject(item)) { problems.add('BAD_ROW', 'not a CSL item', line, undefined, 'error'); return []; }
		const record = citationRecord({
			line, kind: kindOf(str(item.type) ?? ''), title: str(item.title), authors: names(item.author),
			editors: names(item.editor), translators: names(item.translator), isbn: str(item.ISBN)?.split(/[,;]\s*/),
			doi: str(item.DOI), url: str(item.URL), date: cslDate(item.issued), publisher: str(item.publisher),
			abstract: str(item.abstract), note: str(item.note), language: str(item.language),
			container: str(item['container-title']),
		}, problems);
		return record ? [record] : [];
	});
}
