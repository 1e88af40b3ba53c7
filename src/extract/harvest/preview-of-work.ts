/**
 * A link's preview card under a work named with no link, the card's title naming the work, is its page: `<h2>13.
 * nanoGPT — Andrej Karpathy</h2>`, a comment, then the card `GitHub - karpathy/nanoGPT: …` (no other heading between
 * them but the card's own).
 */
import type {Candidate} from './item.ts';
import {fill} from './merge.ts';
import type {Segment} from './segments.ts';
import {titleKey} from './text.ts';

/** How far below its work a card may stand: a comment's few paragraphs. */
const CARD_REACH = 6;

/** The works with their cards' addresses and kinds, the cards themselves dropped. */
export function cardsOfWorks(found: Candidate[], segs: Segment[]): Candidate[] {
	const merged = new Set<Candidate>();
	for (const [k, card] of found.entries()) {
		const work = found[k - 1];
		// (a card: its heading one link, the lines under it the same link's, its description and its site)
		const heading = segs[card.seg]!;
		const previewed = /^H[1-6]$/.test(heading.tag) && heading.links.length === 1
			&& heading.links[0]!.text.trim() === heading.text.trim()
			&& segs[card.seg + 1]?.links[0]?.url.href === heading.links[0]!.url.href;
		if (!previewed || !work || work.url || card.seg - work.seg > CARD_REACH
			|| segs.slice(work.seg + 1, card.seg).some(s => /^H[1-6]$/.test(s.tag))) continue;
		const [mine, its] = [titleKey(work.title), titleKey(card.title)];
		if (Math.min(mine.length, its.length) < 4 || !(its.includes(mine) || mine.startsWith(its))) continue;
		if (!work.publisher && card.kind !== 'article') work.kind = card.kind;
		fill(work, card);
		merged.add(card);
	}
	return merged.size ? found.filter(c => !merged.has(c)) : found;
}
