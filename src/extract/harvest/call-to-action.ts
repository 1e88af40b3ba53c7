/**
 * A top-N list's buttons are calls to action, each telling where to get the work (`Vedi su Amazon`, `Acquista su
 * IBS`). A button worded otherwise that ends as one of them does (`Cartaceo su Amazon`: the format, then the same
 * store) is one too, not a title, though no list of verbs knows its first word.
 */
import type {Candidate} from './item.ts';
import type {Segment} from './segments.ts';
import {isGenericText} from './text.ts';

/** A button's words at most. */
const BUTTON_WORDS = 4;

/** A text's last two words, lowercase: where a call to action sends (`su amazon`). */
const tail = (text: string) => text.trim().toLowerCase().split(/\s+/).slice(-2).join(' ');

/** The candidates without the links worded as the page's calls to action end. */
export function withoutCallsToAction(segs: Segment[], found: Candidate[]): Candidate[] {
	const where = new Set<string>();
	for (const seg of segs) {
		for (const link of seg.links) {
			const words = link.text.trim().split(/\s+/);
			const button = words.length > 2 && words.length <= BUTTON_WORDS;
			if (button && isGenericText(link.text)) where.add(tail(link.text));
		}
	}
	if (!where.size) return found;
	return found.filter(c => {
		const words = c.title.trim().split(/\s+/);
		const button = !!c.url && words.length <= BUTTON_WORDS && !c.authors?.length && where.has(tail(c.title));
		return !button;
	});
}
