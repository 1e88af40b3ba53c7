/**
 * A post listing its works as headings (three or more, each a heading's work) closes with prose after them: a title
 * that prose names bare, no link, no people, no imprint, two paragraphs or more below the last heading's work, is
 * named in passing (a plan to reread, a comparison), no item of the list. The paragraph right under the last heading
 * is still that work's own.
 */
import type {Candidate} from './item.ts';
import type {Segment} from './segments.ts';

/** The works found less those named bare in the prose after a list of heading works. */
export function afterList(segs: Segment[], found: Candidate[]): Candidate[] {
	const headed = found.filter(c => /^H[2-6]$/.test(segs[c.seg]?.tag ?? ''));
	const last = headed.at(-1)?.seg;
	if (headed.length < 3 || last === undefined) return found;
	const bare = (c: Candidate) => !c.url && !c.authors?.length && !c.contributors?.length && !c.publisher
		&& !c.publishedAt;
	const heading = (from: number, to: number) => segs.slice(from, to).some(s => /^H[1-6]$/.test(s.tag));
	return found.filter(c => !(c.seg >= last + 3 && segs[c.seg]?.tag === 'P' && bare(c) && !heading(last + 1, c.seg)));
}
