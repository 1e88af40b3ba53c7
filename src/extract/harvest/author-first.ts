/**
 * Lines that name the people first (`Cal Newport – Deep Work`, a citation `Name, <i>Title</i> (2016)`) or
 * after a comma (`Title, Name`).
 */
import {bibIn, citationIn, fullName, publisherIn, type Bib} from './biblio.ts';
import {BRACKETED_YEAR, yearIn} from './clause.ts';
import {item, NOT_TITLE, type Candidate, type Context, type Order} from './item.ts';
import {TOOL} from './kind.ts';
import {personNames, ROLE, sortedNames} from './names.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/**
 * Words of an organisation's name (`Stanford University`, `Acme Labs`): a `Name, Organisation` line is an
 * affiliation.
 */
const ORGANISATION = /\b(?:University|College|School|Institute|Foundation|Society|Association|Labs?|Inc|Ltd|LLC|Corp(?:oration)?|Company|Group|Agency|Studios?|Systems|Technologies)\b/;

/**
 * `Maarten van Steen and Andrew S. Tanenbaum, <i>Distributed Systems</i>, 4th edition (2023).` — a citation written
 * author first (Chicago notes, syllabi): names alone open the line, then the title set apart, then a year in brackets,
 * or the line's fields closing on it after commas (`Steven Roman, <em>Advanced Linear Algebra</em>, 3rd ed., Springer,
 * 2008.`).
 */
export function citedAuthorFirst(seg: Segment, ctx: Context): Candidate | undefined {
	const mark = seg.marks[0];
	const lead = mark && /^(.{4,80}?)\s*[,，]\s*$/u.exec(seg.text.slice(0, mark.start));
	const authors = lead ? personNames(lead[1]!) : undefined;
	const after = mark ? seg.text.slice(mark.end, mark.end + 200) : '';
	const closing = /^\s*[,，][^()（）.]{0,80}?(?:\.[^()（）.]{0,80}?)?[,，]\s*((?:19|20)\d{2})\.?\s*$/u;
	const year = authors ? BRACKETED_YEAR.exec(after)?.[1] ?? closing.exec(after)?.[1] : undefined;
	const title = year ? cleanTitle(seg.text.slice(mark!.start, mark!.end)) : '';
	if (!year || title.length < 2 || NOT_TITLE.test(title)) return undefined;
	const bib = {authors: authors!, contributors: [], ...citationIn(after, authors!)};
	return item(title, seg, mark!, ctx, {...bib, publishedAt: bib.publishedAt ?? year}, {});
}

/**
 * `Cal Newport – Deep Work`, `Cal Newport: Deep Work (Piatkus, 2016)`, `Cal Newport, Deep Work`: a list item opening
 * with the people, read when its first side is names only. The title runs to brackets or another spaced dash; a
 * citation after it is read. A title set apart in italics (`setApart`) settles the order; without it, a comma's
 * reading needs a list of works (`works`: its heading says so) or a year or publisher after, else (`weak`) siblings
 * read so in the same list (index.ts; `listed`: under a heading that names no people), where the title is no
 * organisation's name: a list of `Name, Company` is a team's or a programme's.
 */
type AuthorFirst = {title: string; bib: Bib; order: Order; weak: boolean};
export function authorFirst(left: string, rest: string, setApart: boolean, works: boolean,
	listed = true, apartEnd?: number): AuthorFirst | undefined {
	const sep = /^(?:\s+[-–—]{1,2}|\s*[:：,，])\s+/.exec(rest);
	const authors = sep ? personNames(left) : undefined;
	if (!sep || !authors) return undefined;
	// (up to a year too: `Deep Work — Cal Newport, 2016` reads either way; a title set apart ends where it does,
	// `<i>Title. Subtitle</i>. House, 2006`, `apartEnd` into `rest`)
	const apart = setApart && apartEnd !== undefined && apartEnd > sep[0].length ? apartEnd : undefined;
	const right = rest.slice(sep[0].length, apart).split(/\s*[(（]|\s[-–—]{1,2}\s|[,，]\s*\d/)[0]!;
	// (names written surname first are no title, nor a publisher's name: `Deep Work – Newport, Cal`, `Learning Go –
	// O'Reilly Media` are title first)
	if (sortedNames(right) || publisherIn(right) === right.trim()) return undefined;
	const title = cleanTitle(right);
	// A title is capitalised and one phrase: not `Ann Lee – my first teacher. Thanks!`, `New York – 3 days`
	if (title.length < 2 || /^\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title) || NOT_TITLE.test(title)) return undefined;
	// (a title set apart may hold a stop: `Name — <i>Kirjutamisest. Mälestusi ametist</i>`)
	if (ROLE.test(right) || TOOL.test(right) || (!setApart && /[.!?。]\s*\S/.test(right))) return undefined;
	const after = rest.slice(sep[0].length + right.length);
	// After a colon, a gerund or a joining word reads as a subtitle (`Domain Driven Design: Tackling Complexity`)
	const subtitle = /^\p{L}+ing\s|\s(?:of|for|to|and|in|on|with|from|an?|the|your)\s/u.test(right);
	if (/[:：]/.test(sep[0]) && subtitle) return undefined;
	const bib = {...bibIn(after), authors, ...yearIn(after), ...citationIn(after, authors)};
	const weak = /[,，]/.test(sep[0]) && !setApart && !works && !bib.publishedAt && !bib.publisher;
	if (weak && (!listed || ORGANISATION.test(title))) return undefined;
	// A right side opening with a name may be the people (`Deep Work – Cal Newport, Grand Central`)
	const either = !!personNames(right.split(/\s*(?:[,，&]|\band\b)\s*/)[0]!);
	const order: Order = setApart ? 'author' : /[:：]/.test(sep[0]) ? 'colon' : either ? 'either' : 'author';
	return {title, order, bib, weak};
}

/**
 * A list line `Title, Full Name` (`The Overstory, Richard Powers`, `Thinking, Fast and Slow, Daniel Kahneman`): the
 * title runs to the first comma after which only full names follow, up to brackets, a spaced dash or the sentence's
 * end.
 */
export function trailingNames(text: string): {title: string; names: string[]; rest: string} | undefined {
	// A list item, not a paragraph of thousands of commas, each of which would be tried
	if (text.length > 300) return undefined;
	for (const cut of text.matchAll(/[,，]\s*|\s*[(（]\s*/g)) {
		const after = text.slice(cut.index + cut[0].length);
		// Or `Title (Full Name)`: the brackets hold the names. An initial's or an abbreviation's dot is no sentence end
		const clause = /[(（]/.test(cut[0]) ? /^[^()（）]*(?=[)）])/.exec(after)?.[0] ?? ''
			: after.split(/\s*[(（]|\s[-–—]\s|(?<!\b(?:\p{Lu}|St|Jr|Sr|Dr))[.。;；](?:\s|$)/u)[0]!;
		const names = clause.split(/\s*(?:[,，、&]|\band\b)\s*/).map(name => fullName(name.replace(/^with\s+/, '')));
		const title = cleanTitle(text.slice(0, cut.index));
		// (a job or an employer is no name: `Ann Lee, Product Manager`, `Ann Lee, Globex Group` are a team page's
		// lines)
		if (clause && title.length >= 2 && names.every(Boolean) && !ROLE.test(clause) && !ORGANISATION.test(clause)) {
			return {title, names: names as string[], rest: after.slice(clause.length)};
		}
	}
	return undefined;
}
