/**
 * A post whose works are each a heading gives each one's facts in the section under it, however it sets them: a list
 * of labelled lines (`Yazar: X`, `Yayınevi: Y`, `Basım yılı: 2019`) after a paragraph about the work, a table of
 * label and value rows, a line of facts before a buy button. A label no list knows (`Sayfa sayısı: 432`,
 * `Orijinal adı: Clean Code`) is no break in them. The section ends at the next heading or the next work found.
 */
import {bibIn, FACT_LABELS} from './biblio.ts';
import type {Candidate} from './item.ts';
import {fill} from './merge.ts';
import type {Segment} from './segments.ts';

/** A card's line labelling a work's fact (`Autori:`, `Editore:`, `Yazar:`). */
export const FACT_LABEL = new RegExp(`^\\s*(?:${FACT_LABELS.join('|')})\\s*[:：]`, 'iu');
/** How far under its heading a section's facts are looked for: a cover, a paragraph or two, the facts, a button. */
const REACH = 12;

/** A name's last word. */
const surname = (name: string) => name.split(/\s+/).at(-1)!;

/** Fills each heading's work with the labelled facts of its section, where the reading before gave none of them. */
export function sectionFacts(segs: Segment[], found: Candidate[]): void {
	const works = new Map<number, Candidate[]>();
	for (const c of found) works.set(c.seg, [...works.get(c.seg) ?? [], c]);
	for (const [at, [work, ...others]] of works) {
		if (!work || others.length || !/^H[2-6]$/.test(segs[at]?.tag ?? '')) continue;
		for (let i = at + 1; i < Math.min(segs.length, at + REACH + 1); i++) {
			const seg = segs[i]!;
			if (/^H[1-6]$/.test(seg.tag) || works.has(i)) break;
			if (!FACT_LABEL.test(seg.text) || seg.text.length >= 200) continue;
			const bib = bibIn(seg.text);
			// (a labelled line of people names in full whom the heading names in short, each of the heading's surnames
			// among them: `– Kathy Sierra & Bert Bates` over `Penulis: Kathy Sierra, Bert Bates, Trisha Gee`)
			const inFull = work.authors?.every(name => bib.authors.some(full => surname(full) === surname(name)));
			if (bib.authors.length && inFull) work.authors = bib.authors;
			fill(work, bib);
		}
	}
}
