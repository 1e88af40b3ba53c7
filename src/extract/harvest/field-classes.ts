/**
 * A work's facts set in elements the markup names by class or microdata (`<span class="item-author">`,
 * `itemprop="datePublished"`) with no visible label, as reading-list systems and catalogues render a record: the
 * name says what the text is.
 */
import type {Kind} from '../../core/types.ts';
import type {Bib} from './biblio.ts';
import {sortedNames} from './names.ts';
import {splitNames} from './people.ts';
import {YEAR_WORD} from './text.ts';

/** The facts a class or property names. */
export type Fields = {author?: string; date?: string; publisher?: string; format?: string};

/** The words of a class or property that name each fact (`item-author`, `book_publisher`, `datePublished`). */
const FIELD_WORDS: [keyof Fields, string[]][] = [
	['author', ['author', 'authors', 'creator', 'creators']],
	['date', ['date', 'year', 'published', 'datepublished', 'pubdate']],
	['publisher', ['publisher', 'imprint']],
	['format', ['format', 'medium']],
];

/** What a record's format field calls its kind of work (`Book`, `Article`, `Webpage`, `Video`). */
const FORMATS: [RegExp, Kind][] = [[/^(?:e-?)?book|chapter/i, 'book'], [/article|web ?page|website/i, 'article'],
	[/video|film|recording/i, 'video'], [/podcast|audio/i, 'podcast']];
export const formatKind = (fields: Fields) => FORMATS.find(([words]) => words.test(fields.format?.trim() ?? ''))?.[1];

/** The fact an element's class or microdata property names, if any. */
export function fieldOf(el: Element): keyof Fields | undefined {
	const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.toLowerCase()
		.split(/[\s_-]+/).filter(Boolean);
	if (!words.length || words.length > 12) return undefined;
	return FIELD_WORDS.find(([, names]) => words.some(word => names.includes(word)))?.[0];
}

/** What a segment's named fields say of its work; its people sorted surname first or not (`Martin, Robert C.`). */
export function fieldBib(fields: Fields): Bib {
	const raw = fields.author?.trim() ?? '';
	const authors = raw ? sortedNames(raw) ?? splitNames(raw, true) : [];
	const year = YEAR_WORD.exec(fields.date ?? '')?.[0];
	const publisher = fields.publisher?.trim();
	return {authors, contributors: [], ...(year ? {publishedAt: year} : {}), ...(publisher ? {publisher} : {})};
}
