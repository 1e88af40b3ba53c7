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

/** A rule drawn in plain text: a run of one character (`=====`, `-----`, `─────`, `*****`). */
const RULE = String.raw`([=\-─━_*~#])\1{4,}`;
/** A paragraph of one short line between two such rules, or under one: a plain-text post's heading. */
const RULED = new RegExp(String.raw`^(?:${RULE}\n)?([^\n]{1,60})\n${RULE}$`, 'u');

/**
 * Plain-text posts head their sections by a line between rules drawn in text (`=====\n二、正規教科書\n=====`), as
 * BBS and mailing-list posts have no markup for one: read as a heading, the section under it its.
 */
export function ruledHeadings(segs: Segment[]): Segment[] {
	let heading: string | undefined;
	let under = '';
	return segs.map(seg => {
		const ruled = RULED.exec(seg.text);
		if (ruled) {
			[heading, under] = [ruled[2]!.trim(), seg.heading];
			return {...seg, tag: 'H3', text: heading, links: [], marks: []};
		}
		// (up to a heading of the page's own markup)
		if (heading === undefined || seg.heading !== under) heading = undefined;
		return heading === undefined ? seg : {...seg, heading};
	});
}
