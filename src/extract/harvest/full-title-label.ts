/**
 * A top-N list names each work in its heading by a short title (`1. Il linguaggio C`), then gives its facts a labelled
 * line each, the first its full title (`Titolo completo: Il linguaggio C. Principi di programmazione…`, `Full title:`),
 * as affiliate posts and shops' product sheets write them. The labelled title is the work's: the heading shortened it.
 * Its other labelled lines are its facts, and the first call to action under them (`Vedi su Amazon`) its page.
 */
import {bibIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {FACT_LABEL} from './section-facts.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, isGenericText} from './text.ts';

/** Labels of a work's full title on a product sheet, in the languages of Europe and beyond. */
const FULL_TITLES = ['full title', 'complete title', 'titolo completo', 'título completo', 'titre complet',
	'vollständiger titel', 'volledige titel', 'pełny tytuł', 'judul lengkap', 'tam başlık', 'полное название'];
const FULL_TITLE = new RegExp(`^\\s*(?:${FULL_TITLES.join('|')})\\s*[:：]\\s*(\\S.{1,200})$`, 'iu');
/** How far under its heading the work's facts and its call to action may stand. */
const REACH = 12;

/** The works of headings whose first labelled line is the full title; `read` the segments (heading, facts) taken. */
export function fullTitleLabels(segs: Segment[], page: URL): {works: Candidate[]; read: Set<number>} {
	const works: Candidate[] = [];
	const read = new Set<number>();
	segs.forEach((seg, i) => {
		const full = /^H[2-6]$/.test(seg.tag) ? FULL_TITLE.exec(segs[i + 1]?.text ?? '')?.[1] : undefined;
		if (!full) return;
		let end = i + 2;
		const facts: string[] = [];
		while (end < segs.length && FACT_LABEL.test(segs[end]!.text)) facts.push(segs[end++]!.text);
		const bib = bibIn(facts.join('\n'));
		if (!bib.authors.length && !bib.publisher) return;
		let url: string | undefined;
		for (let k = end; k < Math.min(segs.length, i + REACH); k++) {
			if (/^H[1-6]$/.test(segs[k]!.tag)) break;
			const link = segs[k]!.links.length === 1 ? segs[k]!.links[0]! : undefined;
			if (link && link.text.trim() === segs[k]!.text.trim() && isGenericText(link.text)) {
				url = link.url.href;
				break;
			}
		}
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false};
		const title = cleanTitle(full);
		works.push(item(title, seg, {start: 0, end: seg.text.length}, ctx, bib, url ? {url} : {}));
		for (let k = i; k < end; k++) read.add(k);
	});
	return {works, read};
}
