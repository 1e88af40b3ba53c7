/**
 * A work cited in a sentence of prose by its imprint in brackets right after its title, as posts, threads and chats
 * name books in passing: `Seeing Like a State by James C. Scott (Yale University Press, 1998)`, `Alain Bertaud's
 * Order Without Design (MIT Press, 2018)`, `Tarjei Vesaas' Is-slottet (Gyldendal, 1963)`, `Jane Jacobs, The Death and
 * Life of Great American Cities (Random House, 1961)`, `Robert A. Caro – The Power Broker (Knopf, 1974)`. The bracket
 * `(House, Year)` says a work's title closes before it; its people say where the title opens: after them (their
 * possessive, their comma or dash), or before `by` and them, where the title's capitalised words run back to.
 */
import {fullName} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {personNames} from './names.ts';
import {splitNames} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, YEAR} from './text.ts';

/** The imprint in brackets: a house of capitalised words (`Farrar, Straus and Giroux`) and the year. */
const IMPRINT = new RegExp(String.raw`\s*\((\p{Lu}[\p{L}'’&.-]*(?:,?\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'’&.-]*){0,5})\s*,\s*(${YEAR})\)`,
	'gu');
/** Regex source: a full name as a sentence writes it, two to four capitalised words (`Robert A. Caro`). */
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}`;
/** The people owning the title (`Alain Bertaud's`, `Tarjei Vesaas'`) right before it. */
const OWNER = new RegExp(`(?:^|[\\s(])(${NAME})(?:['’]s|(?<=s)['’])\\s+(.{2,120})$`, 'u');
/** The people and a comma or a dash, then the title, opening the sentence or its clause after a colon. */
const LEADING = new RegExp(`(?:^|[:;]\\s+)(${NAME}(?:\\s+(?:&|and)\\s+${NAME})?)(?:,|\\s+[–—-])\\s+(\\p{Lu}.{1,120})$`, 'u');
/** `by` and the people closing the stretch before the bracket. */
const BY = new RegExp(`^(.{2,160}?)\\s+by\\s+(${NAME}(?:\\s+(?:&|and)\\s+${NAME})?)$`, 'u');
/** The words a title's capitalised run keeps between its capitals (`Seeing Like a State`, `Palaces for the People`). */
const SMALL = /^(?:a|an|the|of|and|for|in|on|to|at|with|without|from|or|vs\.?|&)$/;
/** A sentence's stop: after a lowercase letter, a digit or a closing mark, never an initial's (`Robert A. Caro`). */
const STOP = /(?<=[\p{Ll}\d)"”’])[.!?]\s+|[•·]\s*|\n/gu;

/** A quote opened and not closed, or closed and not opened (`Name «Title`). */
const unbalanced = (text: string) => [['«', '»'], ['“', '”'], ['„', '“'], ['(', ')']]
	.some(([open, close]) => text.split(open!).length !== text.split(close!).length);

/** The capitalised words closing `text`, as a title runs back from its `by` (`… is Seeing Like a State`). */
function titleRun(text: string): string | undefined {
	const words = text.trim().split(/\s+/);
	let at = words.length;
	while (at > 0 && (/^[\p{Lu}\d]/u.test(words[at - 1]!) || SMALL.test(words[at - 1]!))) at--;
	while (at < words.length && SMALL.test(words[at]!)) at++;
	const run = words.slice(at);
	// (a word closing a clause ends the run: `…, Happy City`)
	const clause = run.findLastIndex(word => /[,;:]$/.test(word));
	const title = run.slice(clause + 1).join(' ');
	return title.length > 1 && /^[\p{Lu}\d]/u.test(title) ? title : undefined;
}

/** The works a prose segment cites with their imprint in brackets. */
export function citedInProse(seg: Segment, ctx: Context): Candidate[] {
	if (!/^(?:P|DIV|LI|DD|BLOCKQUOTE)$/.test(seg.tag) || seg.text.length > 2000 || !seg.text.includes('(')) return [];
	const out: Candidate[] = [];
	for (const m of seg.text.matchAll(IMPRINT)) {
		// The sentence up to the bracket
		let from = 0;
		for (const stop of seg.text.slice(0, m.index).matchAll(STOP)) from = stop.index + stop[0].length;
		const before = seg.text.slice(from, m.index);
		const owned = OWNER.exec(before);
		const led = owned ? undefined : LEADING.exec(before);
		const by = owned || led ? undefined : BY.exec(before);
		const names = owned?.[1] ?? led?.[1] ?? by?.[2];
		const raw = owned?.[2] ?? led?.[2] ?? (by ? titleRun(by[1]!) : undefined);
		const authors = names ? (personNames(names) ?? splitNames(names).filter(n => fullName(n))) : undefined;
		if (!raw || !authors?.length || authors.some(name => !fullName(name))) continue;
		const end = from + before.lastIndexOf(raw) + raw.length;
		// (a title set apart, in italics or linked, closing the run is the title: `Then <i>The Pragmatic Programmer</i>
		// by …`, the run's words before it the sentence's)
		const apart = by && [...seg.marks, ...seg.links].find(s => s.start > end - raw.length && s.end === end);
		const start = apart ? apart.start : end - raw.length;
		const title = cleanTitle(seg.text.slice(start, end));
		// (a title opens with a capital, `Alain Bertaud's fourth novel` names none; is no list of people; opens no
		// quote it leaves open)
		if (title.length < 2 || /[.!?]\s/.test(title) || !/^[\p{Lu}\d]/u.test(title) || unbalanced(title)) continue;
		if (title.includes(',') && splitNames(title).every(name => fullName(name))) continue;
		// (words set apart, in bold or linked, are the title: `<strong>Code Complete</strong>, Steve McConnell (…)`
		// reads title first, as the readers of lines read it)
		const at = from + before.indexOf(names!);
		if ([...seg.marks, ...seg.links].some(s => s.start <= at && s.end >= at + names!.length)) continue;
		const link = seg.links.find(l => l.start >= start && l.end <= m.index);
		out.push(item(title, seg, {start, end}, ctx,
			{authors, contributors: [], publisher: m[1]!, publishedAt: m[2]!}, link ? {url: link.url.href} : {}));
	}
	return out;
}
