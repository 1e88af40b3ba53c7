/**
 * Bibliography records whose parts the markup names by class, as publication-list generators render them
 * (jekyll-scholar and al-folio, Hugo's academic themes, Zotero's and Sphinx's HTML): a `title` element beside an
 * `author` one, the venue or the publisher and the date in a `periodical`/`venue`/`journal` one, the work's address
 * in a button row (`PDF`, `DOI`, `HTML`) rather than on the title.
 */
import {httpUrl} from '../../core/url.ts';
import {parseDate} from '../dates.ts';
import {each} from '../dom.ts';
import {publisherIn} from './biblio.ts';
import type {Candidate} from './item.ts';
import {japaneseCardCredit} from './japanese.ts';
import {guessKind} from './kind.ts';
import {personNames} from './names.ts';
import {splitNames} from './people.ts';
import {firstSegments, type Segment} from './segments.ts';
import {cleanTitle, squash, stripNumbering} from './text.ts';

/** The class words of each part of a record. */
const PARTS = {title: ['title'], author: ['author', 'authors'],
	venue: ['periodical', 'venue', 'journal', 'booktitle', 'meta', 'imprint', 'publisher']};
/** The buttons that open the work itself, not its code, its BibTeX or its abstract. */
const OPENS_WORK = /^(?:pdf|doi|html|url|paper|preprint|arxiv|website|book)$/i;
/** The marks a reading list puts after a title (`★`, `*`, `(required)`): the reader's note, no part of it. */
const NOTE_MARKS = /\s*(?:[★☆✩*†‡]+|\((?:required|optional|recommended)\))$/iu;
/** A proceedings' venue (`In Proceedings of…`, `In CHI '19`) is no publisher; a journal's name is its paper's. */
const PROCEEDINGS = /^\s*In\b|\bproceedings\b|\bconference\b|\bsymposium\b|\bworkshop\b/i;
/** A periodical's name (`Journal of…`, `ACM Transactions on Graphics`): a paper's venue, no book's house. */
const PERIODICAL = /\b(?:journal|transactions|review|letters|magazine|communications|annals|quarterly|bulletin)\b/i;

/** Names in Japanese script alone, parted by `、` or `・` between Han names (`山野井泰史`, `鈴木健一、高田真理`). */
const JAPANESE_NAMES = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・、 ]{2,40}$/u;

/** How far from its title's segment a record's other parts may be. */
const PART_REACH = 3;

/** Whether a class word of `el` names `part` (`title`, `book-title`, `pub_author`). */
const partOf = (el: Element, part: keyof typeof PARTS) =>
	(el.getAttribute('class') ?? '').toLowerCase().split(/[\s_-]+/).some(word => PARTS[part].includes(word));

/** The child of `record` that is its `part`, if any. */
function child(record: Element, part: keyof typeof PARTS): Element | undefined {
	for (const el of each(record.children)) if (partOf(el, part)) return el;
	return undefined;
}

/**
 * The house a record's own definition list names, each term labelling the definition after it, as a store's card
 * lists a book's facts under its title and people (`<dl><dt>出版社</dt><dd>新潮文庫</dd><dt>価格</dt>…</dl>`,
 * `<dt>Publisher</dt><dd>No Starch Press</dd>`).
 */
function listedHouse(record: Element): string | undefined {
	for (const term of each(record.querySelectorAll(':scope > dl > dt'), 12)) {
		const definition = term.nextElementSibling;
		if (definition?.localName !== 'dd') continue;
		const house = publisherIn(`${squash(term.textContent ?? '')}: ${squash(definition.textContent ?? '')}`);
		if (house) return house;
	}
	return undefined;
}

/** The records under `root`, each read as one work, with the segments its parts were read into. */
export function recordCandidates(root: Element, segs: Segment[], base: string): Candidate[] {
	const out: Candidate[] = [];
	let segAt: Map<string, number> | undefined;
	for (const titleEl of each(root.querySelectorAll('[class*="title" i]'), 400)) {
		// (a heading titles a post or a section, a record's title is a line of it; one that is a link is read with
		// the fields beside it, field-classes.ts)
		const line = partOf(titleEl, 'title') && !/^(?:H\d|A)$/i.test(titleEl.tagName)
			&& !titleEl.querySelector('h1, h2');
		const record = line ? titleEl.parentElement : null;
		const authorEl = record && child(record, 'author');
		if (!record || !authorEl) continue;
		const shown = squash(titleEl.textContent ?? '');
		// (a list's number before it is no part of it: `1. The Ministry for the Future`)
		const title = cleanTitle(stripNumbering(shown).replace(NOTE_MARKS, ''));
		// (names alone: a post's byline with its date, `By Joshua Sokol May 20, 2019`, heads no record)
		// (its people maybe after a by-word: BookWyrm's `by <a class="author">`)
		const people = squash(authorEl.textContent ?? '').replace(/^by\s+/i, '');
		// (in any script: `Απόστολος Δοξιάδης, Χρίστος Παπαδημητρίου`)
		const split = /\d/.test(people) ? [] : splitNames(people, true);
		// (in Japanese, each role after its names, `A 著／B 訳`; or a name the part's class vouches for, longer than a
		// Chinese one, `山野井泰史`)
		const credit = split.length ? undefined : japaneseCardCredit(people);
		const vouched = split.length || credit?.authors.length || !JAPANESE_NAMES.test(people) ? []
			: splitNames(people, false, true);
		const authors = split.length ? split : credit?.authors.length ? credit.authors
			: vouched.length ? vouched : personNames(people) ?? [];
		const contributors = credit?.authors.length ? credit.contributors : [];
		// (one Han character is a whole title where the markup sets it apart: `<p class="title"><a>凍</a></p>`)
		const short = title.length < 2 && !/^\p{sc=Han}$/u.test(title);
		if (short || title.length > 250 || !authors.length) continue;
		segAt ??= firstSegments(segs);
		const seg = segAt.get(shown) ?? -1;
		// (one the content leaves out, a header's or a teaser's, is none)
		if (seg < 0) continue;
		const venueEl = child(record, 'venue');
		const venue = squash(venueEl?.textContent ?? '');
		// (the venue's name is set in italics before its date: `<em>Journal of …</em>, Sep 1984`)
		// (or opens its line, its date and a rating after it: `Addison-Wesley · 2019 · ★★★★☆`)
		const named = squash(venueEl?.getElementsByTagName('em')[0]?.textContent
			?? /^([^·|,\d]{2,60}?)\s*[·|,]\s*(?:19|20)\d{2}\b/.exec(venue)?.[1] ?? '');
		const date = parseDate(/\b(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}\b/.exec(venue.replace(named, ''))?.[0]);
		const button = [...each(record.getElementsByTagName('a'), 20)]
			.find(a => OPENS_WORK.test(squash(a.textContent ?? '')) && a.getAttribute('href'));
		const href = titleEl.getElementsByTagName('a')[0]?.getAttribute('href') ?? button?.getAttribute('href');
		const url = httpUrl(href ?? undefined, base)?.href;
		const near = squash(record.parentElement?.textContent ?? record.textContent ?? '').slice(0, 300);
		// (the venue's name opens its line: one test of the line says whether it is a proceedings)
		const proceedings = PROCEEDINGS.test(venue);
		const publisher = named && !proceedings ? named : venueEl ? undefined : listedHouse(record);
		const bib = {authors, contributors, ...(publisher ? {publisher} : {})};
		// (the record's parts are the segments around its title's, its people's and its venue's, before it or after:
		// a chat's link embed names its author over its title; then its buttons', inside it, not the next message's)
		const parts = [squash(authorEl.textContent ?? ''), venue].filter(Boolean)
			.map(text => segAt!.get(text) ?? -1).filter(at => Math.abs(at - seg) <= PART_REACH);
		const last = Math.max(seg, ...parts);
		const inside = squash(record.textContent ?? '').includes(squash(segs[last + 1]?.text ?? '\n'));
		const cells: [number, number] = [Math.min(seg, ...parts), inside ? last + 1 : last];
		const paper = proceedings || PERIODICAL.test(named);
		const c: Candidate = {title, kind: paper ? 'paper' : guessKind({title, near, bib}), seg, context: near, authors,
			...(contributors.length ? {contributors} : {}),
			...(url ? {url} : {}), ...(publisher ? {publisher} : {}), ...(date ? {publishedAt: date} : {}),
			cells};
		out.push(c);
	}
	return out;
}
