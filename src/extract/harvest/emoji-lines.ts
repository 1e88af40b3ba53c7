/**
 * A work written as a caption's lines, each opened by an emoji saying what it holds, as newsletters and posts written
 * for Instagram set a book (`📚 <b>Title</b><br>✍️ Author<br>🔁 Oversat af X<br>🏷️ Publisher · 2024<br>💬 why`): the
 * first line, a work's emoji and its title set apart (bold, italics or its link), names the work; a line led by a
 * writing hand or a pen names its authors; the others its translator (`Translated by`, `Übersetzt von`, `Oversat af`)
 * and its imprint (`Publisher · Year`). The comment after them is the writer's.
 */
import type {Kind} from '../../core/types.ts';
import {bibIn, type Bib} from './biblio.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {personNames} from './names.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The emoji that open a work's title line, and the kind each says it is. */
const WORK_EMOJI: [string[], Kind][] = [[['📚', '📖', '📕', '📗', '📘', '📙', '📓', '📔', '📒'], 'book'],
	[['🎧', '🎙'], 'podcast'], [['🎬', '🎥', '📺', '🎤'], 'video'], [['🎓'], 'course']];
/** The emoji that open the line of a work's authors: a writing hand, a pen, a bust. */
const AUTHOR_EMOJI = ['✍', '🖋', '✒', '🖊', '👤'];
/** The emoji (and their variation selector) opening a line. */
const LEAD = /^\s*(\p{Extended_Pictographic})[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*\s*/u;
/** The imprint on a line of its own: a house and a year, set apart by a dot, a bar or a comma (`Gyldendal · 2024`). */
const IMPRINT = /^(\p{Lu}[^·•|,\d]{1,50}?)\s*[·•|,]\s*((?:19|20)\d{2})$/u;

/** The kind a work's emoji alone before a link says (`🎧 <a>Name</a> fra DR med Host`), as captions lead a line. */
export function emojiKind(lead: string): Kind | undefined {
	const m = /^\s*(\p{Extended_Pictographic})[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*\s*$/u.exec(lead);
	return m ? WORK_EMOJI.find(([emoji]) => emoji.includes(m[1]!))?.[1] : undefined;
}

/**
 * The kind a heading's opening emoji says its section lists (`🎧 In my ears`, `📖 The best of the quarter`), as
 * newsletters head their sections with one in place of a word.
 */
export const headingEmojiKind = (heading: string) => {
	const lead = LEAD.exec(heading)?.[1];
	return lead ? WORK_EMOJI.find(([emoji]) => emoji.includes(lead))?.[1] : undefined;
};

/** The one work such a paragraph of emoji-led lines sets out, or undefined. */
export function emojiCard(seg: Segment, ctx: Context): Candidate | undefined {
	if (!seg.text.includes('\n') || seg.text.length > 600) return undefined;
	const lines: {emoji: string; text: string; span: Span}[] = [];
	let from = 0;
	for (const raw of seg.text.split('\n')) {
		const lead = LEAD.exec(raw);
		if (raw.trim()) {
			if (!lead) return undefined; // Every line opened by its emoji
			lines.push({emoji: lead[1]!, text: raw.slice(lead[0].length).trim(), span: {start: from + lead[0].length,
				end: from + raw.trimEnd().length}});
		}
		from += raw.length + 1;
	}
	const [first, ...rest] = lines;
	const kind = WORK_EMOJI.find(([emoji]) => emoji.includes(first?.emoji ?? ''))?.[1];
	const byline = rest.find(line => AUTHOR_EMOJI.includes(line.emoji));
	const authors = byline ? personNames(byline.text) : undefined;
	if (!first || !kind || !authors) return undefined;
	// (the title set apart on its whole line: a mark or a link)
	const whole = (s: Span) => s.start <= first.span.start && s.end >= first.span.end;
	const link = seg.links.find(whole);
	if (!link && !seg.marks.some(whole)) return undefined;
	const title = cleanTitle(first.text);
	if (title.length < 2 || NOT_TITLE.test(title)) return undefined;
	const bib: Bib = {authors, contributors: []};
	for (const line of rest) {
		if (line === byline) continue;
		const imprint = IMPRINT.exec(line.text);
		if (imprint) [bib.publisher, bib.publishedAt] = [imprint[1]!.trim(), imprint[2]!];
		else bib.contributors.push(...bibIn(line.text).contributors);
	}
	return item(title, seg, first.span, ctx, bib, {kind, ...(link ? {url: link.url.href} : {})});
}
