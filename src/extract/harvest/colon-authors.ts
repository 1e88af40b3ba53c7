/**
 * A list's item naming its people first, a colon, then the title and its imprint in brackets, as Central European
 * and Nordic posts write their lists (`Cormen – Leiserson – Rivest – Stein: Új algoritmusok (Scolar Kiadó, 2003)`,
 * `Rónyai Lajos, Ivanyos Gábor, Szabó Réka: Algoritmusok (Typotex, 1998)`, `Martin Fowler: <em>Refactoring</em>, 2.
 * kiadás, Addison-Wesley, 2018.`): the people are full names or surnames joined by dashes, commas or an `and` word; the
 * title ends where its emphasis, its link or the bracket after it ends. A subtitle after a colon reads the same way,
 * so the names must be people's and the title closed by its imprint or set apart.
 */
import {fullName, publisherIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {AND_WORDS, SURNAME_ALONE} from './names.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle, stripNumbering, YEAR} from './text.ts';

/** What joins two names: a dash, a comma, `&` or an `and` word in the languages of Europe. */
const JOINS = new RegExp(String.raw`\s+[–—-]\s+|\s*[,&]\s*|\s+(?:${AND_WORDS})\s+`, 'u');
/** The bracket of the imprint after the title: a house, maybe its year, maybe an edition (`(MIT Press, 1996, 2.)`). */
const BRACKET = new RegExp(String.raw`^\s*\((\p{Lu}[^(),\d]{1,40}?)(?:,\s*(${YEAR}))?(?:,[^()]*)?\)`, 'u');
/** Or an imprint closing the line after commas: `, 2. kiadás, Addison-Wesley, 2018.`. */
const TRAILING = new RegExp(String.raw`,\s*(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}),\s*(${YEAR})\.?\s*$`, 'u');

/** The people before a line's colon: full names or surnames alone, each of them. */
function colonNames(head: string): string[] | undefined {
	// (not one name sorted surname first, `Kleppmann, Martin`: the German bibliography's, colon-citation.ts)
	if (/^[^\s,]+,\s*[^\s,]+$/u.test(head.trim())) return undefined;
	const names = head.trim().split(JOINS).filter(Boolean);
	if (!names.length || names.length > 6) return undefined;
	const surname = (name: string) => (SURNAME_ALONE.test(name) && !publisherIn(name) ? name : undefined);
	const read = names.map(name => fullName(name) ?? surname(name));
	// (one surname alone is a title's word as often: `Algorithms: …`)
	if (!read.every(Boolean) || (names.length === 1 && !fullName(names[0]!))) return undefined;
	return read as string[];
}

/** A name with an initial in it (`Robert C. Martin`), which no title's words have. */
const INITIALLED = /(?:^|\s)\p{Lu}\.\s/u;

/** The work a list item names people first before a colon, or undefined. */
export function colonAuthored(seg: Segment, ctx: Context): Candidate | undefined {
	if (seg.tag !== 'LI' || seg.text.length > 300) return undefined;
	const text = stripNumbering(seg.text);
	const shift = seg.text.length - text.length;
	const colon = /^([^:：()]{2,120}?)\s*:\s+/u.exec(text);
	const authors = colon ? colonNames(colon[1]!) : undefined;
	if (!colon || !authors || /\p{Ll}{2}\.\s/u.test(colon[1]!)) return undefined;
	const start = colon[0].length;
	const spans: Span[] = [...seg.marks, ...seg.links].map(s => ({start: s.start - shift, end: s.end - shift}));
	// The title's end: its emphasis or link (covering it, maybe with the people and the number), else the bracket
	// (a span from inside the people is none of these: `Name, and Name. <a>Naiad: A Timely…</a>`)
	const set = spans.filter(s => (s.start <= 0 && s.end > start + 1) || s.start === start)
		.sort((a, b) => b.end - a.end)[0];
	const end = set?.end ?? (/\s+\(/u.exec(text.slice(start))?.index ?? -1) + start;
	if (end <= start) return undefined;
	const after = text.slice(end);
	const bracket = BRACKET.exec(after);
	const trailing = bracket ? undefined : TRAILING.exec(after.slice(0, 120));
	if (!set && !bracket) return undefined;
	// One name alone before the colon reads as a title's first words as well (`Operating Systems: Three Easy Pieces`,
	// `Deep Work: Rules for…`): only a name with an initial, or a title set apart on its own after it, is one
	const own = spans.some(s => s.start === start);
	if (authors.length === 1 && !INITIALLED.test(colon[1]!) && !own) return undefined;
	// (and names joined need the title closed: its imprint in brackets or set apart)
	if (authors.length > 1 && !bracket?.[2] && !set) return undefined;
	const title = cleanTitle(text.slice(start, end));
	if (title.length < 2 || /^(?:https?:\/\/|www\.)/.test(title)) return undefined;
	const house = bracket?.[1] ?? trailing?.[1];
	const year = bracket?.[2] ?? trailing?.[2];
	const link = seg.links.find(l => l.start - shift >= start && l.end - shift <= end);
	return item(title, seg, {start: start + shift, end: end + shift}, ctx, {authors, contributors: [],
		...(house ? {publisher: house.trim()} : {}), ...(year ? {publishedAt: year} : {})},
	link ? {url: link.url.href} : {});
}
