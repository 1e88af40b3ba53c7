/**
 * The author named in the genitive right before the title, as Finnish and the Nordic languages write whose work it is
 * (`Andy Huntin ja Dave Thomasin <i>Title</i>`, `Charles Petzoldin <i>Title</i>`, `Svend Brinkmanns <a>Title</a>`,
 * `Astrid Lindgrens <i>Title</i>`, Turkish `Robert C. Martin'in <b>Title</b> kitabını`): each a full name, its last
 * word inflected, read back in the nominative. Only in the page's language, which writes its nouns in lower case:
 * capitalised words before a title are then a name.
 */
import {fullName, type Bib} from './biblio.ts';

type Genitive = {lang: RegExp; ending: RegExp; and: string[]; nominative: (word: string) => string};
const GENITIVES: Genitive[] = [
	// Finnish: `-n` (`Bhargavan`, `Hickeyn`), `-in` after a consonant (`Huntin`), `-sen` for `-nen` (`Virtasen`)
	{lang: /^fi\b/i, ending: /^\p{Lu}[\p{L}'’-]*\p{Ll}n$/u, and: ['ja'],
		nominative: word => (/sen$/.test(word) ? word.replace(/sen$/, 'nen')
			: /[^aeiouyäö]in$/.test(word) ? word.slice(0, -2) : word.slice(0, -1))},
	// Turkish: its suffix after an apostrophe, as names take it (`Robert C. Martin'in`, `Aditya Bhargava'nın`)
	{lang: /^tr\b/i, ending: /^\p{Lu}[\p{L}-]*['’]n?[iıuü]n$/u, and: ['ve'],
		nominative: word => word.replace(/['’]n?[iıuü]n$/u, '')},
	// Danish, Swedish, Norwegian: `-s` (`Brinkmanns`)
	{lang: /^(?:da|sv|nb|nn|no)\b/i, ending: /^\p{Lu}[\p{L}'’-]*\p{Ll}s$/u, and: ['og', 'och'],
		nominative: word => word.slice(0, -1)},
];
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * The people `before` names in the genitive at its end, in the nominative, when `lang` writes owners so. A name is its
 * inflected surname and the capitalised word before it, and one or two more when no sentence opens on them.
 */
export function genitiveOwners(before: string, lang = ''): string[] | undefined {
	const genitive = GENITIVES.find(g => g.lang.test(lang));
	if (!genitive) return undefined;
	// (on the title's own line: a line above ends on a fact's value, `Förlag: Basic Books`)
	const words = before.split('\n').pop()!.trimEnd().split(/\s+/);
	const owners: string[] = [];
	let end = words.length;
	for (;;) {
		const last = words[end - 1] ?? '';
		if (!genitive.ending.test(last) || !CAPITALISED.test(words[end - 2] ?? '')) break;
		let start = end - 2;
		while (start > 0 && end - start < 4 && CAPITALISED.test(words[start - 1]!) && start > 1
			&& !/[.!?:;]$/.test(words[start - 2]!)) start--;
		const name = fullName([...words.slice(start, end - 1), genitive.nominative(last)].join(' '));
		if (!name) break;
		owners.unshift(name);
		if (!genitive.and.includes(words[start - 1] ?? '')) break;
		end = start - 1;
	}
	return owners.length ? owners : undefined;
}

/** Words saying the year a work came out, in prose naming its owner so (`… vuodelta 2011`, `udgivet i 2019`). */
const YEAR_WORDS = ['vuodelta', 'vuonna', 'udgivet i', 'udgivet', 'utgiven', 'utgivet', 'utgitt'];
const PROSE_YEAR = new RegExp(`(?<!\\p{L})(?:${YEAR_WORDS.join('|')})\\s+((?:19|20)\\d{2})(?!\\d)`, 'u');
/** Or the house that published it, as the sentence's subject (`Manning julkaisi toisen painoksen 2024`). */
const PUBLISHED = ['julkaisi', 'udgav', 'gav ut', 'ga ut'];
const PROSE_HOUSE = new RegExp(String.raw`(?:^|[.!?]\s+)(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})\s+`
	+ `(?:${PUBLISHED.join('|')})\\b[^.!?]{0,40}?\\b((?:19|20)\\d{2})\\b`, 'u');

/**
 * Or, in Portuguese and Spanish, the house after the verb or the edition it published, then the year (`que saiu pela
 * Novatec em 2020`, `publicado por Debate en 2012`, `A edição da Bookman é de 2010`), or as the subject in a relative
 * clause (`que a Alta Books publicou aqui em 2009`, `que Anagrama publicó en 2015`).
 */
const HOUSE_NAME = String.raw`(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})`;
const ISSUED_BY = ['saiu pel[oa]', 'publicad[oa] pel[oa]', 'lançad[oa] pel[oa]', 'publicad[oa] por', 'editad[oa] por',
	'edição d[oa]', 'edición de'];
const PUBLISHED_IN = ['publicou', 'lançou', 'publicó', 'editó'];
const IBERIAN_HOUSE = new RegExp(String.raw`\b(?:(?:${ISSUED_BY.join('|')})\s+${HOUSE_NAME}`
	+ String.raw`|que\s+(?:[ao]\s+|la\s+|el\s+)?${HOUSE_NAME}\s+(?:${PUBLISHED_IN.join('|')}))`
	+ String.raw`(?!\p{L})[^.!?]{0,20}?\b((?:19|20)\d{2})\b`, 'u');

/** The year and the house the sentences after a work owned so give (`… vuodelta 2011`, `Manning julkaisi … 2024`). */
export function proseImprint(after: string): Pick<Bib, 'publisher' | 'publishedAt'> {
	const text = after.slice(0, 240);
	const iberian = IBERIAN_HOUSE.exec(text);
	if (iberian) return {publisher: (iberian[1] ?? iberian[2])!, publishedAt: iberian[3]!};
	const house = PROSE_HOUSE.exec(text);
	const year = house?.[2] ?? PROSE_YEAR.exec(text)?.[1];
	return {...(house ? {publisher: house[1]!} : {}), ...(year ? {publishedAt: year} : {})};
}
