/**
 * A work a heading names, named again in full in the paragraph under it (`<h3>9. イシューからはじめよ</h3>` over
 * `安宅和人さんの『イシューからはじめよ ― 知的生産の「シンプルな本質」』（英治出版）`): the paragraph's reading is the
 * heading's work, titled as the heading writes it, and its credit in running text is the work's.
 */
import type {Candidate} from './item.ts';
import {japaneseProseCredit} from './japanese.ts';
import {fill} from './merge.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

export function headingRetold(segs: Segment[], found: Candidate[]): void {
	const read = new Set(found.map(c => c.seg));
	for (const c of found) {
		const heading = segs[c.seg - 1];
		if (!heading || !/^H[2-6]$/.test(heading.tag) || read.has(c.seg - 1)) continue;
		const title = cleanTitle(stripNumbering(heading.text));
		// (the heading's whole title, a subtitle after it: not a longer name that opens with the same word, `算法` over
		// `算法与数据结构全家桶`; nor a shop's card, whose title is the shop's full one)
		const rest = c.title.slice(title.length);
		if (c.url || title.length < 2 || !c.title.startsWith(title) || !/^\s*[\p{P}\s]/u.test(rest)) continue;
		c.title = title;
		const credit = c.authors?.length ? undefined : japaneseProseCredit(segs[c.seg]!.text);
		if (credit) fill(c, credit);
	}
}
