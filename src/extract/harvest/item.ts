/** What every reader of a segment returns: a candidate work, how it was read, and the builder they share. */
import type {HarvestItem, Kind} from '../../core/types.ts';
import type {Bib} from './biblio.ts';
import type {HostInfo} from './hosts.ts';
import {guessKind} from './kind.ts';
import type {Segment, Span} from './segments.ts';
import {sentenceAround} from './text.ts';

/** A harvested item before de-duplication, remembering where it was found. */
export type Candidate = HarvestItem & {
	provider?: string; seg: number; unlinked?: boolean; order?: Order; other?: Candidate;
	/** Read `Name, Title` with nothing but its list to say so (no heading naming works, no year, no italics). */
	weak?: boolean;
	/** A table row's reading (tables.ts): the first and last segments of its filled cells. */
	cells?: [number, number];
	/** A lone word after a dash read as the publisher (`Title — Heinemann`): kept if the list repeats it (index.ts). */
	tentative?: string;
	/** Beside an author-first reading of such a line (title `Heinemann`), the title-first one with that publisher. */
	imprint?: Candidate;
	/**
	 * Han names read where a list item's people stand that open with no common surname (a pen name: `路遥`): its authors
	 * when the list's other items name theirs (index.ts).
	 */
	unproven?: string[];
	/**
	 * One surname alone where a list item's people stand (`Code Complete (McConnell)`): its author if its list
	 * agrees.
	 */
	surnames?: string[];
	/**
	 * A talk's link read speaker first (`Simon Sinek: How great leaders inspire action`): its title and speakers when
	 * the page titles two talks so (index.ts).
	 */
	speaker?: {title: string; authors: string[]};
	/**
	 * An author-first reading its title settles, set apart in italics or linked (`Tove Ditlevsen – <i>Barndom</i>`):
	 * a title of one word is then no surname (index.ts).
	 */
	settled?: boolean;
	/**
	 * An author-first reading whose title alone is set apart in italics inside a line set apart whole (`<b>Jenny
	 * Erpenbeck — <i>Kairos</i></b>`): the line says its own order, whatever its siblings' (index.ts).
	 */
	italicised?: boolean;
};
/**
 * How an unlinked `A – B` list item was read: `author` when only A reads as names (`Cal Newport – Sapiens`), `either`
 * when both do (`Cal Newport – Deep Work`: read title first, the author-first reading in `other`), `colon` for
 * `Cal Newport: Deep Work` (a title's subtitle follows a colon too). The list's other items settle it (index.ts).
 */
export type Order = 'author' | 'either' | 'colon';
/** What the harvester knows about the section a segment sits in. */
export type Context = {
	page: URL; seg: number; refSection: boolean; section?: Kind; afterHeading: boolean; toolSection?: boolean;
	/** The page's language (`<html lang>`): how its sentences name a work's owner (genitive.ts). */
	lang?: string;
	/** The works the page's question asks for (asked.ts): its answers name them in passing. */
	asked?: Kind | 'work';
	/** The kind of work an answer names when its own words say none (asked.ts). */
	answers?: Kind;
	/**
	 * The kind of work the page's title says it lists (kind.ts), given to a heading no section names a kind over: a
	 * heading linked on its title is then a work, of that kind when nothing else says one.
	 */
	titled?: Kind;
};

/** The elements whose segment may be one work's line: a list's item, a definition, a heading, a table's cell. */
export const LEADS = /^(?:LI|DT|DD|H[2-6]|TD)$/;

/** What opens a credit or a caption (`Photo by`, `Reporting by`), not a title. */
const CREDIT_OPENERS = ['by', 'photo', 'reporting', 'additional reporting', 'editing', 'reported', 'interview', 'words',
	'text', 'story', 'image', 'picture', 'illustration', 'cover', 'posted', 'written', 'published', 'edited', 'made',
	'created', 'powered', 'promoted', 'sponsored', 'presented', 'brought to you', '图', '摄影', '图片', '题图'];
/** What closes a credit (`Photo taken`, `Site built`), not a title. */
const CREDIT_CLOSERS = ['written', 'posted', 'photo', 'made', 'created', 'published', 'invented', 'powered', 'promoted',
	'sponsored', 'designed', 'developed', 'built', 'maintained', 'supported', 'funded', 'presented', 'hosted', 'edited',
	'reported', 'taken', 'drawn', 'updated', 'curated', 'brought to you', 'picked', 'chosen', 'selected', 'retold'];
/** What a post calls itself (`A list`, `This thread`): its curator's line, no work's title. */
const POST_WORDS = ['list', 'post', 'thread', 'collection', 'selection', 'roundup', 'newsletter'];
/**
 * A library's shelf mark, labelled on the line under a reference (`Cote : 006.3 RUS`, `Call number: QA76 .K56`,
 * `Signatur: ST 300`): where the copy stands, no title.
 */
const SHELF_MARKS = ['cote', 'call\\s+(?:number|no\\.?)', 'shelf\\s*mark', 'signatura?', 'collocazione'];
/** A weekday's name, whole or cut (`Monday`, `Mon`), and a month's. */
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)';
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?`
	+ String.raw`|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;
/** A credit, a caption, a date or a footnote (its back-link caret: `^ a b Name, Title`), never a title. */
// (a compound's last part is no credit's closing word: `A Psalm for the Wild-Built`)
export const NOT_TITLE = new RegExp(String.raw`^\^|^(?:${CREDIT_OPENERS.join('|')})\b`
	+ String.raw`|(?<![\w-])(?:${CREDIT_CLOSERS.join('|')})$`
	// (a course's number is no date: `6.5840: Distributed Systems`)
	// (a time is two digits after its colon, no more: `OWASP Top 10:2021` is a title)
	// (a weekday alone is a date's, or when a day or a month follows it: `Sunvault` is no Sunday, nor `Monk & Robot` a
	// Monday)
	+ String.raw`|^\W*(?:${WEEKDAY}(?:\.?,?\s+(?:\d|${MONTHS})|\W*$)|\d{1,4}[-/.年]\d{1,2}(?!\d))`
	+ String.raw`|(?<!\d)\d{1,2}:\d{2}(?!\d)`
	// (and the post itself, as its curator's line names it: `A list by Maya Lin`, `This thread by …`, or a reply's
	// subject, `Re: Books for a beginner?`, as forums head each reply, German mail `AW:`; `Re:Zero` is a title; nor a
	// handle, `@BezdomnySmok`, as a reply names whom it answers)
	+ `|^(?:a|an|this|my|our)\\s+(?:${POST_WORDS.join('|')})$|^(?:${SHELF_MARKS.join('|')})\\s*:|^(?:re|aw):\\s|^@\\w`, 'i');

/** What a reader knows of a work besides its facts: its host, whether it was quoted, its citation's type. */
export type Extra = Partial<Candidate> & {host?: HostInfo; quoted?: boolean; refType?: string};
/** The candidate for a work titled `title`, read at `span` of `seg`: its kind guessed, its facts copied. */
export function item(title: string, seg: Segment, span: Span, ctx: Context, bib: Bib, extra: Extra): Candidate {
	const {host, quoted, refType, ...rest} = extra;
	const near = sentenceAround(seg.text, span.start, span.end);
	const kind: Kind = guessKind({title, near, host, bib, section: ctx.section, quoted, refType, answers: ctx.answers,
		titled: ctx.titled});
	const c: Candidate = {title, kind, seg: ctx.seg, context: near, ...rest};
	if (host?.provider && kind === 'course') c.provider = host.provider;
	if (bib.authors.length) c.authors = bib.authors;
	if (bib.contributors.length) c.contributors = bib.contributors;
	if (bib.publisher) c.publisher = bib.publisher;
	if (bib.publishedAt) c.publishedAt = bib.publishedAt;
	if (bib.isbn) c.isbn = bib.isbn;
	return c;
}
