/**
 * Link cards, as blog engines render a pasted address (Ghost's bookmark card, Notion's bookmark): one link wrapping
 * the page's title, its description, then a line of its author and publisher in elements named so
 * (`kg-bookmark-author`, `kg-bookmark-publisher`). The card is one work: its first line the title, its named fields
 * its facts; its other lines are no titles.
 */
import {bibIn, PUBLISHER_LABELS, YEAR_LABELS} from './biblio.ts';
import {VENUE} from './citation.ts';
import {fieldBib} from './field-classes.ts';
import {item, type Candidate, type Context} from './item.ts';
import {AUTHOR_LABELS, TRANSLATOR_LABELS} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** Lines a card holds at most (title, description, metadata, the address). */
const CARD_LINES = 5;

/**
 * A line labelling one of a work's facts (`저자: A`, `Publisher: B`), as a card's definition list of terms reads (see
 * term-labels.ts): the label was the term, outside the link its definition held.
 */
const FACT_LABEL = new RegExp(`^\\s*(?:authors?|translators?|publisher|${[...AUTHOR_LABELS, ...TRANSLATOR_LABELS,
	...PUBLISHER_LABELS, ...YEAR_LABELS].join('|')})\\s*[:：]\\s*`, 'iu');

/** The address a segment is wholly the link to, if it is (a line inside a link wrapping the card), its label aside. */
const wholeLink = (seg: Segment | undefined) => {
	const link = seg?.links.length === 1 ? seg.links[0]! : undefined;
	const label = FACT_LABEL.exec(seg?.text ?? '')?.[0].length ?? 0;
	return link && (link.start === 0 || link.start === label) && link.end >= seg!.text.length ? link.url.href
		: undefined;
};

/** The works of a page's link cards, and the segments they stand for (whose own readings give way). */
export function linkCards(segs: Segment[], page: URL): {cards: Candidate[]; lines: Set<number>} {
	const cards: Candidate[] = [];
	const lines = new Set<number>();
	for (let i = 0; i < segs.length; i++) {
		const url = wholeLink(segs[i]);
		if (!url || /^H[1-6]$/.test(segs[i]!.tag)) continue;
		let end = i + 1;
		while (end < segs.length && end - i < CARD_LINES && wholeLink(segs[end]) === url) end++;
		// (the named fields come after the title: the card's first line is never its metadata)
		const meta = segs.slice(i + 1, end).find(s => s.fields?.author || s.fields?.publisher);
		// (or its facts labelled, a line each: a shop's book card, `저자: A`, `출판: B`, `발매: 2013.12.24.`)
		const labelled = segs.slice(i + 1, end).filter(s => FACT_LABEL.test(s.text)).map(s => s.text);
		if (!meta && !labelled.length) continue;
		const title = cleanTitle(segs[i]!.text);
		const bib = meta ? fieldBib(meta.fields!) : bibIn(labelled.join('\n'));
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false};
		// (a journal's or a society's name for a publisher says the page is a paper: `Communications of the ACM`)
		const paper = !!bib.publisher && VENUE.test(bib.publisher);
		const card = item(title, segs[i]!, {start: 0, end: segs[i]!.text.length}, ctx, bib, {url});
		if (paper) card.kind = 'paper';
		cards.push(card);
		for (let k = i; k < end; k++) lines.add(k);
		i = end - 1;
	}
	return {cards, lines};
}
