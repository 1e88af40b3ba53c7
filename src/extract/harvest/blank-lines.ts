/**
 * A block whose lines a blank line sets apart (`…<br><br>…`) holds paragraphs, as chats, forums and plain-text posts
 * write them with no paragraph markup: each is read as a paragraph of its own (its lines may then be a list's, or one
 * work's facts), and a post's comment is no line of the work above it.
 */
import {cut, type Segment} from './segments.ts';

/** Blocks a blank line may break into paragraphs (a list item's lines are its work's). */
const BROKEN = /^(?:P|DIV|BLOCKQUOTE|TD|DD|SECTION|ARTICLE|MAIN)$/;

/** The paragraphs of `seg`, each with its links and marks; the segment itself when no blank line parts it. */
export function paragraphs(seg: Segment): Segment[] {
	if (!BROKEN.test(seg.tag) || !/\n\s*\n/.test(seg.text)) return [seg];
	const units: {start: number; end: number}[] = [];
	for (const m of seg.text.matchAll(/[^\n]*(?:\n(?!\s*\n)[^\n]*)*/g)) {
		const text = m[0];
		const lead = text.length - text.trimStart().length;
		if (text.trim()) units.push({start: m.index + lead, end: m.index + text.trimEnd().length});
	}
	return cut(seg, units).map(part => ({...part, tag: seg.tag}));
}
