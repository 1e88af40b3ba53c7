/**
 * A definition list of works, one record each, as bookshelf and reading pages set them (Eleventy, Jekyll, Hugo
 * `<dl>`s): the term names the work, its title set apart (`<cite>`, italics, its link) and maybe its people beside it
 * however the writer put them (`Author — <cite>Title</cite>`, `<cite>Title</cite>, d'Author`, `<cite>Title</cite> —
 * Author`, `<cite>Title</cite>, Author`); the description right under it gives its credit, its parts set apart by
 * middle dots (`Author · Publisher, Year`, `Publisher, Year`, `Author, Year`, `Traducció de X · Publisher, Year`).
 * What the term and its credit say together is the work; the notes after them are the writer's.
 */
import type {Kind} from '../../core/types.ts';
import {fullName, publisherIn, type Bib} from './biblio.ts';
import {hostInfo} from './hosts.ts';
import type {Candidate} from './item.ts';
import {sectionKind} from './kind.ts';
import {personNames} from './names.ts';
import {BY_PLAIN, parsePeople} from './people.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle, YEAR} from './text.ts';

/** A year alone, or closing a part after a comma (`Proa, 2011`, `Víctor Català, 1905`). */
const YEAR_PART = new RegExp(String.raw`^(?:(.+?),\s*)?(${YEAR})$`, 'u');
/** The words that join a title to its people after it, in the languages of Europe (`, d'Irene Solà`, `, by X`). */
const JOIN_AFTER = new RegExp(String.raw`^\s*(?:[,—–-]\s*)?(?:(?:by|${BY_PLAIN.join('|')})\s+|d['’])?`, 'iu');
/** A section of the works the writer gave up on (`Abandonats`, `Abandoned`, `DNF`, `Abgebrochen`): none recommended. */
const GAVE_UP = /abandon|abbandon|abgebrochen|\bDNF\b|did(?:n['’]t| not) finish|not recommended/iu;

/** A work's people named alone: full names, or one capitalised word beside a title set apart (`Homer`). */
const namesIn = (text: string, alone: boolean) =>
	personNames(text) ?? (alone && /^\p{Lu}\p{Ll}+$/u.test(text) ? [text] : undefined);

/**
 * The credit a description gives, each part between middle dots a fact; undefined for a sentence or a rating. `named`:
 * the term named the people already, so a part's words before a year are the house's.
 */
export function termCredit(text: string, named = false): Bib | undefined {
	if (text.length > 120 || /[.!?]\s+\p{Lu}/u.test(text)) return undefined;
	const bib: Bib = {authors: [], contributors: []};
	for (const raw of text.split(/\s+[·•|]\s+/)) {
		// (a note closing a part, `1956 (versió definitiva, 1971)`, is the edition's)
		const part = raw.replace(/\s*\([^()]*\)\s*$/, '').trim();
		const credited = parsePeople(part).contributors;
		const year = YEAR_PART.exec(part);
		if (credited.length) bib.contributors.push(...credited);
		else if (year) {
			bib.publishedAt ??= year[2]!;
			const head = year[1];
			// (after the people's part, the words before the year are the house's: `Name · Club Editor, 1962`)
			const late = named || bib.authors.length > 0;
			const names = head && !late ? personNames(head) : undefined;
			if (names) bib.authors.push(...names);
			else if (head && /^\p{Lu}/u.test(head) && (late || !fullName(head)) && head.split(' ').length <= 5) {
				bib.publisher ??= head;
			}
			else if (head) return undefined;
		} else {
			const names = personNames(part);
			const house = names ? undefined : publisherIn(part);
			if (names) bib.authors.push(...names);
			else if (house === part) bib.publisher ??= house;
			else return undefined;
		}
	}
	return bib.authors.length || bib.contributors.length || bib.publisher || bib.publishedAt ? bib : undefined;
}

/** The title a term sets apart and the people beside it, or undefined. */
function termWork(term: Segment): {title: string; span: Span; authors: string[]; url?: URL} | undefined {
	const link = term.links.length === 1 ? term.links[0] : undefined;
	const span: Span | undefined = term.marks[0] ?? link;
	if (!span || term.marks.length > 1) return undefined;
	const title = cleanTitle(term.text.slice(span.start, span.end));
	const before = term.text.slice(0, span.start).replace(/\s*[—–:,-]\s*$/u, '').trim();
	const after = term.text.slice(span.end).replace(JOIN_AFTER, '').trim();
	if (before && after) return undefined;
	const beside = before || after;
	const authors = beside ? namesIn(beside, true) : [];
	if (!authors || title.length < 2) return undefined;
	const own = link && link.start <= span.start && link.end >= span.end ? link.url : undefined;
	return {title, span, authors, ...(own ? {url: own} : {})};
}

/**
 * The works of the page's definition lists read as records (two or more on the page), each with the segments it
 * reads, so what other readers made of those lines gives way (and the terms of a section of works given up on).
 */
export function termRecords(segs: Segment[]): {works: Candidate[]; read: Set<number>} {
	const works: Candidate[] = [];
	const read = new Set<number>();
	const given = new Set<number>();
	for (let i = 0; i < segs.length; i++) {
		const term = segs[i]!;
		if (term.tag !== 'DT') continue;
		const work = termWork(term);
		// (a term of a section of works given up on names none the writer recommends, however other readers read it)
		if (GAVE_UP.test(term.heading)) {
			if (work) given.add(i);
			continue;
		}
		const next = segs[i + 1];
		if (!work) continue;
		const named = work.authors.length > 0;
		const credit = next?.tag === 'DD' && !next.links.length ? termCredit(next.text, named) : undefined;
		if (!credit && !work.authors.length) continue;
		const authors = work.authors.length ? work.authors : credit?.authors ?? [];
		const kind: Kind = (work.url && hostInfo(work.url)?.kind) || sectionKind(term.heading) || 'book';
		works.push({
			title: work.title, kind, seg: i, context: term.text, ...credit, authors,
			contributors: credit?.contributors ?? [], ...(work.url ? {url: work.url.href} : {}),
		});
		read.add(i);
		if (credit) read.add(i + 1);
	}
	return works.length > 1 ? {works, read: new Set([...read, ...given])} : {works: [], read: given};
}
