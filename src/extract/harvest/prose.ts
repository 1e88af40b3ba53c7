import {answering} from './asked.ts';
import {citationIn, publisherIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {BY_PLAIN} from './people.ts';
import {BIDDING, joinedSurnames, NAME_PAIR, personNames} from './names.ts';
import type {Segment} from './segments.ts';
import {glossedWorks} from './glosses.ts';
import {cleanTitle, TITLE_RUN} from './text.ts';

/** `Title by Name` in a sentence: the title-case run right before the `by`, the names after it (read apart). */
const RUN_BY = new RegExp(String.raw`(?<![\p{L}\d'’])(${TITLE_RUN})\s+by\s+(?=(${NAME_PAIR}))`, 'gu');
/** `Title (Name & Name)`: the run right before brackets holding only its people. */
const RUN_NAMED = new RegExp(String.raw`(?<![\p{L}\d'’])(${TITLE_RUN})\s+[(（]([^()（）]{3,60})[)）]`, 'gu');
/**
 * `Title by Surname and Surname (…, Year)`: surnames alone after `by`, a citation's bracket closing them on a year
 * (`Engineering a Compiler by Cooper and Torczon (3rd edition, Morgan Kaufmann, 2022)`), read on any page.
 */
const RUN_BY_SURNAMES = new RegExp(String.raw`(?<![\p{L}\d'’])(${TITLE_RUN})\s+by\s+((?:\p{Lu}[\p{L}'’-]+,\s+)*`
	+ String.raw`\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)\s*[(（]([^()（）]{0,60}?\b(?:19|20)\d{2})[)）]`, 'gu');
/** A word bidding the reader, opening the run before the title (`Read Staff Engineer by …`). */
const BIDDING_OPENER = new RegExp(`^(?:(?:${[...BIDDING, 'And', 'But', 'Or', 'Plus', 'Both'].join('|')})\\s+)+`);

/**
 * A by-word right before a run, maybe a name and `and` between: the run is the people (`by`, `de`, `von`, `van`,
 * `di`, `af`, `por`, `par`, `door`; `de David Thomas y Andrew Hunt (…)`).
 */
const BY_WORD = new RegExp(String.raw`(?:^|\s)(?:by|do|da|${BY_PLAIN.join('|')})\s+`
	+ String.raw`(?:[^.;:()]{1,40}\s+(?:and|y|e|und|et|en|og|och|dan|&)\s+)?$`, 'i');
/** A by-word opening a run, capitalised as a paragraph's first word. */
const BY_OPENING = new RegExp(`^(?:by|${BY_PLAIN.join('|')})\\s+(?=\\p{Lu})`, 'iu');
/** A year closing a citation's facts in brackets (`Morgan Kaufmann 2022`, `1976`). */
const CITED_YEAR = /\b(?:19|20)\d{2}$/;

/**
 * The works an answer names in its sentences, no mark setting them apart: a title-case run before `by` and a full
 * name (`Staff Engineer by Will Larson and The Staff Engineer's Path by Tanya Reilly`), or before brackets holding
 * only its people (`Computer Systems: A Programmer's Perspective (Bryant & O'Hallaron) is the book…`). Read where the
 * page asks for works (asked.ts): elsewhere a capitalised run before `by` is as often a company or a product. On any
 * page, a run before brackets citing its people and then its year is one (`Engineering a Compiler (Cooper &
 * Torczon, 3rd ed., Morgan Kaufmann 2022)`, `Lambda: The Ultimate Imperative (Steele & Sussman, 1976)`).
 */
export function proseWorks(seg: Segment, ctx: Context): Candidate[] {
	const found: Candidate[] = [];
	const read = (title: string, start: number, end: number, authors: string[], facts?: string) => {
		const bare = title.replace(BIDDING_OPENER, '');
		const shift = title.length - bare.length;
		const name = cleanTitle(bare);
		// (a title is two words or more, or one with a digit: `Peopleware` alone in a sentence is too often a word)
		if (!/[\s\d]/.test(name) || authors.some(person => name.includes(person))) return;
		const bib = {authors, contributors: [], ...citationIn(facts ? `(${facts})` : seg.text.slice(end, end + 160), authors)};
		// (a citation's year closes its facts: `(Moseley and Marks, 2006)`)
		bib.publishedAt ??= facts ? CITED_YEAR.exec(facts)?.[0] : undefined;
		const span = {start: start + shift, end: start + title.length};
		// (a citation of people and year is one alone too; a bare `Title by Name` only among other works, index.ts)
		found.push(item(name, seg, span, answering(ctx), bib, facts ? {} : {unlinked: true}));
	};
	RUN_BY.lastIndex = 0;
	for (let m = ctx.asked ? RUN_BY.exec(seg.text) : null; m; m = RUN_BY.exec(seg.text)) {
		// (the names end with their sentence, and the pair's second may be the next title: `by Will Larson and The
		// Staff Engineer's Path by …`)
		const pair = m[2]!.split(/(?<=\p{Ll}{2})\.\s/u)[0]!;
		const first = pair.split(/\s+(?:and|&)\s+/)[0]!;
		const whole = personNames(pair);
		const names = whole ?? personNames(first);
		if (!names) continue;
		const end = m.index + m[0].length + (whole ? pair : first).length;
		read(m[1]!, m.index, end, names);
		RUN_BY.lastIndex = end;
	}
	for (const m of seg.text.matchAll(RUN_BY_SURNAMES)) {
		const names = joinedSurnames(m[2]!);
		const end = m.index + m[0].length;
		if (names && !found.some(c => c.title === cleanTitle(m[1]!))) read(m[1]!, m.index, end, names, m[3]);
	}
	for (const m of seg.text.matchAll(RUN_NAMED)) {
		const names = ctx.asked ? personNames(m[2]!) ?? joinedSurnames(m[2]!) : undefined;
		const [who, ...facts] = m[2]!.split(/\s*,\s*/);
		// (not a byline's names before their imprint: `, de Robert C. Martin (Anaya Multimedia, 2012)`)
		// (nor a run that is a by-word and a name itself, opening its paragraph: `Karya Name (House, 2020)`)
		const opening = BY_OPENING.exec(m[1]!);
		const byline = BY_WORD.test(seg.text.slice(Math.max(0, m.index - 60), m.index)) || !!publisherIn(who!)
			|| (!!opening && !!personNames(m[1]!.slice(opening[0].length)));
		const cited = names || byline || !CITED_YEAR.test(facts.at(-1) ?? '') ? undefined
			: personNames(who!) ?? joinedSurnames(who!);
		const people = names ?? cited;
		if (people) read(m[1]!, m.index, m.index + m[0].length, people, cited && facts.join(', '));
	}
	// (and a stand-in glossed in brackets: `TAPL (Types and Programming Languages, Pierce)`, glosses.ts)
	found.push(...glossedWorks(seg, ctx).filter(work => !found.some(c => c.title === work.title)));
	return found.sort((a, b) => seg.text.indexOf(a.title) - seg.text.indexOf(b.title));
}
