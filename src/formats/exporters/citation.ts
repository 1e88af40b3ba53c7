import type {Item, Kind} from '../../core/types.ts';
import {outUrl} from './cells.ts';

const CSL_TYPE: Record<Kind, string> = {
	book: 'book', paper: 'article-journal', article: 'webpage', video: 'motion_picture', course: 'webpage',
	repository: 'software', podcast: 'song', other: 'webpage',
};
const RIS_TYPE: Record<Kind, string> = {
	book: 'BOOK', paper: 'JOUR', article: 'ELEC', video: 'VIDEO', course: 'ELEC',
	repository: 'COMP', podcast: 'SOUND', other: 'GEN',
};

/** "Family, Given" stays split; "Given Family" splits at the last space; CJK names and single words stay literal. */
function cslName(name: string): Record<string, string> {
	const comma = /^([^,]+),\s*(.+)$/.exec(name);
	if (comma) return {family: comma[1]!, given: comma[2]!};
	const space = /^(.+)\s+(\S+)$/.exec(name);
	return space && !/[\u3000-\u9fff]/.test(name) ? {family: space[2]!, given: space[1]!} : {literal: name};
}

function dateParts(iso: string | undefined): {'date-parts': number[][]} | undefined {
	const match = iso && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
	if (!match) return undefined;
	return {'date-parts': [match.slice(1).filter(Boolean).map(Number)]};
}

/** A work's DOI: its `doi:` id, else the DOI of a doi.org link (items saved before ids existed). */
function doiOf(item: Item, url: string): string | undefined {
	const id = item.ids.find(value => value.startsWith('doi:'));
	if (id) return id.slice(4);
	const linked = /^https:\/\/(?:dx\.)?doi\.org\/(10\.[^?#]+)$/.exec(url)?.[1];
	return linked ? decodeURIComponent(linked) : undefined;
}

/** CSL-JSON for Zotero, Pandoc and citation managers: every work, `URL` when it has a link, `DOI` when it has one. */
export function exportCslJson(items: readonly Item[]): string {
	const out = items.map(item => {
		const url = outUrl(item.url);
		const csl: Record<string, unknown> = {
			id: item.id, type: CSL_TYPE[item.kind], title: item.title, URL: url || undefined,
			author: item.authors.map(cslName),
			editor: item.contributors.filter(c => c.role === 'editor').map(c => cslName(c.name)),
			translator: item.contributors.filter(c => c.role === 'translator').map(c => cslName(c.name)),
			ISBN: item.isbn.join(' ') || undefined, DOI: doiOf(item, url), publisher: item.publisher,
			issued: dateParts(item.publishedAt), abstract: item.description, note: item.notes || undefined,
			language: item.language, accessed: dateParts(item.addedAt),
		};
		for (const [key, value] of Object.entries(csl)) {
			if (value === undefined || (Array.isArray(value) && value.length === 0)) delete csl[key];
		}
		return csl;
	});
	return `${JSON.stringify(out, null, '\t')}\n`;
}

/**
 * RIS for EndNote, Zotero and Mendeley: every work, `UR` when it has a link, `DO` when it has a DOI. Line breaks inside
 * values are folded to spaces (RIS is one tag per line).
 */
export function exportRis(items: readonly Item[]): string {
	const lines: string[] = [];
	const tag = (name: string, value: string | undefined) => {
		const flat = value?.replace(/\s*[\r\n]+\s*/g, ' ').trim();
		if (flat) lines.push(`${name}  - ${flat}`);
	};
	for (const item of items) {
		const url = outUrl(item.url);
		tag('TY', RIS_TYPE[item.kind]);
		tag('TI', item.title);
		for (const author of item.authors) tag('AU', author);
		for (const editor of item.contributors.filter(c => c.role === 'editor')) tag('A2', editor.name);
		tag('PY', item.publishedAt?.slice(0, 4));
		tag('DA', item.publishedAt?.replace(/-/g, '/'));
		tag('PB', item.publisher);
		for (const isbn of item.isbn) tag('SN', isbn);
		tag('DO', doiOf(item, url));
		tag('UR', url);
		tag('AB', item.description);
		tag('N1', item.notes);
		tag('LA', item.language);
		lines.push('ER  - ', '');
	}
	return lines.join('\r\n');
}
