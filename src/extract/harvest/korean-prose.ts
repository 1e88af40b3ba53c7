/**
 * A Korean sentence names a book in passing by its title set apart (bold, `『』`) with its house in brackets right
 * after it (`<b>Title</b>(House)요`, `『Title』(House, 2019)`), maybe its author before it in the genitive, an
 * honorific between (`Name 님의`, `Name의`), as forum answers add one more book to a list.
 */
import {item, type Candidate, type Context} from './item.ts';
import {HANGUL, HOUSE, koreanCredit, PERSON} from './korean.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The house in brackets right after the title, maybe its year after a comma. */
const HOUSE_AFTER = /^\s*[(（]([^()（）,，]{2,15})(?:\s*[,，]\s*((?:19|20)\d{2}))?[)）]/u;
/**
 * The author right before the title: a name, an honorific maybe (`님`, `씨`, `작가`, `선생님`), then `의`; a foreign
 * name's initials before it (`E. H. 카의`).
 */
const OWNER_BEFORE = /(?:^|\s)((?:\p{Lu}\.\s?){0,3}\p{Script=Hangul}{1,4})\s*(?:님|씨|작가|선생님)?의\s*$/u;
/**
 * A broadcaster's name before a title: three to five letters, a capital past the first (`KBS`, `tvN`, `JTBC`), no
 * capitalised word (`Mankiw`).
 */
const BROADCASTER_BEFORE = /(?:^|\s)((?=[A-Za-z]+\p{Lu})[A-Za-z]{3,5}\d?)\s*$/u;
/** A Korean name with a foreign one's initials before it (`E. H. 카`). */
const INITIALLED = /^(?:\p{Lu}\.\s?){1,3}\p{Script=Hangul}{1,4}$/u;

/** The spans a segment sets apart: its marks, and its titles in `『』`. */
function titleSpans(seg: Segment): Span[] {
	const cornered = [...seg.text.matchAll(/『[^『』\n]{1,80}』/gu)];
	return [...seg.marks, ...cornered.map(m => ({start: m.index, end: m.index + m[0].length}))];
}

/** The works a Korean prose segment names by a title set apart and its house in brackets. */
export function koreanProse(seg: Segment, ctx: Context): Candidate[] {
	if (!HANGUL.test(seg.text) || /^(?:LI|H[1-6])$/.test(seg.tag)) return [];
	const out: Candidate[] = [];
	for (const span of titleSpans(seg)) {
		const after = seg.text.slice(span.end, span.end + 80);
		const house = HOUSE_AFTER.exec(after);
		const imprint = house && HOUSE.test(house[1]!.trim()) ? house : null;
		// (or a credit in the brackets, each role after its names, the house closing it: `『Title』 (A 옮김, House)`)
		const credit = imprint || !/^\s*[(（]/u.test(after) ? undefined : koreanCredit(after);
		const title = cleanTitle(seg.text.slice(span.start, span.end));
		// A broadcaster's name in Latin capitals right before a title in 『』 names its programme (`KBS 『Title』`,
		// `tvN 『Title』`): a show to watch, the broadcaster its publisher, no book
		const channel = BROADCASTER_BEFORE.exec(seg.text.slice(Math.max(0, span.start - 12), span.start))?.[1];
		if (channel && seg.text[span.start] === '『' && title.length > 1) {
			out.push({...item(title, seg, span, ctx, {authors: [], contributors: [], publisher: channel}, {}),
				kind: 'video'});
			continue;
		}
		if ((!imprint && !credit?.publisher) || title.length < 2) continue;
		const owner = OWNER_BEFORE.exec(seg.text.slice(Math.max(0, span.start - 20), span.start))?.[1];
		// (or a name alone before it opening a line that is the work's alone, as an answer lists them: `Name 『Title』
		// (House)`)
		const opening = seg.text.slice(0, span.start).trim();
		const closed = (imprint?.index ?? 0) + (imprint?.[0].length ?? 0);
		const alone = !!imprint && !owner && !/\p{L}/u.test(after.slice(closed)) && PERSON.test(opening);
		const named = owner ?? (alone ? opening : undefined);
		const authors = credit?.authors.length ? credit.authors
			: named && (PERSON.test(named) || INITIALLED.test(named)) ? [named] : [];
		const year = imprint?.[2] ? {publishedAt: imprint[2]} : {};
		const publisher = (imprint?.[1] ?? credit!.publisher!).trim();
		const bib = {authors, contributors: credit?.contributors ?? [], publisher, ...year,
			...credit?.publishedAt ? {publishedAt: credit.publishedAt} : {}};
		out.push({...item(title, seg, span, ctx, bib, {}), kind: 'book'});
	}
	return out;
}
