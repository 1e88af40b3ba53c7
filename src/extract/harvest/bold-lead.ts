/**
 * A list item opening with its work's title set apart in bold, then its facts: where and when it was given in
 * brackets (`(TU Wien, 2021)`, a school's or a house's name and the year), and whose it is after a dash (`— Sebastian
 * Hofstätter’s lecture series`); its only link, further on, its address written out (`Materials: <a>github.com/…</a>`),
 * which names no work itself: the work is the bold title's, the address its page.
 */
import {fullName} from './biblio.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {kindFromWords} from './kind.ts';
import {OWNED} from './links.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** `(House, 2021)` right after the title. */
const BRACKET = /^\s*[(（](\p{Lu}[^,()（）]{1,40}?)\s*,\s*((?:19|20)\d{2})[)）]/u;
/** `— Name’s lecture series` after it: the owner, a word or two, the kind of work. */
const OWNER = new RegExp(String.raw`^\s*[-–—]\s*(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})['’]s?\s+`
	+ String.raw`(?:[\p{L}-]+\s+){0,2}?(?:${OWNED.join('|')})s?\b`, 'u');
/** A link's text that is an address written out (`github.com/owner/repo`, `https://…`). */
const ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?$/i;

/** The work such an item names, or undefined. */
export function boldLead(seg: Segment, ctx: Context): Candidate | undefined {
	const lead = seg.tag === 'LI' ? seg.marks.find(m => m.start === 0) : undefined;
	if (!lead || seg.links.some(l => !ADDRESS.test(l.text.trim()) || l.start < lead.end)) return undefined;
	const title = cleanTitle(seg.text.slice(0, lead.end));
	const rest = seg.text.slice(lead.end);
	const bracket = BRACKET.exec(rest);
	const owned = OWNER.exec(rest.slice(bracket?.[0].length ?? 0));
	const owner = fullName(owned?.[1] ?? '');
	if (title.length < 2 || NOT_TITLE.test(title) || /[.!?]\s/.test(title) || !bracket || !owner) return undefined;
	const link = seg.links[0];
	const work = item(title, seg, lead, ctx, {authors: [owner], contributors: [], publisher: bracket[1]!,
		publishedAt: bracket[2]!}, link ? {url: link.url.href} : {});
	// (what the owner's words call it, else its section, says its kind: the bracket names where it was given, no house
	// of a book's)
	const kind = kindFromWords(owned![0]) ?? ctx.section;
	if (kind) work.kind = kind;
	return work;
}
