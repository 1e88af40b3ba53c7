/*
 * A reading list's paper cited author first, its title an unmarked sentence, its only link a label in brackets after
 * it that names no work (`[pdf]`, `[arXiv]`, `[slides]`), as course and lab pages cite: the year after the names, as
 * ACL's style writes it (`A and B. 2009. Title. <i>Venue</i> 3(4):333–389. [pdf]`), or closing the venue
 * (`A. Name and B. Name. Title. Venue, 2019. [pdf]`). The title is the text, the label's link its address.
 */
import type {Citation} from './citation.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';
import {AUTHORS, authorsOf} from './venue-citation.ts';

/** The words a link says where to get a paper by, naming no work of its own. */
const LABELS = ['pdf', 'arxiv', 'slides', 'paper', 'preprint', 'code', 'html', 'doi', 'video', 'web', 'link',
	'project page'];
const LABEL = new RegExp(`^(?:${LABELS.join('|')})$`, 'i');
/** The year as a sentence of its own after the names (`2009.`). */
const YEAR_FIRST = /^((?:19|20)\d{2})[a-z]?\.\s+/;
/** The title's sentence: to a stop closing no initial, or its own question or exclamation mark. */
const TITLE = /^(.{2,250}?)(?:(?<!(?:^|[\s.-])\p{Lu})\.|(?<=[?!]))\s+/u;

/** A citation closed by a link labelled as where to get the paper; `links` are the line's. Else undefined. */
export function parseLabelledCitation(text: string, links: Span[]): Citation | undefined {
	if (text.length > 600 || !/\b(?:19|20)\d{2}\b/.test(text)) return undefined;
	const bracketed = (l: Span) => /[[(]\s*$/.test(text.slice(0, l.start));
	const label = links.find(l => LABEL.test(text.slice(l.start, l.end).trim()) && bracketed(l));
	const head = label && AUTHORS.exec(text);
	const authors = head ? authorsOf(head[1]!) : undefined;
	if (!head || !authors) return undefined;
	let from = head[0].length;
	const early = YEAR_FIRST.exec(text.slice(from));
	if (early) from += early[0].length;
	const title = TITLE.exec(text.slice(from, label!.start));
	// (the venue's sentence between the title and the label, where the year is when it is not after the names)
	const venue = title ? text.slice(from + title[0].length, label!.start) : '';
	const year = early?.[1] ?? /\b((?:19|20)\d{2})\b/.exec(venue)?.[1];
	if (!title || !year || !/\p{L}{2}/u.test(venue) || !/^[\p{Lu}\d]/u.test(title[1]!)) return undefined;
	const span = {start: from, end: from + title[1]!.length};
	return {title: squash(title[1]!), authors, contributors: [], publishedAt: year, span, type: 'J'};
}
