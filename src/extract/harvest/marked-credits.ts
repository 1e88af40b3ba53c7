/**
 * Works named in prose by a title set apart (italics, bold, `<cite>`) with the facts a writer gives beside it:
 *
 * - its people after a comma, then its year or its imprint (`<i>Out of the Tar Pit</i>, Ben Moseley și Peter Marks,
 *   2006.`, `<strong>The High Cost of Free Parking</strong>, Donald Shoup. Planners Press, 2005`), or its people before
 *   it after a comma, opening the sentence or its clause (`…: Daniel Kahneman, <i>Gândire rapidă, gândire lentă</i>,`);
 * - or its year alone in brackets in the note under a work's record (`Fortsett gjerne med <em>Title</em> (2020)`,
 *   `seguiu amb <cite>Mirall trencat</cite> (1974)`): a further work of the same people, as a record's note goes on
 *   to the writer's other books.
 */
import {dateIn, fullName, type Bib} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {kindFromWords} from './kind.ts';
import {AND_WORDS} from './names.ts';
import {BY_PLAIN} from './people.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle, YEAR} from './text.ts';

/** Regex source: a year a book may be dated by. */
/** Regex source: a name's word, or its initials (`A.`, `J.K.`), never a word closing a sentence (`Shoup.`). */
const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}’'-]+)`;
/** Regex source: full names joined by a comma or an `and` word (`Ben Moseley și Peter Marks`). */
const NAMES = String.raw`${WORD}(?:\s+${WORD}){1,3}`
	+ String.raw`(?:(?:,\s*|\s+(?:&|${AND_WORDS})\s+)${WORD}(?:\s+${WORD}){1,3})*`;
/** Regex source: a house's name, a few capitalised words (`Planners Press`, `O’Reilly`). */
const HOUSE = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}`;
/**
 * After the title: its people, then its year, its imprint's sentence or its imprint in brackets (`<b>Title</b>, Name
 * (O’Reilly, 2017)`).
 */
const AFTER = new RegExp(String.raw`^,\s+(${NAMES})(?:,\s*(${YEAR})\b|\.\s+(${HOUSE}),\s*(${YEAR})\b`
	+ String.raw`|\s*\((${HOUSE}),\s*(${YEAR})\))`, 'u');
/**
 * After the title: a dash and its people closing the sentence, their house maybe after a comma or in brackets with the
 * year (`Na start: <b>Title</b> – Aditya Bhargava (Helion).`, `<em>Title</em> – Name, Helion.`), as forum answers
 * credit a book in passing.
 */
const DASHED = new RegExp(String.raw`^\s+[–—-]\s+(${NAMES})(?:\s*\((${HOUSE})(?:,\s*(${YEAR}))?\)|,\s+(${HOUSE}))?`
	+ String.raw`(?=\s*(?:[.;!?]|$))`, 'u');
/**
 * After the title: its people closed by a comma (a suffix maybe: `Frederick P. Brooks Jr.`), then a clause saying when
 * it was published (`, first published in 1975`), as prose dates a book.
 */
const DATED_AFTER = new RegExp(String.raw`^,\s+(${NAMES}(?:\s+(?:Jr|Sr)\.)?),\s+([^,.;:!?()]{4,40})`, 'u');
/**
 * Later in its sentence, a bracket of its people, its house and its year (`<i>Refactoring</i> late, via the second
 * edition (Martin Fowler, Addison-Wesley, 2018)`): no other title set apart between them.
 */
const BRACKET_LATER = new RegExp(String.raw`^[^.!?()]{0,80}?\((${NAMES}),\s+(\p{Lu}[\p{L}'’&-]*`
	+ String.raw`(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}),\s*(${YEAR})\)`, 'u');
/** Before the title: its people's full names and 的, as Chinese says whose it is (`Brendan Burns 的 <i>Title</i>`). */
const DE_BEFORE = new RegExp(String.raw`(?:^|[\s，,：:；;。])(${NAMES})\s*的\s*$`, 'u');
/** Before the title: its people and a comma, opening the sentence or its clause after a colon. */
const BEFORE = new RegExp(String.raw`(?:^|[:;]\s+)(${NAMES}),\s+$`, 'u');
/** Its year alone in brackets right after it. */
const YEAR_AFTER = new RegExp(String.raw`^\s*\((${YEAR})\)`, 'u');

/** Its people after its bracket, by a by-word (`van Arnon Grunberg`). */
const BY_AFTER = new RegExp(String.raw`^\s+(?:by|${BY_PLAIN.join('|')})\s+(${WORD}(?:\s+${WORD}){1,3})`, 'u');

/** Or before it, by a by-word (`l'article de Paul Krugman <q>Title</q> (1996)`): a work of someone else's. */
const BY_BEFORE = new RegExp(String.raw`(?:^|\s)(?:by|${BY_PLAIN.join('|')})\s+(${WORD}(?:\s+${WORD}){1,3})\s*["“«]?\s*$`, 'u');

/** The words that call a work an article or an essay, which the kinds' words leave to the default. */
const ARTICLES = ['article', 'artikel', 'artículo', 'articolo', 'artigo', 'essay', 'essai', 'ensayo'];
const ARTICLE_WORD = new RegExp(`(?<!\\p{L})(?:${ARTICLES.join('|')})\\s*$`, 'iu');

/** Between two of those names. */
const JOINED = new RegExp(String.raw`\s*,\s*|\s+(?:&|${AND_WORDS})\s+`, 'u');

const names = (text: string) => {
	const all = text.split(JOINED).map(fullName);
	return all.every(Boolean) ? all as string[] : undefined;
};

/**
 * The people and the date (or the imprint) of a title set apart, given further on in its sentence (`rest`, ending
 * before the next title set apart at `next`): `, Name, first published in 1975`, `late (Name, House, 2018)`.
 */
function laterFacts(rest: string, next: number | undefined): Bib | undefined {
	const dated = DATED_AFTER.exec(rest);
	const date = dated ? dateIn(dated[2]!) : undefined;
	const people = dated && date ? names(dated[1]!) : undefined;
	if (people) return {authors: people, contributors: [], publishedAt: date};
	const bracket = BRACKET_LATER.exec(rest);
	const cited = bracket && (next === undefined || bracket[0].length <= next) ? names(bracket[1]!) : undefined;
	return cited && {authors: cited, contributors: [], publisher: bracket![2]!, publishedAt: bracket![3]!};
}

/** The works a prose segment names by a title set apart with its people beside it. */
export function markedCredits(seg: Segment, ctx: Context): Candidate[] {
	if (!/^(?:P|DIV|DD|BLOCKQUOTE)$/.test(seg.tag) || !seg.marks.length || seg.text.length > 2000) return [];
	const out: Candidate[] = [];
	for (const mark of seg.marks) {
		const title = cleanTitle(seg.text.slice(mark.start, mark.end));
		const linked = seg.links.some(l => l.start < mark.end && l.end > mark.start);
		if (title.length < 2 || !/^[\p{Lu}\d]/u.test(title) || linked) continue;
		const rest = seg.text.slice(mark.end, mark.end + 200);
		const after = AFTER.exec(rest);
		const dashed = after ? undefined : DASHED.exec(rest);
		const preceding = seg.text.slice(Math.max(0, mark.start - 120), mark.start);
		const before = after || dashed ? undefined : BEFORE.exec(preceding) ?? DE_BEFORE.exec(preceding);
		const authors = names((after ?? dashed ?? before)?.[1] ?? '');
		const more = authors ? undefined : laterFacts(rest, seg.marks.find(m => m.start >= mark.end)?.start);
		if (more) {
			out.push(item(title, seg, mark, ctx, more, {}));
			continue;
		}
		if (!authors) continue;
		// (before it, the title's comma closes it too: `Name, <i>Title</i>, …`, not a clause going on; 的 needs none)
		if (before && !/的\s*$/.test(before[0]) && !/^\s*[,.]/.test(seg.text.slice(mark.end))) continue;
		const year = after?.[2] ?? after?.[4] ?? after?.[6] ?? dashed?.[3];
		const house = after?.[3] ?? after?.[5] ?? dashed?.[2] ?? dashed?.[4];
		out.push(item(title, seg, mark, ctx, {authors, contributors: [], ...(house ? {publisher: house} : {}),
			...(year ? {publishedAt: year} : {})}, {}));
	}
	return out;
}

/**
 * The further works a record's note names by title and year alone (`<em>Title</em> (2020)`), each the work's before
 * it: a found work with people within the three segments above, no heading between.
 */
export function furtherWorks(segs: Segment[], found: Candidate[], ctx: (seg: number) => Context): Candidate[] {
	const out: Candidate[] = [];
	const bySeg = new Map(found.map(c => [c.seg, c]));
	segs.forEach((seg, i) => {
		if (!/^(?:P|DD)$/.test(seg.tag) || !seg.marks.length || bySeg.has(i)) return;
		let owner: Candidate | undefined;
		for (let k = i - 1; k >= i - 3 && k >= 0 && !owner; k--) {
			if (/^H[1-6]$/.test(segs[k]!.tag) && !bySeg.has(k)) break;
			owner = bySeg.get(k);
		}
		if (!owner?.authors?.length) return;
		for (const mark of seg.marks as Span[]) {
			const year = YEAR_AFTER.exec(seg.text.slice(mark.end));
			const title = cleanTitle(seg.text.slice(mark.start, mark.end));
			if (!year || title.length < 2 || !/^[\p{Lu}\d]/u.test(title)) continue;
			// (unless its own people follow: `<em>Tirza</em> (2006) van Arnon Grunberg`)
			// (or before it, its kind maybe said there too: `l'article de Name <q>Title</q> (1996)`)
			const preceding = seg.text.slice(Math.max(0, mark.start - 80), mark.start);
			const before = BY_BEFORE.exec(preceding);
			const own = BY_AFTER.exec(seg.text.slice(mark.end + year[0].length))?.[1] ?? before?.[1];
			const authors = own ? names(own) : owner.authors;
			if (!authors) continue;
			// (its link is its page; its kind is the one named before its people, not the record's)
			const link = seg.links.find(l => l.start <= mark.start && l.end >= mark.end);
			const said = preceding.slice(0, before?.index);
			const kind = !before ? owner.kind : ARTICLE_WORD.test(said) ? 'article' : kindFromWords(said);
			out.push(item(title, seg, mark, ctx(i), {authors, contributors: [], publishedAt: year[1]!},
				{...kind ? {kind} : {}, ...link ? {url: link.url.href} : {}}));
		}
	});
	return out;
}
