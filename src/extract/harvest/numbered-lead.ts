/**
 * A list written as paragraphs, each opened by its numbered (or set apart) item on a line of its own and the writer's
 * comment under it after a break (`<p><strong>1. Name: Title</strong> (House, 2003)<br>Why I liked it…</p>`), as
 * blog editors leave a numbered list whose items have a comment: the first line is the list's item, the rest the
 * comment.
 */
import {creditSentences} from './credit-sentences.ts';
import {cut, type Segment} from './segments.ts';
import {NATIVE_DIGITS} from './text.ts';

/** A numbered line (`1.`, `2)`, in Bengali or Devanagari digits too: `১.`) short enough to be a list's item. */
const NUMBERED_LINE = new RegExp(String.raw`^\(?[\d${NATIVE_DIGITS}]{1,3}[.)]\s+\S[^\n]{2,200}$`, 'u');

/** The same, its comment after it on the line. */
const ONE_LINE_ITEM = new RegExp(String.raw`^\(?[\d${NATIVE_DIGITS}]{1,3}[.)]\s+\S[^\n]{2,400}$`, 'u');

/**
 * Or a line opening with its title or its author set apart (in bold, in italics) and pairing them by a dash or `by`
 * (`<b><i>Middlemarch</i></b> — George Eliot`, `<b>Jenny Erpenbeck — <i>Kairos</i></b> (translated by …)`): a list's
 * item all the same, unnumbered.
 */
const PAIRED_LINE = /^[^\n]{2,120}?\s(?:[-–—]|by)\s+\S[^\n]{0,160}$/u;

/** A comment: forty characters or more and a sentence's stop (the danda's too, Bengali's and Hindi's `।`). */
const COMMENT = /^(?=.{40})[^\n]*[.!?。！？।](?:\s|$)/u;

/** The item and the comment of a paragraph opened by a numbered line; the segment itself otherwise. */
export function numberedLead(seg: Segment): Segment[] {
	// (or a block's paragraph a blank line set apart, as a blog's editor writes with `<br>` only: blank-lines.ts)
	if (!/^(?:P|DIV|SECTION|ARTICLE|MAIN)$/.test(seg.tag)) return [seg];
	const cut1 = seg.text.indexOf('\n');
	const first = cut1 > 0 ? seg.text.slice(0, cut1).trimEnd() : '';
	const rest = cut1 > 0 ? seg.text.slice(cut1 + 1) : '';
	// (the comment one line of its own: lines under the item may be its facts, `Name 지음, House, 2013`, which the
	// paragraph keeps with it)
	// (and a comment: sentences, not a line of facts)
	const apart = seg.marks.some(m => m.start === 0 && m.end > 1) && PAIRED_LINE.test(first);
	// (or a credit line under the item, its house and year (credit-sentences.ts), then the comment: the line goes with
	// the comment, read as the work's credit there, the list's items still a paragraph apart)
	const cut2 = rest.indexOf('\n');
	const credit = cut2 > 0 ? rest.slice(0, cut2).trim() : '';
	// (a numbered paragraph of one line, its comment after the work on the same line, is a list's item too:
	// `<b>1.</b> Name — <i>Title</i>. House, 2006: why…<br><br><b>2.</b> …`)
	if (!first && ONE_LINE_ITEM.test(seg.text.trim())) return [{...seg, tag: 'LI'}];
	if (!(NUMBERED_LINE.test(first) || apart)) return [seg];
	// (a numbered line wholly in bold over a line of facts and no comment is a heading over its credit, as a paragraph
	// of that line alone is (segments.ts): `<p><b>7. Title</b><br>Name 저 / House / 2018</p>`)
	// (its title maybe linked, the credit line under it not: `<b>1. <a>Title</a></b><br>A, B & C — House, 2014`)
	const bold = first.length <= 80 && !seg.links.some(l => l.end > first.length)
		&& seg.marks.some(m => m.start === 0 && m.end >= first.length);
	// (its fields parted by spaced dots, bars or slashes, or a comma's fields closing on a year: `A, B · House · 2022`)
	const facts = rest.trim().length <= 120 && !/\n/.test(rest.trim())
		&& (/\s[·•|/]\s/.test(rest) || /,\s*(?:19|20)\d{2}\.?$/.test(rest.trim()));
	const heading = bold && NUMBERED_LINE.test(first) && facts;
	const credited = !!credit && COMMENT.test(rest.slice(cut2 + 1)) && creditSentences(credit)?.end === credit.length;
	// (a line of facts under a paired line is its credit, no comment, however its abbreviations stop: `<b><i>Title</i>
	// </b> — Name<br>trad. X · House, 2013`)
	const commented = !/\n/.test(rest.trim()) && COMMENT.test(rest.trim()) && !(apart && facts);
	if (!heading && !credited && !commented) return [seg];
	const from = cut1 + 1 + (rest.length - rest.trimStart().length);
	const [item, comment] = cut(seg, [{start: 0, end: first.length}, {start: from, end: seg.text.trimEnd().length}]);
	return [{...item!, tag: heading ? 'H6' : 'LI'}, {...comment!, tag: 'P'}];
}
