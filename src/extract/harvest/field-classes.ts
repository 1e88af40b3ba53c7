/**
 * A work's facts set in elements the markup names by class or microdata (`<span class="item-author">`,
 * `itemprop="datePublished"`) with no visible label, as reading-list systems and catalogues render a record: the
 * name says what the text is.
 */
import type {Kind} from '../../core/types.ts';
import {fullName, type Bib} from './biblio.ts';
import {AND_WORDS, sortedNames} from './names.ts';
import {BY_PLAIN, splitNames} from './people.ts';
import {YEAR_ALONE, YEAR_WORD} from './text.ts';

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

/** The roles a credit line writes in a lowercase word before a name (`ilustrace X`, `uspořádala X`, `edited by X`). */
const ROLE_BEFORE: [RegExp, string][] = [[/^(?:ilustr|illustr|kresb|zeichn|dibuj|desenh)/i, 'illustrator'],
	[/^(?:uspořád|sestavil|edit|hrsg|herausg|red\.|a cura|coord|org)/i, 'editor'],
	[/^(?:přel|přelož|übers|transl|trad|tłum|перев)/i, 'translator']];
const PEOPLE_JOIN = new RegExp(`\\s*,\\s*|\\s+(?:${AND_WORDS}|a|&)\\s+`, 'u');
const BY_OPENING = new RegExp(`^(?:by|${BY_PLAIN.join('|')})\\s+(?=\\p{Lu})`, 'iu');

/**
 * The line under a title whose own class says it names the work's author (`<p class="tip__author">`), read as a
 * catalogue writes it: the people (a role word before a name makes it a contributor: `Eliška Hornová, ilustrace Matěj
 * Pospíšil`), then maybe the house and the year after a middle dot (`Harald Salfellner · Vitalis`, `… · Argo, 2023`).
 * The class vouches for what a bare name (`Vítězslav Nezval`) could not.
 */
export function classedCredit(text: string): Bib | undefined {
	// (its by-word opening it is none of the names: `Af Lise Damgaard`, `By Ann Lee`)
	const [people = '', ...facts] = text.replace(BY_OPENING, '').split(/\s+[·•|]\s+/);
	const bib: Bib = {authors: [], contributors: []};
	for (const part of people.split(PEOPLE_JOIN)) {
		const m = /^((?:\p{Ll}[\p{L}.]*\s+){0,2})(\S.*)$/u.exec(part.trim());
		const name = m && fullName(m[2]!);
		if (!name) return undefined;
		const role = m[1] ? ROLE_BEFORE.find(([words]) => words.test(m[1]!))?.[1] : 'author';
		if (!role) return undefined;
		if (role === 'author') bib.authors.push(name);
		else bib.contributors.push({name, role});
	}
	for (const field of facts.flatMap(fact => fact.split(/\s*,\s*/))) {
		if (YEAR_ALONE.test(field)) bib.publishedAt ??= field;
		else if (/^\p{Lu}/u.test(field) && !/\d/.test(field)) bib.publisher ??= field;
		else return undefined;
	}
	return bib.authors.length || bib.contributors.length ? bib : undefined;
}
