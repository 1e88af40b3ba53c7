/*
 * BibTeX's plain and unsrt styles, as LaTeX, Sphinx (sphinxcontrib-bibtex) and Jekyll-scholar pages print a
 * bibliography: the authors in natural order to a stop (`A, B, and C.`), the paper's title unmarked as a sentence,
 * then its venue in italics, a journal (`<i>Communications of the ACM</i>, 13(7):422–426, 1970.`) or proceedings after
 * `In` (`In <i>Proceedings of …</i>, 75–88. 2014.`), or, for a preprint, the year alone (`Title. 2019. arXiv:…`).
 * A journal is its article's publisher; proceedings are none. The DOI or arXiv link closing it is its address.
 */
import type {Citation} from './citation.ts';
import {personNames} from './names.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';

/** The authors' sentence: to the first stop that closes no initial (`Burton H. Bloom.`, `S. Muthukrishnan.`). */
export const AUTHORS = /^(.{4,300}?)(?<!(?:^|[\s.-])\p{Lu})\.\s+/u;
/** The title's sentence before the venue in italics, maybe `In` (proceedings) between. */
const BEFORE_VENUE = /^(.{2,250}?)\.\s+(In\s+)?$/u;
/** The venue's numbers and year after it (`, 13(7):422–426, 1970.`, `, CoNEXT '14, 75–88. 2014.`). */
const NUMBERS = /^[,.][^\n]{0,120}?\b\d+\b[^\n]{0,60}?\b((?:19|20)\d{2})\.(?:\s|$)/u;
/** A preprint's title and year with no venue (`Title. 2019. arXiv:1902.04023.`). */
const PREPRINT = /^(.{2,250}?)\.\s+((?:19|20)\d{2})\.\s+(?:arXiv:|doi:|https?:)/iu;

/** The people of an authors' sentence (`A, B, and C`), or undefined if it names anything else. */
export const authorsOf = (text: string) => personNames(text.replace(/,?\s+and\s+/g, ', '));

/** A bibliography entry in BibTeX's plain or unsrt style; `marks` are its italic stretches. Else undefined. */
export function parseVenueCitation(text: string, marks: Span[]): Citation | undefined {
	// Cheap guards first: an entry is a line with a year, not a paragraph
	if (text.length > 500 || !/\b(?:19|20)\d{2}\b/.test(text)) return undefined;
	const head = AUTHORS.exec(text);
	const authors = head ? authorsOf(head[1]!) : undefined;
	if (!head || !authors) return undefined;
	const from = head[0].length;
	const span = (title: string): Span => ({start: from, end: from + title.length});
	const venue = marks.find(m => m.start > from);
	const before = venue ? BEFORE_VENUE.exec(text.slice(from, venue.start)) : null;
	const numbers = venue && NUMBERS.exec(text.slice(venue.end));
	if (before && numbers) {
		const title = before[1]!;
		return {title: squash(title), authors, contributors: [], publishedAt: numbers[1]!, span: span(title), type: 'J',
			...(before[2] ? {} : {publisher: squash(text.slice(venue!.start, venue!.end))})};
	}
	const preprint = venue ? null : PREPRINT.exec(text.slice(from));
	if (!preprint) return undefined;
	const title = preprint[1]!;
	return {title: squash(title), authors, contributors: [], publishedAt: preprint[2]!, span: span(title), type: 'J'};
}
