/**
 * Titles set apart in italics or bold in a sentence that links other works (`Start with <a>Crafting Interpreters</a>
 * by Bob Nystrom. After that, <em>Engineering a Compiler</em> by Keith Cooper and Linda Torczon …`): each is a work
 * of its own with its own byline, or its people and year in the brackets around it (`(<em>Title</em>, Aho, Lam, Sethi
 * and Ullman, 2nd ed., 2006)`), as comments and forum answers recommend.
 */
import {bibIn, bracketImprint, HOUSE_NAME, publisherIn, type Bib} from './biblio.ts';
import type {Kind} from '../../core/types.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {CLAUSE_CLOSES, joinedSurnames, NAME_PAIR, ownersBefore, personNames} from './names.ts';
import {inEnglish, parsePeople} from './people.ts';
import {countUpTo, type Segment, type Span} from './segments.ts';
import {surnames} from './syllabus-lines.ts';
import {cleanTitle, YEAR_ALONE, YEAR_WORD} from './text.ts';

/** `, Names, 2nd ed., 2006)` closing the brackets a title opens. */
const BRACKETED = /^\s*,\s*([^()]{4,80}?),\s*(\d+(?:st|nd|rd|th)\s+ed(?:ition|\.)?,?\s*)?((?:19|20)\d{2})\s*\)/u;

/** The people opening the clause before a title, a comma after them (`…: Smith & Lund, <b>Title</b>`). */
const NAMES_COMMA_BEFORE = /(?:^|[:;]\s*|[.!?]\s+)([^:;.!?,]{3,60}?),\s*$/u;
const namedBefore = (before: string) => {
	const clause = NAMES_COMMA_BEFORE.exec(before)?.[1] ?? '';
	return personNames(clause) ?? joinedSurnames(clause) ?? [];
};

/**
 * The word naming a work's kind right before its title set apart, maybe a colon between (`das Buch <i>Title</i>`, `the
 * podcast <b>Title</b>`, `Podcast: <b>Title</b>`): the sentence says what the title is, in the languages of Europe.
 */
const KIND_BEFORE: [string[], Kind][] = [
	[['Buch', 'book', 'livre', 'libro', 'livro', 'boek', 'bok', 'bog', 'książkę', 'knihu', 'книгу', 'книга'], 'book'],
	[['podcast', 'podcastu', 'подкаст'], 'podcast'],
	[['Kurs', 'course', 'cours', 'corso', 'curso', 'kurz', 'курс'], 'course'],
];
const KIND_WORD = new RegExp(`(?<!\\p{L})(${KIND_BEFORE.flatMap(([words]) => words).join('|')})\\s*[:：]?\\s*$`, 'iu');
/** The kind the word before a title names, if any. */
const kindBefore = (before: string): Kind | undefined => {
	const word = KIND_WORD.exec(before)?.[1]?.toLowerCase();
	return word ? KIND_BEFORE.find(([words]) => words.some(w => w.toLowerCase() === word))?.[1] : undefined;
};

/** Who hosts a show, after `with` right after its title, to the clause's end (`with Ann Lee and Ben Ray.`). */
const HOSTED_WITH = new RegExp(`^\\s+with\\s+(${NAME_PAIR})(?=\\s*(?:[.,;:!?)]|$))`, 'u');

/** An imprint in brackets right after the title (`(MIT Press, 2e édition 2021)`). */
const IMPRINT = /^\s*[(（]([^()（）]{4,60})[)）]/u;

/**
 * Where the facts after `from` end: at the next title set apart, for they are that title's. Marks close in order
 * (ends ascending): the search starts at the first that ends after `from`, so a segment of thousands is not scanned
 * once per mark.
 */
export function nextMark(seg: Segment, from: number): number {
	for (let i = countUpTo(seg.marks, from, m => m.end); i < seg.marks.length; i++) {
		if (seg.marks[i]!.start >= from) return seg.marks[i]!.start;
	}
	return seg.text.length;
}

/**
 * The people a bracket after a title names alone, two or more in full, a house (no name) and a year maybe closing it:
 * `Taylor Larimore, Mel Lindauer, Michael LeBoeuf`, `Terence Dickinson, Alan Dyer, Firefly Books`.
 */
function bracketPeople(inner: string): Bib | undefined {
	const parts = inner.split(/\s*,\s*/);
	const year = YEAR_ALONE.test(parts.at(-1) ?? '') ? parts.pop() : undefined;
	const named = parts.findIndex(part => !personNames(part)?.every(name => / /.test(name)));
	const authors = parts.slice(0, named < 0 ? parts.length : named).flatMap(part => personNames(part)!);
	const rest = named < 0 ? [] : parts.slice(named);
	if (authors.length < 2 || rest.length > 1 || (rest[0] && !HOUSE_NAME.test(rest[0]))) return undefined;
	return {authors, contributors: [], ...rest[0] ? {publisher: rest[0]} : {}, ...year ? {publishedAt: year} : {}};
}

/**
 * The works set apart in a segment outside its links (`taken`: the links' works), each with its people; in a segment
 * with no link (`cited`), only those a bracket cites, as a reader tells a book from emphasis there.
 */
export function markedTitles(seg: Segment, ctx: Context, taken: Candidate[], cited = false): Candidate[] {
	const out: Candidate[] = [];
	// (looked up, not scanned: a paragraph may set apart and link thousands of works)
	const titles = new Map(taken.map(c => [c.title, c]));
	// Links are disjoint and in order: only the last one opening before a mark's end can overlap it
	const outside = (m: Span) => (seg.links[countUpTo(seg.links, m.end - 1, l => l.start) - 1]?.end ?? 0) <= m.start;
	for (const mark of seg.marks.filter(outside)) {
		const title = cleanTitle(seg.text.slice(mark.start, mark.end));
		// (a title may open in lowercase where the word before it says what it is: `Podcast: <b>c't uplink</b>`)
		const said = kindBefore(seg.text.slice(Math.max(0, mark.start - 20), mark.start));
		if (title.length < 2 || !(said || /^[\p{Lu}\d]/u.test(title)) || NOT_TITLE.test(title)) continue;
		// A store button after the title (`<em>Title</em>, de A e B (House, 2012). … <a>Link na Amazon</a>.`) named its
		// link's work by it: the title's byline is that work's, the button its page
		const linked = titles.get(title);
		if (linked?.authors?.length || (linked && !linked.url)) continue;
		const after = seg.text.slice(mark.end, nextMark(seg, mark.end));
		const opened = /[(（]\s*$/.test(seg.text.slice(Math.max(0, mark.start - 20), mark.start));
		const bracket = opened ? BRACKETED.exec(after) : null;
		const names = bracket ? surnames(bracket[1]!) : undefined;
		if (names) {
			// (an edition is a book's)
			const edition = bracket![2] ? {kind: 'book' as const} : {};
			const bib = {authors: names, contributors: [], publishedAt: bracket![3]!};
			if (linked) Object.assign(linked, {...bib, ...linked, authors: names});
			else out.push(item(title, seg, mark, ctx, bib, edition));
			continue;
		}
		// (or its imprint alone in brackets, a house and a year, an edition maybe between: `et le livre qui va avec,
		// <em>Title</em> (MIT Press, 2e édition 2021)`: a book, whoever wrote it)
		const imprint = IMPRINT.exec(after)?.[1];
		const house = imprint ? publisherIn(imprint) : undefined;
		const year = house ? YEAR_WORD.exec(imprint!)?.[0] : undefined;
		if (house && year && !linked) {
			// (its people, where they open the clause before it: namedBefore)
			const authors = namedBefore(seg.text.slice(Math.max(0, mark.start - 80), mark.start));
			const bib = {authors, contributors: [], publisher: house, publishedAt: year};
			out.push({...item(title, seg, mark, ctx, bib, {}), kind: 'book'});
			continue;
		}
		// (a house no list knows or its author before its year: `<b>Skugga-Baldur</b> (Bjartur, 2003)`, `<em>Dune</em>
		// (Frank Herbert, 1965)`)
		const bracketed = imprint && !linked ? bracketImprint(imprint) : undefined;
		if (bracketed) {
			out.push(item(title, seg, mark, ctx, {contributors: [], ...bracketed}, {}));
			continue;
		}
		// (or its people alone in the bracket, two or more, its house and year maybe closing it: `<b>Title</b> (Taylor
		// Larimore, Mel Lindauer, Michael LeBoeuf)`, `<i>Title</i> (Terence Dickinson, Alan Dyer, Firefly Books)`)
		const people = imprint && !linked ? bracketPeople(imprint) : undefined;
		if (people) {
			out.push(item(title, seg, mark, ctx, people, {}));
			continue;
		}
		// (or the word for its kind right before it, its house maybe in brackets after it: `das Buch <i>Title</i>
		// (Packt)`)
		if (said && !linked) {
			// (or its people, labelled, a dash maybe after the label: `(автор — Mike Duncan)`)
			const {authors} = parsePeople((imprint ?? '').replace(/^(\p{L}+)\s+[-–—]\s+/u, '$1: '));
			const bib = {authors, contributors: [], ...house ? {publisher: house} : {}};
			out.push({...item(title, seg, mark, ctx, bib, {}), kind: said});
			continue;
		}
		// (or its own last word naming it a show, who hosts it after `with`: `the <b>Endgame Talk Podcast</b> with Ann
		// Lee.`)
		const hosts = /(?<!\p{L})podcast$/iu.test(title) && !linked ? personNames(HOSTED_WITH.exec(after)?.[1] ?? '')
			: undefined;
		if (hosts) {
			out.push({...item(title, seg, mark, ctx, {authors: hosts, contributors: []}, {}), kind: 'podcast'});
			continue;
		}
		// (or its author's full name right before it, the title closing its clause: `…, Anthony Burgess <i>Title</i>.`,
		// `lee a Stanley G. Payne, <b>Title</b>.`)
		const owner = linked ? undefined : ownersBefore(seg, mark.start, ctx.lang);
		if (owner && CLAUSE_CLOSES.test(after)) {
			const imprinted = imprint ? bracketImprint(imprint) : undefined;
			const bib = {contributors: [], ...imprinted, authors: owner};
			out.push(item(title, seg, mark, ctx, bib, {}));
			continue;
		}
		if (cited) continue;
		const english = inEnglish(after.slice(0, 300));
		if (!/^\s*[,，]?\s*by\s/.test(english)) continue;
		const bib = bibIn(english);
		if (!bib.authors.length) continue;
		if (linked) Object.assign(linked, {...bib, ...linked, authors: bib.authors});
		else out.push(item(title, seg, mark, ctx, bib, {}));
	}
	return out;
}
