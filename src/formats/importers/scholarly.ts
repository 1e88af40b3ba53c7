import type {Contributor, Kind} from '../../core/types.ts';
import {cap, compact, isbns, list, multiline, type Problems, text, webUrl} from '../clean.ts';
import {isoDate} from '../dates.ts';
import {idField} from '../ids.ts';
import type {ImportRecord} from '../types.ts';

/** What RIS, BibTeX and CSL-JSON entries have in common, before it becomes a record. */
export type Citation = {
	line: number; kind: Kind; title?: string; authors: string[]; editors?: string[]; translators?: string[];
	isbn?: string[]; doi?: string; url?: string; date?: string; publisher?: string; abstract?: string;
	note?: string; language?: string; container?: string;
};

/** Entry types by family: books, web/press articles, media; everything else scholarly is a paper. */
export function kindOf(type: string): Kind {
	const t = type.toLowerCase().replace(/[\s_-]/g, '');
	if (/^(book|ebook|ebook|mvbook|inbook|booklet|collection|mvcollection|bookauthor|edbook|chap|chapter|incollection|reference|encyclopedia|bookinbook)$/.test(t)) return 'book';
	if (/^(elec|webpage|online|postweblog|post|blog|articlenewspaper|articlemagazine|news|mgzn|newspaper|www)$/.test(t)) return 'article';
	if (/^(video|motionpicture|broadcast|mpct|movie)$/.test(t)) return 'video';
	if (/^(sound|song|podcast|audio)$/.test(t)) return 'podcast';
	if (/^(software|computerprogram|comp)$/.test(t)) return 'repository';
	return 'paper';
}

/**
 * A citation as a record: its own http(s) URL if it has one (a thesis from a repository often has none), its ISBNs,
 * and its DOI as `doi:` (never turned into a doi.org link). `doiField` names the field a bad DOI is reported on.
 */
export function citationRecord(c: Citation, problems: Problems, doiField = 'DOI'): ImportRecord | undefined {
	const isbn = isbns(...(c.isbn ?? []));
	const url = webUrl(c.url, problems, c.line);
	const doi = idField('doi', c.doi, problems, c.line, doiField);
	const title = text(c.title) ?? text(c.container);
	if (!title && !url && !doi && isbn.length === 0) {
		problems.add('BAD_ROW', 'entry with neither a title nor a link or identifier', c.line, 'title', 'error');
		return undefined;
	}
	const contributors: Contributor[] = [
		...list(c.editors ?? []).map(name => ({name, role: 'editor' as const})),
		...list(c.translators ?? []).map(name => ({name, role: 'translator' as const})),
	];
	return compact({
		line: c.line, kind: c.kind, url, ids: doi ? [doi] : [],
		title: cap(title ?? url ?? '', 'title', problems, c.line),
		authors: list(c.authors),
		contributors, isbn, publishedAt: isoDate(c.date), publisher: text(c.publisher),
		description: c.abstract
			? cap(multiline(c.abstract) ?? '', 'description', problems, c.line) || undefined
			: undefined,
		notes: multiline(c.note), language: text(c.language)?.slice(0, 35), provider: text(c.container),
	});
}
