import {dayAfterYear, describedKind, GROUP, groups, HOST_ROLE, UNTIL} from './apa.ts';
import {isbnsIn, type Reference} from './biblio.ts';
import {INITIALS, INVERTED, NATURAL, ONE_INVERTED, turned, WORD} from './inverted.ts';
import {parsePeople} from './people.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';

/*
 * How the citation styles write a work: the first author inverted (`Newport, Cal`, APA `Newport, C.`), the others
 * inverted too (APA `Hunt, A., & Thomas, D.`) or in natural order (MLA, Chicago `Hunt, Andrew, and David Thomas`),
 * then the year in brackets (APA, Harvard) or as a sentence (Chicago author-date), the title as a sentence of its own
 * (set in italics for a book, in quotes for an article), and the publisher (after the city and a colon) and year.
 */
const YEAR = '(?:19|20)\\d{2}';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
	'November', 'December'];
const MONTH = MONTHS.join('|');
/** The word APA joins the last author with, in English, French, Spanish and German (`&`, `et`, `y`, `und`). */
const ANDS = ['&', 'and', 'et', 'y', 'und'];
const AND = `(?:${ANDS.join('|')})`;
const HEAD = new RegExp(
	// Each further name is taken whole (a lookahead's capture, then consumed): the ways to part a run of names would
	// otherwise be tried one by one, exponentially many on a line of capitalised words and commas
	// (French, Spanish and German APA put no comma before the last: `Russell, S. et Norvig, P.`)
	`^(${INVERTED}(?:(?=((?:[,;]\\s*(?:${AND}\\s*)?|\\s+${AND}\\s+)${INVERTED}`
	+ `|(?:,\\s+|,?\\s+${AND}\\s+)${NATURAL}|,?\\s+et\\s+al\\.?))\\2)*`
	// (or a group, closed by a stop before the year: `World Health Organization. (2020).`)
	+ `|(?<group>${GROUP})\\.(?=\\s*\\(${YEAR}))`
	// A host's role after the names, the show's author still (`(Host).`); editors rather than authors: `(Eds.).`
	// (APA), `, editors.` (MLA)
	+ `(?:${HOST_ROLE})?(?<edited>\\s*\\(Eds?\\.\\)\\.?|,\\s+(?:editors?|eds?\\.))?`
	// The year: `(2016).` (APA, Harvard) or `. 2016.` (Chicago author-date); or none, the title next (MLA)
	// (Wikipedia's CS1 templates date it to the month or the day: `(November 1978).`, `(2011-08-16).`; APA to the
	// day after a comma, `(2016, 4 février)`, or a show's years, `(2020–present)`)
	+ `(?:\\s*\\((?:(?<month>${MONTH})\\s+)?(?<cited>${YEAR})(?:-(?<mm>\\d{2})(?:-(?<dd>\\d{2}))?)?[a-z]?`
	+ `(?:${UNTIL})?(?:,(?<day>[^)]{0,30}))?\\)\\.?|\\.?)(?<=[.)])\\s+(?:(?<dated>${YEAR})[a-z]?\\.\\s+)?`,
	'u',
);
/**
 * The computing reading lists' style (ACM's, DBLP's, a syllabus's): the authors in natural order, then a stop
 * (`Leslie Lamport. Time, Clocks…`) or, before a quoted title, a comma (IEEE: `J. Dean and S. Ghemawat,
 * "MapReduce…"`), or the year in brackets (`Jay Alammar (2018). <a>Title</a>.`, as a notebook's references write).
 */
// (an initial may open a given name before the surname: `K. Mani Chandy`)
const FIRST = `(?:${INITIALS}\\s*${WORD}(?:\\s+${WORD})?|${NATURAL})`;
/** The authors left unnamed after the named, in words (`and others`, `and many other contributors`). */
const OTHERS = 'and\\s+(?:many\\s+)?others?(?:\\s+(?:contributors|authors))?';
// Each name taken whole, as in HEAD: a line of capitalised words would otherwise be parted in exponentially many ways
const NATURAL_HEAD = new RegExp(`^((?=(${FIRST}))\\2(?:(?=((?:,\\s+(?:and\\s+)?|\\s+and\\s+)${FIRST}))\\3)*`
	// (the rest left out as `et al.` or in words: `A, B and many other contributors.`, `A and others.`)
	+ `(?:,?\\s+(?:et\\s+al\\.?|${OTHERS}))?)(?:\\.|,(?=\\s*["“])|\\s+\\((?<cited>(?:19|20)\\d{2})\\)\\.)\\s+`, 'u');
/**
 * Where papers appear: a society's or a conference's name, words that name proceedings and journals, and the
 * laboratories whose technical reports a reading list cites (`Sun Microsystems Laboratories, 1994`).
 */
const VENUES = ['ACM', 'IEEE', 'USENIX', 'SIAM', 'VLDB', 'OSDI', 'SOSP', 'NSDI', 'SIGMOD', 'NeurIPS', 'NIPS', 'ICML',
	'ICLR', 'CVPR', 'EMNLP', 'KDD', 'arXiv', 'Proc', 'Proceedings', 'Conference', 'Symposium', 'Workshop', 'Journal',
	'Transactions', 'Laboratory', 'Laboratories', 'Labs', 'Technical Report'];
export const VENUE = new RegExp(`\\b(?:${VENUES.join('|')})\\b`);
/** A parsed citation; `span` is where its title is written (links before it are the people's: `<a>Cal Newport</a>`). */
export type Citation = Reference & {span: Span};

const ONE_NATURAL = new RegExp(FIRST, 'uy');
/** A title's sentence ends at a full stop that closes no initial nor abbreviation; a question keeps its mark. */
const ABBREVIATIONS = ['\\p{Lu}', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'vs', '[Vv]ol', '[Nn]o', 'pp', 'eds?', 'trans', 'Proc',
	'Conf', 'Symp'];
const TITLE_END = new RegExp(`(?<!\\b(?:${ABBREVIATIONS.join('|')}))\\.(?=\\s|$)|(?<=[?!])(?=\\s|$)`, 'u');
/**
 * A credit or an edition between a title and its publisher, to a stop or a comma (`Translated by X.`, `2nd ed.,`,
 * `revised edition.`).
 */
const CREDITED = ['translated', 'edited', 'introduction', 'foreword', 'illustrated'];
// (and the series a work is in, as Wikipedia's CS1 names it before the publisher: `CRC Applied Algorithms Series.`,
// `Blog series, 2014.`; and the chapters a syllabus assigns: `Ch. 2 "The Anatomy of Sketching".`, `pp. 12–40.`)
const CREDIT = new RegExp(String.raw`^(?:(?:${CREDITED.join('|')})\b[^.,;]*|[A-Z][^.,;]*\bseries(?=[.,])`
	+ String.raw`|(?:ch(?:ap(?:ter)?)?s?\.?|pp?\.)\s*\d[\d–-]*(?:\s*["“][^"“”]*["”])?`
	+ String.raw`|(?:\d+(?:st|nd|rd|th)|revised|expanded|updated)\b[^.,;]*\bed(?:ition)?\b)\.?[.,;]?\s*`, 'i');
/**
 * APA credits a translator, an editor or a narrator in the brackets after the title, the names first, the role
 * abbreviated after a comma, an edition before them after a semicolon or a comma: `(L. Bury, Trans.)`, `(4e éd.;
 * F. Popineau, trad.)`, `(K. V. Kukil, Ed.)`, in English, French, Spanish (`Trad.`) and German (`Übers.`, `Hrsg.`).
 */
const BRACKET_ROLES: [string[], string][] = [[['trans', 'trad', 'tr', 'übers'], 'translator'],
	[['eds?', 'éds?', 'dir', 'hrsg', 'coord'], 'editor'], [['narr'], 'narrator']];
const BRACKET_CREDIT = new RegExp(`((?:${FIRST})(?:(?:,\\s*|\\s+)(?:${AND}\\s+)?(?:${FIRST}))*),\\s*`
	+ `(${BRACKET_ROLES.flatMap(([words]) => words).join('|')})\\.?\\s*(?=[;)]|$)`, 'giu');

/** The people the brackets after a title credit (`(4e éd.; F. Popineau, trad.)` -> F. Popineau, translator). */
function bracketCredits(inner: string): {name: string; role: string}[] {
	return [...inner.matchAll(BRACKET_CREDIT)].flatMap(m => {
		const role = BRACKET_ROLES.find(([words]) => new RegExp(`^(?:${words.join('|')})$`, 'iu').test(m[2]!))![1];
		return people(m[1]!, true).map(name => ({name, role}));
	});
}
/** A sentence after the title saying the work is a post (`Blog post.`): no publisher's name. */
const BLOG_POST = /^(?:blog\s+)?post$/i;
/** A journal's volume, issue and pages: an article in it, not a publisher's book. */
const JOURNAL = /\bvol\.|\bno\.\s*\d|\bpp\.|\d+\s*\(\d+\)|,\s*\d+\s*[-–]\s*\d+\s*\.?$/i;

/**
 * The people of a citation's head, each in natural order (`Hunt, Andrew, and David Thomas` -> two names); a head read
 * in natural order (`natural`) has no inverted name.
 */
function people(head: string, natural: boolean): string[] {
	const names: string[] = [];
	let at = 0;
	while (at < head.length) {
		ONE_INVERTED.lastIndex = at;
		const inverted = natural ? null : ONE_INVERTED.exec(head);
		ONE_NATURAL.lastIndex = at;
		const match = inverted ?? ONE_NATURAL.exec(head);
		if (match) {
			names.push(inverted ? turned(inverted) : match[0]);
			at += match[0].length;
		}
		const gap = /[\s,;&]*(?:et\s+al\.?|(?:and|et|y|und)\s+)?[\s,;&]*/y;
		gap.lastIndex = at;
		const skipped = gap.exec(head)?.[0].length ?? 0;
		if (!match && !skipped) break;
		// Chicago and MLA invert the first name only, its given name whole, the others after a comma in natural order
		// (`Campbell-Kelly, Martin, William Aspray, and Jeffrey R. Yost`); APA inverts them all, given as initials
		// (`Hunt, A., & Thomas, D.`), and a catalogue parts inverted names with semicolons (`Hunt, Andrew; Thomas,
		// David`)
		const parted = head.slice(at, at + skipped);
		if (names.length === 1 && inverted && /\p{Ll}/u.test(inverted[2]!) && !/[;&]/.test(parted)) natural = true;
		at += skipped;
	}
	return names;
}

/** The title after a citation's head, from an italic or quoted stretch when there is one, and where the rest starts. */
type Title = {title: string; rest: number; set?: 'italic' | 'quoted' | 'linked'};
function titleAt(text: string, from: number, marks: Span[], links: Span[] = []): Title | undefined {
	const at = (m: Span) => m.start >= from && m.start <= from + 1;
	const mark = marks.find(at);
	if (mark) return {title: text.slice(mark.start, mark.end), rest: mark.end, set: 'italic'};
	const link = links.find(at);
	if (link) return {title: text.slice(link.start, link.end), rest: link.end, set: 'linked'};
	const quote = /^["“]([^"”]{2,200}?)[,.]?["”]/u.exec(text.slice(from));
	if (quote) return {title: quote[1]!, rest: from + quote[0].length, set: 'quoted'};
	const end = TITLE_END.exec(text.slice(from));
	return end ? {title: text.slice(from, from + end.index), rest: from + end.index} : undefined;
}

/** A month's name as its two digits (`November` -> `11`). */
function monthNumber(name: string | undefined): string | undefined {
	const index = name ? MONTHS.indexOf(name) : -1;
	return index < 0 ? undefined : String(index + 1).padStart(2, '0');
}

/**
 * A reference written in one of the citation styles (MLA, APA, Chicago, Harvard), parsed into its title, people in
 * natural order, publisher and year; `marks` are the text's italic stretches, where a book's title is set.
 * Only a line with a year and a publisher, a journal or an italic title: a sentence opening `Name, Name.` is none.
 * With `bare`, also MLA's line with the publisher left out, the year alone after the title (`Newport, Cal. Deep Work.
 * 2016.`): a caller passes it where a list of such lines supports it.
 */
export function parseCitation(text: string, marks: Span[] = [], bare = false,
	links: Span[] = []): Citation | undefined {
	// Cheap guard first: a citation is a line with a year, not a paragraph
	if (text.length > 400 || !/\b(?:19|20)\d{2}\b/.test(text)) return undefined;
	const natural = NATURAL_HEAD.exec(text);
	// Three full names or more parted by commas read either way (`Jim Waldo, Geoff Wyant, Ann Wollrath.`); an inverted
	// name's given name mostly stands alone (`Hunt, Andrew`), so a reading in natural order that covers as many names
	// is the one (two may be one name inverted: `Le Guin, Ursula K.`)
	const read = HEAD.exec(text);
	const listed = !!natural && natural[1]!.split(',').length > 2 && natural[1]!.length >= (read?.[1]!.length ?? 0);
	const inverted = listed ? null : read;
	const head = inverted ?? natural;
	if (!head) return undefined;
	// Names in natural order open many a sentence (`The Best Books. …`): their title must be set apart, in italics,
	// in quotes or as the line's link
	const found = titleAt(text, head[0].length, marks, inverted ? [] : links);
	if (!inverted && !found?.set) return undefined;
	// APA's edition or volume after the title (`(2nd ed.)`) is no part of it
	const title = squash(found?.title.replace(/\s*\([^)]*\bed\.?\)$|\s*\[[^\]]*\]$/, '') ?? '');
	// (a title set apart may open in lower case: `"nscp dorm"`)
	if (!found || title.length < 2 || !(found.set || /^[\p{Lu}\d]/u.test(title))) return undefined;
	// (an edition in brackets after an italic title is neither title nor publisher: `<i>Deep Work</i> (2nd ed.).`)
	// The brackets right after the title (an edition, its translators, what it is), read once and then passed
	const lead = /^[\s.,]*(?:([([])([^)\]]{1,60})[)\]])?[\s.,]*/.exec(text.slice(found.rest))!;
	const [, opener, bracket = ''] = lead;
	// (square brackets say what the work is, after the title set apart or closing its sentence: `[MOOC]`, `[Podcast
	// audio]`)
	const described = describedKind(opener === '[' ? bracket : /\[([^\]]*)\]$/.exec(found.title)?.[1] ?? '');
	let after = text.slice(found.rest + lead[0].length)
		.replace(/\s*(?:https?:\/\/|doi:)\S*/gi, '');
	// The publisher's sentence is the first after the title (pages, an ISBN, a `Retrieved` date come later), past the
	// translator's and the edition's (Chicago: `Translated by Gregory Rabassa. New York: Harper Perennial, 2006.`)
	const credits: string[] = [];
	for (let credit; (credit = CREDIT.exec(after)); after = after.slice(credit[0].length)) credits.push(credit[0]);
	const rest = after.slice(0, TITLE_END.exec(after)?.index);
	const late = new RegExp(`\\b(${YEAR})\\b(?![-/]\\d)`).exec(rest);
	const day = head.groups?.['day'] ? dayAfterYear(head.groups['day'], MONTHS) : undefined;
	const month = head.groups?.['mm'] ?? monthNumber(head.groups?.['month']) ?? day?.mm;
	const dd = head.groups?.['dd'] ?? day?.dd;
	const cited = head.groups?.['cited'];
	const early = cited && month ? `${cited}-${month}${dd ? `-${dd}` : ''}`
		: cited ?? head.groups?.['dated'];
	const year = early ?? late?.[1];
	// A paper's venue after a title in natural-order style (`Communications of the ACM, 1978`, `OSDI, 2004`)
	// (or its proceedings or journal in italics right after an unmarked title, as APA sets them: `Title.
	// <i>Proceedings of CHI 2006</i>, 541–550.`)
	const venue = !found.set && marks.find(m => m.start >= found.rest && m.start <= found.rest + 2);
	const journal = JOURNAL.test(after.replace(/\bISBN[\s:-]*[\dXx -]+/g, ''))
		|| (!inverted && found.set !== 'italic' && VENUE.test(after))
		|| (!!venue && VENUE.test(text.slice(venue.start, venue.end)));
	// The publisher: after the city's colon, before the year (`New York: Grand Central, 2016.`), past the edition and
	// the translator (`Translated by Gregory Rabassa, Harper Perennial`)
	const parts = rest.slice(0, late && !early ? late.index : undefined).replace(/^.*:\s+/, '')
		.split(/[,;]\s+/).map(part => part.replace(/[\s.,;:]+$/, ''));
	credits.push(...parts.filter(part => CREDIT.test(part)));
	const publisher = parts.filter(part => part && !CREDIT.test(part)).join(', ');
	// (a sentence naming what the work is, `Blog post.`, is no house: the work is a post)
	// (nor a blog's series the work is part of: `Blog series, 2014.`)
	const post = BLOG_POST.test(publisher) || credits.some(credit => /^blog\s+series\b/i.test(credit));
	const named = !journal && !post && found.set !== 'quoted' && /^\p{Lu}/u.test(publisher) && !/\d/.test(publisher)
		&& publisher.split(' ').length <= 7;
	// APA names an article's journal before its volume (`Réseaux, 211(5), 173-220.`), Wikipedia's CS1 as a sentence of
	// its own (`Communications of the ACM. 21 (11): 966–975.`): the journal is its publisher
	const periodical = journal ? /^(\p{Lu}[^,.\d]{1,80})[,.]\s*\d+\s*\(/u.exec(after)?.[1] : undefined;
	const yearOnly = bare && /^(?:19|20)\d{2}\.?$/.test(after.trim());
	if (!year || !(named || journal || found.set || yearOnly)) return undefined;
	const isbn = isbnsIn(after);
	const group = head.groups?.['group'];
	const names = group ? groups(group) : people(head[1]!, !inverted);
	// An article's periodical set in italics after its quoted title is where it was published, maybe to the month
	// (Chicago: `"Title." <i>Journal</i> 40, no. 3 (1999): 455–83.`, `"Title." <i>Atlantic Monthly</i>, July 1945.`),
	// in the styles that date the entry at its end (author-date lines, `Name. 2008. "Title."`, keep no publisher)
	const italic = found.set === 'quoted' && !early
		? marks.find(m => m.start > found.rest && m.start <= found.rest + 2) : undefined;
	const issue = italic && new RegExp(`^,\\s+(${MONTH})\\s+(${YEAR})\\b`).exec(text.slice(italic.end));
	const dated = issue && issue[2] === year ? `${year}-${monthNumber(issue[1])}` : year;
	if (italic) {
		return {title, authors: names, contributors: parsePeople(credits.join('; ')).contributors, publishedAt: dated,
			span: {start: found.rest - found.title.length, end: found.rest},
			publisher: squash(text.slice(italic.start, italic.end)), type: journal ? 'J' : 'article'};
	}
	const edited = !!head.groups?.['edited'];
	return {
		title, authors: edited ? [] : names,
		contributors: [
			...(edited ? names.map(name => ({name, role: 'editor'})) : []),
			...parsePeople(credits.join('; ')).contributors, ...bracketCredits(bracket),
		],
		publishedAt: year,
		span: {start: found.rest - found.title.length, end: found.rest},
		...(named ? {publisher} : periodical ? {publisher: periodical} : {}), ...(isbn.length ? {isbn} : {}),
		// A title in quotes is a part of what follows: an article in a journal, a site, a collection
		...(journal ? {type: 'J'} : described ? {type: described}
			: found.set === 'quoted' || post ? {type: 'article'} : {}),
	};
}
