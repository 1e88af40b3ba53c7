/**
 * A line naming its work in full and closing on a store's button, a link of no title (`<b>Title</b> – Name (House,
 * 2017)<br>A comment. <a>Ver en Amazon</a>`, `… <a>Buy on Amazon</a>`): the link reader takes the line's title for the
 * button's and reads its facts from the whole line, where the byline's dash goes unread. The line's own reading (its
 * title, people and imprint) is the work; the button is its address.
 */
import {bylineCandidates} from './byline.ts';
import type {Candidate, Context} from './item.ts';
import {fill} from './merge.ts';
import type {Segment} from './segments.ts';
import {isGenericText, titleKey} from './text.ts';

/** The line's reading of its one work, its store button the address; else `found` as it was. */
export function lineOverButton(seg: Segment, ctx: Context, found: Candidate[]): Candidate[] {
	const [button] = seg.links;
	if (found.length !== 1 || seg.links.length !== 1 || !isGenericText(button!.text)) return found;
	const own = bylineCandidates(seg, ctx);
	const [work] = own;
	if (own.length !== 1 || titleKey(work!.title) !== titleKey(found[0]!.title)) return found;
	if ((work!.authors?.length ?? 0) <= (found[0]!.authors?.length ?? 0)) return found;
	fill(work!, found[0]!);
	return [work!];
}
