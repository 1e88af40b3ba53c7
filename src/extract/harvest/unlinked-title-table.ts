/**
 * A table comparing works, one a row, whose title cell is plain text: its people stand in a column of their own and
 * its one link in another, whose words name where the work is given (`Harvard / edX`, `Coursera, Hebrew University of
 * Jerusalem`), as posts comparing courses set them. Whatever the columns are headed (`Кто ведёт`, `Где`), what their
 * cells hold says what they are: names in most rows, a link in most rows. The link is the work's address, the
 * institution its words name its publisher (the platform it names beside is where it is, no publisher).
 */
import {each} from '../dom.ts';
import {httpUrl} from '../../core/url.ts';
import {hostInfo} from './hosts.ts';
import type {Candidate} from './item.ts';
import {guessKind, sectionKind} from './kind.ts';
import {personNames} from './names.ts';
import {firstSegments, type Segment} from './segments.ts';
import {cleanTitle, squash} from './text.ts';

/** A share of the body rows a column's cells must fill alike to say what it holds. */
const MOST = 2 / 3;
/** A note closing a title cell in brackets with a number in it: a term (`(Spring 2020)`) or a former number. */
const NOTE = /\s*[(（]([^()（）]*\d[^()（）]*)[)）]\s*$/u;
/** A term, as course tables date a run of a course (`Spring 2020`, `Fall 2023`, `2019`). */
const TERM = /^(?:\p{L}+\s+)?(?:19|20)\d{2}$/u;
/** What parts a cell naming several places (`Coursera, DeepLearning.AI и Stanford`, `Harvard / edX`). */
const PARTS = /\s*(?:[/,，;&]|\s(?:и|and|und|et|e|y)\s)\s*/u;

/** The cells of a row, as text. */
const texts = (row: HTMLTableRowElement) => [...each(row.cells)].map(cell => squash(cell.textContent ?? ''));

/**
 * The one link a cell holds, if it holds exactly one and all the cell's words are the link's (a place's name: a
 * cell linking a title and citing it after, `<a>Title</a> (Name et al., 2017)`, holds the work, no place).
 */
function oneLink(cell: Element | undefined, base: string): URL | undefined {
	const links = cell ? [...each(cell.getElementsByTagName('a'))].filter(a => a.getAttribute('href')) : [];
	const whole = links.length === 1 && squash(links[0]!.textContent ?? '') === squash(cell!.textContent ?? '');
	return whole ? httpUrl(links[0]!.getAttribute('href'), base) : undefined;
}

/**
 * The institution a place cell names: its parts but the one naming the link's own site (`Coursera` for a Coursera
 * page, `YouTube` for a playlist), the first of the others, its lowercase lead words (`лекции CS Center`) aside.
 */
function institution(text: string, url: URL): string | undefined {
	const site = [url.hostname.replace(/^www\./, '').split('.')[0]!, hostInfo(url)?.provider ?? '']
		.map(name => name.toLowerCase().replace(/\W/g, '')).filter(Boolean);
	const parts = text.split(PARTS).map(part => part.replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '').trim()).filter(Boolean);
	const others = parts.filter(part => !site.includes(part.toLowerCase().replace(/\W/g, '')));
	return (others.length ? others : parts)[0];
}

/**
 * The works of tables whose title column is plain text, its people and its link in columns of their own; `read` are
 * rows another reader took already (their title segments), left to it.
 */
export function unlinkedTitleRows(root: Element, segs: Segment[], base: string, read: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const taken = new Set(read.map(c => c.seg));
	let segAt: Map<string, number> | undefined;
	for (const table of each(root.getElementsByTagName('table'), 20)) {
		const [head, ...body] = [...each(table.rows, 300)];
		if (!head || body.length < 2) continue;
		const width = head.cells.length;
		const share = (test: (cell: Element) => boolean) => Array.from({length: width}, (_, c) =>
			body.filter(row => row.cells[c] && test(row.cells[c]!)).length / body.length);
		const named = share(cell => !!personNames(squash(cell.textContent ?? '')));
		const linked = share(cell => !!oneLink(cell, base));
		const people = named.findIndex(s => s >= MOST);
		const place = linked.findIndex((s, c) => s >= MOST && c !== people);
		// (the title column is the first, plain text in every row: no link, not names, though a title may read as one)
		if (people <= 0 || place <= 0 || linked[0]! > 0 || named[0]! >= MOST) continue;
		const section = sectionKind(squash(head.cells[0]?.textContent ?? ''));
		for (const row of body) {
			const cells = texts(row);
			const text = cells[0] ?? '';
			const note = NOTE.exec(text);
			const title = cleanTitle(note ? text.slice(0, note.index) : text);
			const url = oneLink(row.cells[place], base);
			if (title.length < 2) continue;
			segAt ??= firstSegments(segs);
			const seg = segAt.get(text) ?? -1;
			if (taken.has(seg)) continue;
			const filled = cells.filter(Boolean);
			const first = seg - filled.indexOf(text);
			const authors = personNames(cells[people] ?? '') ?? [];
			const publisher = url ? institution(cells[place] ?? '', url) : undefined;
			const bib = {authors, contributors: [], ...(publisher ? {publisher} : {})};
			const context = squash(row.textContent ?? '').slice(0, 300);
			const host = url ? hostInfo(url) : undefined;
			// (what the title column is headed, `Course`, says what every row is, whatever its publisher suggests)
			const kind = section ?? guessKind({title, near: context, bib, host});
			const cellRange: [number, number] = [first, first + filled.length - 1];
			const c: Candidate = {title, kind, seg, context, ...(url ? {url: url.href} : {}),
				...(seg >= 0 ? {cells: cellRange} : {})};
			if (authors.length) c.authors = authors;
			if (publisher) c.publisher = publisher;
			if (note && TERM.test(note[1]!.trim())) c.publishedAt = note[1]!.trim();
			out.push(c);
		}
	}
	return out;
}
