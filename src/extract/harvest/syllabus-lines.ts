/**
 * A textbook as course pages list them, the title in italics with the people on one side and the publisher and year
 * after: `<i>Title</i>, 3rd edition, Names. Publisher, Year.` or surnames first, `Silberschatz, Galvin and Gagne.
 * <i>Title</i>, 10th ed. Wiley, 2018.` The italics bound the title: its own colon and commas are the title's.
 */
import {citationIn, fullName} from './biblio.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {personNames, SURNAME_ALONE} from './names.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

/** An edition between the title and the people (`, 3rd edition,`, ` (2nd ed.)`). */
const EDITION = /^\s*(?:,\s*)?\(?\d+(?:st|nd|rd|th)\s+(?:edition|ed\.?)\)?\s*/i;
/** The people's clause after the title, to the sentence's stop (an initial's dot is none). */
const NAMES_AFTER = /^(?:,|\s*by)\s+((?:[^.]|(?<=\b\p{Lu})\.)+?)(?<!\b\p{Lu})\.\s+(?=\p{Lu})/u;
/** Surnames (or full names) alone opening the line, then a stop: `Silberschatz, Galvin and Gagne.` */
const NAMES_BEFORE = /^(.{4,80}?)\.\s*$/u;

/** Surnames or full names parted by commas and `and` (`Aho, Lam, Sethi and Ullman`), two at least. */
export const surnames = (text: string) => {
	const parts = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
	return parts.length > 1 && parts.every(part => SURNAME_ALONE.test(part) || fullName(part)) ? parts : undefined;
};

/** A course page's textbook line, read by its italic title; nothing unless a publisher or a year follows. */
export function syllabusLine(seg: Segment, ctx: Context): Candidate | undefined {
	const mark = seg.marks[0];
	if (!mark || seg.marks.length > 2 || seg.text.length > 300) return undefined;
	const title = cleanTitle(seg.text.slice(mark.start, mark.end));
	if (title.length < 2 || NOT_TITLE.test(title) || !/^[\p{Lu}\d]/u.test(title)) return undefined;
	const lead = stripNumbering(seg.text.slice(0, mark.start));
	const after = seg.text.slice(mark.end).replace(EDITION, '');
	const named = lead ? undefined : NAMES_AFTER.exec(after);
	const authors = named ? personNames(named[1]!) : surnames(NAMES_BEFORE.exec(lead)?.[1] ?? '');
	if (!authors) return undefined;
	const cited = citationIn(named ? after.slice(named[0].length) : after.replace(/^[\s,]*/, ''), authors);
	if (!cited.publishedAt) return undefined;
	return item(title, seg, mark, ctx, {authors, contributors: [], ...cited}, {});
}
