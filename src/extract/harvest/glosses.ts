/**
 * Works a sentence names by a stand-in and glosses in brackets, as chat messages and forum replies cite them in
 * passing: an acronym glossed by its title and author (`TAPL (Types and Programming Languages, Pierce)`), a bare
 * address by the title and author of its page (`<a>https://interpreterbook.com/</a> is a nice second pass (Writing An
 * Interpreter In Go, Thorsten Ball)`), a show named before its kind by its maker (`the Type Theory Forall podcast
 * (Pedro Abreu)`).
 */
import {item, type Candidate, type Context} from './item.ts';
import {KIND_NOUNS, kindFromWords} from './kind.ts';
import {joinedSurnames, personNames, SURNAME_ALONE} from './names.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, TITLE_RUN} from './text.ts';

/** A gloss in brackets: a title, a comma, its people (`(Types and Programming Languages, Pierce)`). */
const GLOSS = new RegExp(String.raw`[(（](${TITLE_RUN}),\s*([^()（）,]{3,40})[)）]`, 'gu');
/** An acronym right before its gloss. */
const ACRONYM = /(?<![\p{L}\d])(\p{Lu}{2,6})\s*$/u;
/** `the Name podcast (Full Name)`: a work named before its kind, its maker in brackets. */
const KIND_MAKER = new RegExp(String.raw`(?<![\p{L}\d])the\s+(${TITLE_RUN})\s+`
	+ String.raw`(${KIND_NOUNS.join('|')})\s+[(（]([^()（）]{3,60})[)）]`, 'gu');

/** Whether the acronym's letters are the title's words' first letters, in order, small words skippable (`SICP`). */
function abbreviates(acronym: string, title: string): boolean {
	const initials = title.split(/[\s:-]+/).filter(Boolean).map(word => word[0]!.toUpperCase());
	let at = 0;
	for (const letter of acronym) {
		while (at < initials.length && initials[at] !== letter) at++;
		if (at++ >= initials.length) return false;
	}
	return initials[0] === acronym[0];
}

/** The people of a gloss: full names, surnames joined, or one surname. */
const glossPeople = (text: string) => personNames(text) ?? joinedSurnames(text)
	?? (SURNAME_ALONE.test(text.trim()) ? [text.trim()] : undefined);

/** Whether one of the title's longer words is in the address (`Interpreter` in `interpreterbook.com`). */
const addresses = (url: URL, title: string) => title.toLowerCase().split(/[^\p{L}\d]+/u)
	.some(word => word.length >= 4 && (url.hostname + url.pathname).toLowerCase().includes(word));

/** The works a segment names by a stand-in glossed in brackets. */
export function glossedWorks(seg: Segment, ctx: Context): Candidate[] {
	const found: Candidate[] = [];
	for (const m of seg.text.matchAll(GLOSS)) {
		const title = cleanTitle(m[1]!);
		const people = glossPeople(m[2]!);
		// (a title of two words at least: `Go (Name)` is a language's)
		if (!people || !/\s/.test(title)) continue;
		const before = seg.text.slice(Math.max(0, m.index - 120), m.index);
		const acronym = ACRONYM.exec(before)?.[1];
		// (the address the sentence names before the gloss, its text the address itself)
		const sentence = before.split(/[.!?](?:\s|$)/).at(-1)!;
		const link = acronym ? undefined : seg.links.find(l => l.end <= m.index && m.index - l.end <= sentence.length
			&& /^(?:https?:\/\/|www\.)/.test(l.text.trim()) && addresses(l.url, title));
		if (!link && !(acronym && abbreviates(acronym, title))) continue;
		const span = {start: m.index, end: m.index + m[0].length};
		found.push(item(title, seg, span, ctx, {authors: people, contributors: []}, link ? {url: link.url.href} : {}));
	}
	for (const m of seg.text.matchAll(KIND_MAKER)) {
		const people = personNames(m[3]!);
		if (!people) continue;
		const span = {start: m.index, end: m.index + m[0].length};
		const kind = kindFromWords(m[2]!);
		found.push(item(cleanTitle(m[1]!), seg, span, kind ? {...ctx, section: kind} : ctx,
			{authors: people, contributors: []}, {}));
	}
	return found;
}
