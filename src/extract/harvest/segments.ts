import {httpUrl} from '../../core/url.ts';
import {creditLine} from './biblio.ts';
import {parseCitation} from './citation.ts';
import {boldByAttribute, isListMarker, standardTag} from './custom-elements.ts';
import {factRows} from './facts-table.ts';
import {fieldOf, type Fields} from './field-classes.ts';
import {playerPage, redirectTarget} from './hosts.ts';
import {sectionKind} from './kind.ts';
import {isChrome, linkPreview, type Lengths} from './main-content.ts';
import {KEYCAP} from './text.ts';

/** A stretch [start, end) of a segment's text. */
export type Span = {start: number; end: number};

/** How many of `sorted` (ascending by `key`) have a key up to `value`. */
export function countUpTo<T>(sorted: T[], value: number, key: (item: T) => number): number {
	let [low, high] = [0, sorted.length];
	while (low < high) {
		const mid = (low + high) >> 1;
		if (key(sorted[mid]!) <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}
/** A link inside a segment, with its resolved http(s) address. */
export type LinkSpan = Span & {url: URL; text: string};

/** One block of running text (a paragraph, a list item's own text, a heading...). */
export type Segment = {
	tag: string;
	text: string;
	links: LinkSpan[];
	/**
	 * Emphasised stretches (em, i, cite, strong, b) within this segment, in order of their ends: where English posts
	 * put titles.
	 */
	marks: Span[];
	/** The nearest heading above this segment. */
	heading: string;
	/** The page of a video player embedded right before this segment or in it (a YouTube or Vimeo iframe). */
	player?: URL;
	/** Facts its elements' classes name (`<span class="item-author">`): field-classes.ts. */
	fields?: Fields;
	/** The page a link preview holding this segment shows (a forum's onebox): its lines are that one page's. */
	preview?: URL;
};

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
	'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
	'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);
const MARKS = new Set(['EM', 'I', 'CITE', 'STRONG', 'B', 'Q']);
/**
 * Emphasis set by a span's inline style, as rich editors write bold and italics (Wix's Ricos, Draft.js, a paste from
 * Google Docs: `<span style="font-style:italic">Title</span>`, `<span style="font-weight:700">`): a mark as `<i>` is.
 */
const STYLED_MARK = /(?:^|;)\s*(?:font-style\s*:\s*italic|font-weight\s*:\s*(?:bold|[6-9]00))\b/i;
const marked = (el: Element, tag: string) => MARKS.has(tag)
	|| (tag === 'SPAN' && STYLED_MARK.test(el.getAttribute('style') ?? '')) || boldByAttribute(el, tag);
const MAX_DEPTH = 400;

/**
 * Splits the content under `root` into segments, skipping page chrome (comments only when the page is no `discussion`)
 * and the question of a thread that asks (`asker`).
 * Links resolve against `base`.
 */
export function segmentsOf(root: Element, lengths: Lengths, base: string, discussion = false, asker?: Element,
): Segment[] {
	const out: Segment[] = [];
	const rootLength = lengths.get(root) ?? 0;
	let heading = '';
	// The text so far as pieces: a string grown and tested a piece at a time is copied whole at each test
	let pieces: string[] = [];
	let length = 0;
	let last = '';
	let links: LinkSpan[] = [];
	let marks: Span[] = [];
	let flushes = 0;
	// A link that wraps whole blocks (a card: <a><h3>Title</h3></a>) links each segment inside it
	let enclosing: URL | undefined;
	// A video player met since the last segment: the next one says what it plays (a caption, a credit)
	let player: URL | undefined;
	let fields: Fields = {};
	let preview: URL | undefined;
	// Inside a block of plain text shown as written, whose newlines are its line breaks
	let keepLines = preformatted(root);
	const add = (piece: string) => {
		if (!piece) return;
		pieces.push(piece);
		length += piece.length;
		last = piece[piece.length - 1]!;
	};
	// (zero-width spaces are no text: an editor closes each block with one, as Feishu's documents do)
	const append = (text: string) => {
		const bare = text.replace(/[\u200b\u2060\ufeff]/g, '');
		const squashed = keepLines ? bare.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n')
			: bare.replace(/\s+/g, ' ');
		add(/\s/.test(last) || !length ? squashed.replace(/^ /, '') : squashed);
	};
	const flush = (tag: string) => {
		const buf = pieces.join('');
		const lead = buf.length - buf.trimStart().length;
		const text = buf.trim();
		flushes++;
		if (text) {
			const shift = <T extends Span>(s: T): T =>
				({...s, start: Math.max(0, s.start - lead), end: Math.min(text.length, s.end - lead)});
			if (enclosing && !links.length) links.push({start: lead, end: lead + text.length, url: enclosing, text});
			out.push({tag, text, links: withBareUrls(text, links.map(shift)), marks: marks.map(shift), heading,
				...(player ? {player} : {}), ...(Object.keys(fields).length ? {fields} : {}),
				...(preview ? {preview} : {})});
			player = undefined;
			if (/^H[1-6]$/.test(tag)) heading = text;
		}
		pieces = [];
		length = 0;
		last = '';
		links = [];
		marks = [];
		fields = {};
	};
	const walk = (el: Element, block: string, depth: number): void => {
		for (let node = el.firstChild; node; node = node.nextSibling) {
			if (node.nodeType === 3) append(node.nodeValue ?? '');
			if (node.nodeType !== 1) continue;
			const child = node as Element;
			// (an editor's own element is read as the one it stands for: custom-elements.ts)
			// (and a block its role or class names a list's item: `role="listitem"`, `notion-bulleted_list-block`)
			const tag = listItem(child) ? 'LI' : standardTag(child.tagName.toUpperCase());
			if (isListMarker(tag)) continue;
			if (tag === 'BR') add('\n');
			if (tag === 'IFRAME') player = playerPage(child.getAttribute('src'), base) ?? player;
			if (depth > MAX_DEPTH || child === asker || isChrome(child, lengths, rootLength, discussion)) continue;
			const facts = tag === 'TABLE' ? factRows(child) : undefined;
			if (facts) {
				flush(block);
				for (const [label, cell] of facts) {
					append(`${label}：`);
					walk(cell, 'P', depth + 1);
					flush('P');
				}
				continue;
			}
			// (a link preview the content keeps, isChrome says: each of its lines is the page it shows)
			if (tag === 'ASIDE') {
				flush(block);
				const outer = preview;
				preview = httpUrl(linkPreview(child), base) ?? preview;
				walk(child, 'DIV', depth + 1);
				flush('DIV');
				preview = outer;
				continue;
			}
			if (BLOCKS.has(tag)) {
				const count = out.length;
				flush(block);
				// A list item's label naming a kind of work over a nested list (`<li>Talks<ul>…</ul></li>`) heads that
				// list
				const label = block === 'LI' && /^[OU]L$/.test(tag) && out.length > count
					? out[out.length - 1]! : undefined;
				const outer = heading;
				const labelled = !!label && !label.links.length && !!sectionKind(label.text);
				if (labelled) heading = label.text;
				// A paragraph opening a list item is the item, as Markdown's loose lists and rich editors wrap it
				// (`<li><p>Title - Name</p></li>`)
				// (so is a wrapper opening it, a paragraph inside: GitBook's `<li><div><p>Title</p></div></li>`); a
				// heading's text in blocks of its own is the heading's (GitBook, Docusaurus:
				// `<h2><div><a href="#books"></a></div><div>Books</div></h2>`)
				// (and a paragraph opening a table's cell is the cell, as rich editors write one: `<td><p>T</p></td>`)
				const opening = /^(?:LI|TD)$/.test(block) && /^(?:P|DIV)$/.test(tag) && !length
					&& (child === el.firstElementChild || textless(child.previousElementSibling));
				const inHeading = /^H[1-6]$/.test(block) && /^(?:DIV|P)$/.test(tag);
				const as = opening || inHeading ? block : cardTitle(child) ? 'H6' : tag;
				const outerLines = keepLines;
				keepLines ||= preformatted(child);
				walk(child, as, depth + 1);
				// (a block its own class names a work's fact is that fact whole: `<p class="tip__author">Name</p>`)
				const own = fieldOf(child);
				if (own && !fields[own]) fields[own] = pieces.join('').trim();
				flush(as);
				keepLines = outerLines;
				if (labelled) heading = outer;
				continue;
			}
			const start = length;
			const first = pieces.length;
			const before = flushes;
			const outer = enclosing;
			const href = tag === 'A' ? httpUrl(child.getAttribute('href'), base) : undefined;
			const url = href && redirectTarget(href);
			if (url) enclosing = url;
			walk(child, block, depth + 1);
			enclosing = outer;
			if (tag === 'A') {
				if (url && flushes === before) {
					links.push({start, end: length, url, text: pieces.slice(first).join('').trim()});
				}
			} else if (marked(child, tag) && flushes === before && length > start) marks.push({start, end: length});
			const field = flushes === before && length > start ? fieldOf(child) : undefined;
			if (field) fields[field] ??= pieces.slice(first).join('').trim();
		}
	};
	walk(root, root.tagName.toUpperCase(), 0);
	flush(root.tagName.toUpperCase());
	return out;
}

/**
 * Text that sets its own paragraphs apart by blank lines, as a plain-text post is shown as written (a BBS's article, a
 * mailing list's message, in a block styled to keep its white space): its newlines are its line breaks, as `<br>`s
 * are. Markup's own newlines, between tags or wrapping a paragraph's source, never hold a blank line inside text.
 */
const PLAIN_TEXT_PARAGRAPHS = /\S[^\S\n]*\n[^\S\n]*\n\s*\S/;
function preformatted(el: Element): boolean {
	for (let node = el.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 3 && PLAIN_TEXT_PARAGRAPHS.test(node.nodeValue ?? '')) return true;
	}
	return false;
}

/** A class naming a block a list's item, as editors that draw lists with blocks name them. */
const LIST_ITEM_CLASS = /(?:bulleted|numbered)[_-]?list[_-]?(?:block|item)(?:$|\s)/i;
const listItem = (el: Element) => el.tagName === 'DIV'
	&& (el.getAttribute('role') === 'listitem' || LIST_ITEM_CLASS.test(el.getAttribute('class') ?? ''));
/** Siblings before a list item's text that hold none (its bullet drawn as an empty block). */
const textless = (el: Element | null): boolean =>
	!el || (!(el.textContent ?? '').trim() && textless(el.previousElementSibling));

/** A class naming an element a title (`t776__title`, `card-title`, `book_title`), as shops' and sites' grids do. */
const TITLE_CLASS = /(?:^|[\s_-])title$/;

/**
 * A grid's card title set in a block that is no heading (`<div class="t776__title">Title</div>` in each of a shop's
 * cards): read as a heading, which cards' titles are. Its class is the grid's (another card holds it too), its text
 * a short line; not inside a link, where a link card's lines are read as such (link-cards.ts).
 */
function cardTitle(el: Element): boolean {
	if (el.tagName !== 'DIV' || el.firstElementChild) return false;
	// (the class first: most blocks have none that names a title, and need no look up the tree)
	const name = (el.getAttribute('class') ?? '').split(/\s+/).find(word => TITLE_CLASS.test(word));
	if (!name || el.closest('a[href]')) return false;
	const text = el.textContent?.trim() ?? '';
	return text.length > 1 && text.length <= 150 && el.ownerDocument.getElementsByClassName(name).length > 1;
}

/** An address written out in the text, up to a blank, a quote or a closing bracket or full stop. */
const BARE_URL = /https?:\/\/[^\s<>"'“”‘’（）()，。、；]+[^\s<>"'“”‘’（）()，。、；.,;:!?]/g;

/**
 * Addresses written out and not linked (a video description, a plain-text newsletter, a forum that links nothing) are
 * the line's links as a reader sees them; those inside a link are that link. Kept in order of their starts.
 */
function withBareUrls(text: string, links: LinkSpan[]): LinkSpan[] {
	if (!text.includes('://')) return links;
	const bare: LinkSpan[] = [];
	let at = 0; // Links come in the order of the text: one pass over them for all the addresses
	for (const m of text.matchAll(BARE_URL)) {
		const [start, end] = [m.index, m.index + m[0].length];
		while (at < links.length && links[at]!.end <= start) at++;
		if (at < links.length && links[at]!.start < end) continue;
		const url = httpUrl(m[0]);
		if (url) bare.push({start, end, url: redirectTarget(url), text: m[0]});
	}
	return bare.length ? [...links, ...bare].sort((a, b) => a.start - b.start) : links;
}

/** Short lines: a list written as lines, not prose wrapped by hand. */
const MAX_LINE = 150;
/**
 * A line that reads as a list item: numbered or bulleted (`1.`, `2)`, `3、`, `-`, `•`, the Japanese `・`), or pairing a
 * title with its people (`Title - Author`, `Title by Author`). A work's details on lines (`作者: X<br>出版社: Y`) are
 * neither.
 */
const LIST_LINE = new RegExp(String.raw`^\s*(?:[-*•·・▪◦‣➤►▶→✓✔☐☑✅]|\(?\d{1,3}[.)、．]|[一二三四五六七八九十]{1,3}[、.．]`
	+ String.raw`|${KEYCAP})\s*\S|\S\s+(?:[-–—]|by)\s+\S`, 'iu');
/** A list's number opening a line: `1.`, `2)`, `3、`, a keycap's `4️⃣`. */
const NUMBERED = new RegExp(String.raw`^(?:\(?\d{1,3}[.)、．]|${KEYCAP})\s*\S`, 'u');
/** Blocks whose `<br>` lines may be a list's items (a list item's own lines are its work's details). */
const LINED = /^(?:P|DIV|BLOCKQUOTE|TD|DD|SECTION|ARTICLE|MAIN)$/;

/**
 * A paragraph of short lines broken by `<br>` (`1. Sapiens - Yuval Noah Harari<br>2. Educated - Tara Westover`) is a
 * list written without list markup, as editors and Markdown with hard breaks leave it: each line is then read as a
 * list item, its links and emphasis with it. Linear: links and marks are handed out in one pass each.
 */
export function lineItems(seg: Segment): Segment[] {
	// A short paragraph numbered as a list's item is one (`<p>1. The Pragmatic Programmer (Hunt & Thomas)<p>2. …`), or
	// a block's line parted by blank lines, a sentence or two on the work after its title (`1️⃣ Name, «Title». …`)
	const numbered = NUMBERED.test(seg.text);
	// (and so is a paragraph that is a book's title alone in 《》, wholly in bold, its platform maybe before it:
	// `<p><b>《Title》</b></p><p>A 著 ｜ …`, `<p><b>极客时间《Title》</b></p>`)
	const whole = seg.marks.some(m => m.start === 0 && m.end === seg.text.length);
	if (seg.tag === 'P' && whole && !seg.links.length && /^[^《》]{0,8}《[^《》]{1,60}》$/u.test(seg.text)) {
		return [{...seg, tag: 'H6'}];
	}
	if (/^(?:P|DIV)$/.test(seg.tag) && numbered && !seg.text.includes('\n') && seg.text.length <= 2 * MAX_LINE) {
		// (wholly in bold, short, no link: a heading its editor had none for, `<p><b>1. Title</b></p><p>Name 저 /
		// House / 2013</p><p>a comment</p>`, its facts and comment the paragraphs under it)
		return [{...seg, tag: whole && !seg.links.length && seg.text.length <= 80 ? 'H6' : 'LI'}];
	}
	if (!LINED.test(seg.tag) || !seg.text.includes('\n')) return [seg];
	const lines = seg.text.split('\n');
	const filled = lines.filter(line => line.trim());
	// A first line ending in a colon introduces the list (`And two classics:<br>13. Title, Name<br>14. …`); so does a
	// label, a few words with no sentence in them (`📚 BOOKS<br>➤ Title – Name`), which heads the lines as a heading
	// does
	const first = filled[0]?.trim() ?? '';
	const label = first.length <= 40 && !/[.!?。！？,，;；]/.test(first) && !LIST_LINE.test(first);
	const lead = label || /[:：]\s*$/.test(first) ? 1 : 0;
	const heading = label ? first.replace(/[:：]$/, '') : seg.heading;
	// (or a bibliography's lines: `Newport, Cal. Deep Work. Grand Central, 2016.`)
	// (a numbered entry may run longer: its number says it is a list's line, not prose wrapped by hand; a book's title
	// and subtitle, four authors and the imprint take more than a line's length)
	const long = (line: string) => line.length > (ENTRY.test(line) ? 2 * MAX_LINE : MAX_LINE);
	if (filled.length < (label ? 2 : 2 + lead) || lines.some(long)) return [seg];
	// (a numbered title wholly in bold over its credit line is one work's card, no list of two: `<b>1. <a>Title</a></b>
	// <br>A, B & C — House, 2014`, read whole under it, numbered-lead.ts)
	const card = filled.length === 2 && /^\(?\d{1,3}[.)]\s/.test(first) && !!creditLine(filled[1]!.trim())
		&& seg.marks.some(m => m.start === 0 && m.end >= first.length);
	if (card) return [seg];
	const units: Unit[] = [];
	let from = 0;
	for (const line of lines) {
		const start = from + line.length - line.trimStart().length;
		units.push({start, end: start + line.trim().length});
		from += line.length + 1;
	}
	const listed = filled.slice(lead).every(line => LIST_LINE.test(line) || parseCitation(line));
	if (!listed) return entries(seg, lines, units) ?? [seg];
	const out: Segment[] = [];
	for (const [i, part] of cut(seg, units.filter(u => u.end > u.start)).entries()) {
		out.push({...part, tag: i || !lead ? 'LI' : seg.tag, heading: i ? heading : seg.heading});
	}
	return out;
}

/** A stretch [start, end) of a segment's text that becomes a segment of its own. */
type Unit = {start: number; end: number};

/** The segments over `units` (in order, apart): each with its links and marks, handed out in one pass each. */
export function cut(seg: Segment, units: Unit[]): Segment[] {
	let [link, mark] = [0, 0];
	return units.map(({start, end}) => {
		const shift = <T extends Span>(s: T): T => ({...s, start: s.start - start, end: s.end - start});
		const links: LinkSpan[] = [];
		for (; link < seg.links.length && seg.links[link]!.start < end; link++) {
			if (seg.links[link]!.start >= start && seg.links[link]!.end <= end) links.push(shift(seg.links[link]!));
		}
		const marks: Span[] = [];
		for (; mark < seg.marks.length && seg.marks[mark]!.end <= end; mark++) {
			if (seg.marks[mark]!.start >= start) marks.push(shift(seg.marks[mark]!));
		}
		return {tag: 'LI', text: seg.text.slice(start, end), links, marks, heading: seg.heading};
	});
}

/** A numbered entry's first line (`①《活着》`, `2. Title`, a keycap's `3️⃣ Title`), emoji before it aside. */
const ENTRY = new RegExp(String.raw`^\s*(?:\p{Extended_Pictographic}\u{FE0F}?\s*)*(?:\(?\d{1,3}[.)、．]|[①-⑳]`
	+ String.raw`|[一二三四五六七八九十]{1,3}[、.．]|${KEYCAP})\s*\S`, 'u');

/**
 * Numbered entries, each a line and a few lines of its details under it (`①《活着》<br>✍️作者：余华<br>💡一句话：…`), as notes
 * and posts without list markup write them: each entry with its lines is a list item, up to a blank line or the next
 * entry. The lines before the first entry and after the last one's are the paragraph's own.
 */
function entries(seg: Segment, lines: string[], units: Unit[]): Segment[] | undefined {
	const starts = lines.flatMap((line, i) => (ENTRY.test(line) ? [i] : []));
	if (starts.length < 2) return undefined;
	const groups: {unit: Unit; item: boolean}[] = [];
	const before = seg.text.slice(0, units[starts[0]!]!.start).trimEnd().length;
	if (before) groups.push({unit: {start: 0, end: before}, item: false});
	let last = starts[0]!;
	for (const [n, at] of starts.entries()) {
		let end = at;
		while (end + 1 < (starts[n + 1] ?? lines.length) && lines[end + 1]!.trim()) end++;
		if (end - at > 4) return undefined; // Entries of a few lines each, not paragraphs under numbers
		groups.push({unit: {start: units[at]!.start, end: units[end]!.end}, item: true});
		last = end;
	}
	const after = seg.text.slice(units[last]!.end);
	const tail = seg.text.length - after.trimStart().length;
	if (after.trim()) groups.push({unit: {start: tail, end: seg.text.length}, item: false});
	return cut(seg, groups.map(g => g.unit)).map((part, i) => (groups[i]!.item ? part : {...part, tag: seg.tag}));
}

/** Each text's first segment, looked up, not searched per row or record (a table's, a classed record's title). */
export function firstSegments(segs: Segment[], prefer?: (seg: Segment) => boolean): Map<string, number> {
	const first = segs.reduceRight((map, s, i) => map.set(s.text, i), new Map<string, number>());
	// (the first of those `prefer` takes, where one is: a table's cell, not a heading of the same text above it)
	return prefer ? segs.reduceRight((map, s, i) => (prefer(s) ? map.set(s.text, i) : map), first) : first;
}
