/**
 * The note a list's item carries under its work's title and byline, as reading sites' lists and shelves set a
 * curator's words under each book (`<a>Title</a>`, `de <a>Name</a>`, a rating, then `<p>Why… Traduit du suédois par
 * X (House, 2006). …</p>`): the translator its sentence credits and an imprint in brackets are that work's facts.
 */
import {citationIn} from './biblio.ts';
import {fill} from './merge.ts';
import type {Candidate} from './item.ts';
import {parsePeople} from './people.ts';
import type {Segment} from './segments.ts';

/** How many blocks with no word (a rating, `4,12/5`) may stand between the item and its note. */
const BETWEEN = 2;

/** True when `seg`, a paragraph naming no work, is the note of the item before it, its facts given to that work. */
export function itemNote(seg: Segment, i: number, segs: Segment[], found: Candidate[]): boolean {
	const last = found[found.length - 1];
	if (!last?.authors?.length || seg.tag !== 'P' || segs[last.seg]?.tag !== 'LI' || i - last.seg > BETWEEN + 1) {
		return false;
	}
	if (found.filter(c => c.seg === last.seg).length !== 1) return false;
	for (let j = last.seg + 1; j < i; j++) if (/\p{L}/u.test(segs[j]!.text)) return false;
	const translators = parsePeople(seg.text).contributors.filter(c => c.role === 'translator');
	// (a citation's bracket, `(Actes Sud, 2006)`, its house and year)
	const imprint = citationIn(seg.text, last.authors);
	if (!translators.length && !imprint.publisher) return false;
	fill(last, {contributors: translators, ...imprint});
	return true;
}
