/**
 * A line that is one book's citation and nothing else, as forum answers cite a book on a line of its own under the
 * sentence recommending it: its people first, two full names or more in natural order parted by commas or an `and`
 * word (or one with an initial), then a colon or a spaced dash, the title unmarked to its first comma or sentence
 * stop, maybe its subtitle and edition, and the house and the year closing it (`Paul Kern, Walter Hill: The Craft of
 * Circuits, 3rd Edition, Cambridge University Press 2015.`, `A, B: Title. Subtitle. House, 2021.`, `A, B – Title, 16.
 * Auflage, House 2019`). Only a line so shaped whole is read: names alone before the colon, a house and a year after
 * the title.
 */
import {fullName} from './biblio.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {AND_WORDS} from './names.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

/** The people before the colon or the spaced dash. */
const HEAD = /^([^:：–—()]{4,120}?)(?:\s*:\s+|\s+[–—]\s+)/u;
/** What parts the names: a comma, `&`, an `and` word. */
const JOINS = new RegExp(String.raw`\s*[,&]\s*|\s+(?:${AND_WORDS})\s+`, 'u');
/** Where the title ends: its first comma, or a stop before a capital (its subtitle or the house after it). */
const TITLE_END = /,\s+|\.\s+(?=\p{Lu})/u;
/** The house and the year closing the line, a comma between them or none (`Cambridge University Press 2015`). */
const IMPRINT = /(?:^|[,.]\s+)(\p{Lu}[^,.\d]{1,50}?),?\s+((?:19|20)\d{2})$/u;
/** An edition's field, no house (`3rd Edition`, `16. Auflage`). */
const EDITION_WORD = /(?<!\p{L})(?:edition|ed|auflage|édition|edición|edizione|wydanie|upplaga|painos)(?!\p{L})/iu;

/** The book a line cites people first and whole, or undefined. */
export function citationLine(seg: Segment, ctx: Context): Candidate | undefined {
	if (!/^(?:P|DIV|LI)$/.test(seg.tag) || seg.links.length || seg.text.length > 250 || seg.text.includes('\n')) {
		return undefined;
	}
	const text = stripNumbering(seg.text.trim());
	const head = HEAD.exec(text);
	const names = head?.[1]!.split(JOINS).filter(Boolean) ?? [];
	const authors = names.map(name => fullName(name));
	// (two names or more, or one with an initial: one pair of capitalised words is a title's as often, `Deep Work — …`)
	const people = names.length > 1 || /(?:^|\s)\p{Lu}\.\s/u.test(names[0] ?? '');
	if (!head || !people || names.length > 6 || !authors.every(Boolean)) return undefined;
	const rest = text.slice(head[0].length).replace(/\.\s*$/u, '');
	const end = TITLE_END.exec(rest);
	const title = cleanTitle(rest.slice(0, end?.index ?? 0));
	const imprint = end ? IMPRINT.exec(rest.slice(end.index + end[0].length)) : null;
	if (!imprint || title.length < 2 || !/^[\p{Lu}\d]/u.test(title) || NOT_TITLE.test(title)) return undefined;
	const publisher = imprint[1]!.trim();
	if (EDITION_WORD.test(publisher)) return undefined;
	const start = seg.text.indexOf(title);
	const bib = {authors: authors as string[], contributors: [], publisher, publishedAt: imprint[2]!};
	return {...item(title, seg, {start, end: start + title.length}, ctx, bib, {}), kind: 'book'};
}
