/**
 * A Korean sentence names a book in passing by its title set apart (bold, `『』`) with its house in brackets right
 * after it (`<b>Title</b>(House)요`, `『Title』(House, 2019)`), maybe its author before it in the genitive, an
 * honorific between (`Name 님의`, `Name의`), as forum answers add one more book to a list.
 */
import {item, type Candidate, type Context} from './item.ts';
import {HANGUL, HOUSE, PERSON} from './korean.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The house in brackets right after the title, maybe its year after a comma. */
const HOUSE_AFTER = /^\s*[(（]([^()（）,，]{2,15})(?:\s*[,，]\s*((?:19|20)\d{2}))?[)）]/u;
/** The author right before the title: a name, an honorific maybe (`님`, `씨`, `작가`, `선생님`), then `의`. */
const OWNER_BEFORE = /(?:^|\s)(\p{Script=Hangul}{2,4})\s*(?:님|씨|작가|선생님)?의\s*$/u;

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
		const imprint = HOUSE_AFTER.exec(seg.text.slice(span.end, span.end + 40));
		const title = cleanTitle(seg.text.slice(span.start, span.end));
		if (!imprint || !HOUSE.test(imprint[1]!.trim()) || title.length < 2) continue;
		const owner = OWNER_BEFORE.exec(seg.text.slice(Math.max(0, span.start - 20), span.start))?.[1];
		const authors = owner && PERSON.test(owner) ? [owner] : [];
		const year = imprint[2] ? {publishedAt: imprint[2]} : {};
		const bib = {authors, contributors: [], publisher: imprint[1]!.trim(), ...year};
		out.push({...item(title, seg, span, ctx, bib, {}), kind: 'book'});
	}
	return out;
}
