/**
 * A catalogue's list of its own pages (a reading site's list, a library's shelf): each work's title a link alone in
 * its block, the block under it its byline, a word for `by` and the people linked to their pages (`<a>Title</a>` over
 * `de <a>Name</a> et <a>Name</a>`). The two blocks are one item of the list, and are read as one.
 */
import {personNames} from './names.ts';
import {inEnglish} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The longest byline block: a few names, no sentence. */
const BYLINE = 120;

/** A block that is one link and nothing else (a heading's is a tile's, which the reader of tiles takes). */
const linkAlone = (seg: Segment) => seg.links.length === 1 && !/^H[1-6]$/.test(seg.tag) && !/\n/.test(seg.text)
	&& cleanTitle(seg.text) === cleanTitle(seg.links[0]!.text);

/** A block of a by-word and the people it credits, each linked: the block's every link is a person's name. */
const linkedByline = (seg: Segment | undefined) => !!seg && seg.links.length > 0 && seg.text.length <= BYLINE
	&& !/\n/.test(seg.text) && /^\s*by\s/.test(inEnglish(seg.text))
	&& seg.links.every(link => personNames(link.text)?.length === 1);

/**
 * `segs` with each linked title joined to the linked byline under it, as a list's item; the people's links are their
 * pages, no work's, and go.
 */
export function linkedBylines(segs: Segment[]): Segment[] {
	const out: Segment[] = [];
	for (let i = 0; i < segs.length; i++) {
		const [seg, next] = [segs[i]!, segs[i + 1]];
		if (!linkAlone(seg) || !linkedByline(next)) {
			out.push(seg);
			continue;
		}
		const shift = seg.text.length + 1;
		const marks = next!.marks.map(m => ({...m, start: m.start + shift, end: m.end + shift}));
		out.push({...seg, tag: 'LI', text: `${seg.text}\n${next!.text}`, marks: [...seg.marks, ...marks]});
		i++;
	}
	return out;
}
