/**
 * A post whose works are each a heading writes them all alike. A heading of the same level among them that names no
 * work a reader could see (no link, no byline) is still one when it is written as they are: numbered in their
 * sequence (`6. Amy Edmondson: How to turn a group of strangers into a team` after `5. <a>…</a>`), or, between two of
 * them, named by its kind (`Lex Fridman Podcast` between two linked shows). Nothing else is: a post's closing
 * `Honourable mentions` or `Final thoughts` heading is neither.
 */
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {personNames} from './names.ts';
import {headingNumber} from './numbered-headings.ts';
import {countUpTo, type Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

/** A name of a kind of work closing a heading (`Lex Fridman Podcast`, `The Rest Is History Show`). */
const KIND_NAMED = /\s(?:Podcast|Show|Course|Lectures|Talks?)$/;
/** The parts of a post around its list, which some number on with it (`11. Final thoughts`): no work's titles. */
const POST_PARTS = ['conclusions?', 'final thoughts', 'closing thoughts', 'summary', 'wrap-?up', 'wrapping up', 'bonus',
	'honou?rable mentions', 'faq', 'takeaways', 'tl;?dr', 'further reading', 'resources', 'references', 'what.s next',
	'总结', '结语', '小结', 'まとめ', 'おわりに'];
const POST_PART = new RegExp(`^(?:${POST_PARTS.join('|')})(?!\\p{L})`, 'iu');
/** `Title, Name`: a name of two to four capitalised words after the last comma. */
const TRAILING_NAME = /^(.+),\s+((?:\p{Lu}[\p{L}.'’-]*\s?){2,4})$/u;
/** `Name: Title`, as talks' headings name their speakers first. */
const SPEAKER_FIRST = /^([^:：]{4,40}?)\s*[:：]\s+(\S.{4,})$/u;

/** The works read from headings of one level, in page order, and how many name speakers first and authors. */
type Level = {works: Candidate[]; speakers: number; authored: number};

/** A list's extra item says so before its title (`7. Bonus: Title`): the word is no part of it. */
const EXTRA = /^(?:bonus|extra)\s*[:：]\s+(?=\S)/i;
/** How many times a run of numbered headings is walked: each walk reaches one heading further from a work. */
const WALKS = 8;

/**
 * Unlinked headings written as their sibling headings' works are: the works they name. A heading numbered on from one
 * read so is in sequence with a work too (`3.` between `2.`, read so from `1.`, and `4.`, read so from `5.`).
 */
export function siblingHeadings(segs: Segment[], found: Candidate[], page: URL): Candidate[] {
	const out: Candidate[] = [];
	for (let walk = 0; walk < WALKS; walk++) {
		const known = [...found, ...out].sort((a, b) => a.seg - b.seg);
		const more = headingWorks(segs, known, page);
		if (!more.length) break;
		out.push(...more);
	}
	return out;
}

/** One walk over the headings: those in sequence with the works known so far. */
function headingWorks(segs: Segment[], found: Candidate[], page: URL): Candidate[] {
	const levels = new Map<string, Level>();
	for (const c of found) {
		const tag = segs[c.seg]?.tag ?? '';
		const level = levels.get(tag) ?? {works: [], speakers: 0, authored: 0};
		if (!/^H[2-6]$/.test(tag) || level.works.at(-1)?.seg === c.seg) continue;
		level.works.push(c);
		level.speakers += c.speaker ? 1 : 0;
		level.authored += c.authors?.length ? 1 : 0;
		levels.set(tag, level);
	}
	const numberOf = (c?: Candidate) => headingNumber(segs[c?.seg ?? -1]?.text ?? '');
	const out: Candidate[] = [];
	segs.forEach((seg, i) => {
		const {works, speakers, authored} = levels.get(seg.tag) ?? {works: [], speakers: 0, authored: 0};
		const at = countUpTo(works, i, c => c.seg);
		const [before, after] = [works[at - 1], works[at]];
		if (works.length < 2 || before?.seg === i || seg.links.length) return;
		const number = headingNumber(seg.text);
		const text = number === undefined ? seg.text : stripNumbering(seg.text).replace(EXTRA, '');
		const inSequence = number !== undefined && (numberOf(before) === number - 1 || numberOf(after) === number + 1);
		if (!inSequence && !(before && after && KIND_NAMED.test(text))) return;
		// Its people named as the level's others name theirs, where two do: speaker first (one alone may be a title and
		// its subtitle), or after a comma (`5. The Simple Path to Wealth, JL Collins`: two capitals are a name's
		// initials here, which no byline reader may take them for)
		const speaker = speakers > 1 ? SPEAKER_FIRST.exec(text) : null;
		const credited = authored > 1 ? TRAILING_NAME.exec(text) : null;
		const [rest, names] = speaker ? [speaker[2]!, personNames(speaker[1]!)]
			: credited ? [credited[1]!, [credited[2]!]] : [text, undefined];
		const title = cleanTitle(names ? rest : text);
		if (title.length < 2 || title.length > 120 || NOT_TITLE.test(title) || POST_PART.test(title)
			|| /[.!?。！？]$/u.test(title)) return;
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false, section: (before ?? after)!.kind};
		const bib = {authors: names ?? [], contributors: []};
		out.push(item(title, seg, {start: 0, end: seg.text.length}, ctx, bib, {}));
	});
	return out;
}
