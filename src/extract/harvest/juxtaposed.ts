/**
 * A title set apart and its author right after it with no word between, as Persian names a book in a sentence
 * (`<strong>«بوف کور»</strong> صادق هدایت رو …`, `<em>کلیدر</em> محمود دولت‌آبادی هم …`): two or three words of
 * Arabic script up to a particle that closes the phrase (the object's `را`/`رو`, `از` from, `هم` also, `که` that,
 * `و` and, `با` with, `در` in, `به` to); a house after `از نشر` (from the publisher) is its publisher.
 */
import {publisherIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

const WORD = String.raw`\p{Script=Arabic}[\p{Script=Arabic}\u200c]+`;
const PARTICLES = ['را', 'رو', 'از', 'هم', 'که', 'و', 'با', 'در', 'به'];
const AUTHOR_AFTER = new RegExp(String.raw`^\s+(${WORD}(?:\s+${WORD}){1,2}?)\s+`
	+ String.raw`(?=(?:${PARTICLES.join('|')})(?!\p{L}))`, 'u');
/** A title in Arabic script, maybe in guillemets; not a label closing on its colon (`<b>مترجم:</b> Name`). */
const ARABIC_TITLE = /^\s*«?\s*\p{Script=Arabic}[^«»:：]{0,80}?»?\s*$/u;

/** The works a segment names so; titles already read are theirs. */
export function juxtaposedWorks(seg: Segment, ctx: Context, taken: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const mark of seg.marks) {
		const shown = seg.text.slice(mark.start, mark.end);
		const title = cleanTitle(shown);
		if (!ARABIC_TITLE.test(shown) || title.length < 2 || taken.some(c => c.title === title)) continue;
		const after = seg.text.slice(mark.end, mark.end + 120);
		const m = AUTHOR_AFTER.exec(after);
		if (!m) continue;
		const house = publisherIn(after.slice(m[0].length, m[0].length + 30));
		const bib = {authors: [m[1]!], contributors: [], ...(house ? {publisher: house} : {})};
		out.push(item(title, seg, mark, ctx, bib, {quoted: shown.includes('«')}));
	}
	return out;
}
