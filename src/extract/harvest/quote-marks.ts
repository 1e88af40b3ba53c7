/**
 * The quotation-mark reader: titles set in the quotation marks a language writes (`“…”`, `«…»`, `„…“`), each with
 * the people a by-word names right after it (`« L'Anomalie » d'Hervé Le Tellier`, `„Tschick“ von Wolfgang
 * Herrndorf`), wherever they stand in a segment: a list item, or a sentence naming two works.
 */
import {bibIn, fullName} from './biblio.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {inEnglish} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

const QUOTED = /«\s*([^«»\n]{2,150}?)\s*»|„([^„“”\n]{2,150}?)[“”]|“([^“”\n]{2,150}?)”/gu;

/** The works a segment sets in quotation marks with a byline after them; titles the links already read are theirs. */
export function quoteMarkCandidates(seg: Segment, ctx: Context, taken: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const m of seg.text.matchAll(QUOTED)) {
		const span = {start: m.index, end: m.index + m[0].length};
		if (seg.links.some(l => l.start < span.end && l.end > span.start)) continue;
		const after = inEnglish(seg.text.slice(span.end, span.end + 300));
		if (!/^\s*[,，]?\s*by\s/.test(after)) continue;
		const bib = bibIn(after);
		const title = cleanTitle(m[1] ?? m[2] ?? m[3]!);
		// A title opens with a capital, and its people are named in full: a word in quotes `by` a system is no work
		// (`alerts fired when tasks were “de-scheduled” by Workqueue`)
		if (!/^[\p{Lu}\d]/u.test(title) || !bib.authors.some(name => fullName(name)) || NOT_TITLE.test(title)) continue;
		if (taken.some(c => c.title === title)) continue;
		out.push(item(title, seg, span, ctx, bib, {quoted: true}));
	}
	return out;
}
