import {each} from '../dom.ts';
import type {ScriptCounts} from '../language.ts';
import {PUBLISHER, labelText} from './details.ts';

/**
 * What the sources need from the document, gathered once: the structured data's elements (instead of a query per
 * source and field), the counts of its visible text (language, reading time), and the text around "ISBN" labels. A
 * query one reader alone makes is that reader's (the HTML fallbacks').
 */
export type Scan = ScriptCounts & {
	itemscope: Element[]; itemprop: Element[]; typeof: Element[]; property: Element[];
	jsonld: Element[];
	isbnText: string;
};

/**
 * The first `cap` matches of a selector. Native queries walk the tree in the engine: walking it node by node
 * from script cost twice the 10 ms budget on a 2 MB page.
 */
export const all = (root: ParentNode, selector: string, cap: number): Element[] =>
	[...root.querySelectorAll(selector)].slice(0, cap); // (spread iterates: jsdom re-checks a list's length per index)
/** Subtrees whose text is not the page's content. */
const SKIPPED = 'script style noscript template svg nav header footer aside form button select iframe textarea'.split(' ');
/** Text counted character by character; beyond it the counts are scaled by length (a sample says the language). */
const COUNTED = 200_000;
/** Text walked at all: a hostile page's length stops here. */
const TEXT_CAP = 20_000_000;

/**
 * The text around the first "ISBN"/"EAN" labels, one text node per line: a details list usually names the
 * publisher and date before the number and the pages after it (details.ts reads it).
 */
const isbnWindow = (doc: Document, labels: Node[]): string => {
	if (!labels.length) return '';
	const walker = doc.createTreeWalker(doc.body, 4);
	const lines: string[] = [];
	let last: Node | undefined;
	for (const hit of labels) {
		// A label inside the previous window has been read with it.
		if (last && (last === hit || last.compareDocumentPosition(hit) & 2)) continue;
		walker.currentNode = hit;
		const before = collect(() => walker.previousNode(), 40, last).reverse();
		walker.currentNode = hit;
		const after = collect(() => walker.nextNode(), 24);
		// A node is one line: the source's own line breaks inside it are layout (a title wrapped in the HTML).
		lines.push(...[...before, hit, ...after].map(node => node.nodeValue!.slice(0, 200).replace(/\s+/g, ' ')));
		last = after.at(-1) ?? hit;
	}
	return `\n${lines.join('\n')}`;
};

/**
 * Adds a text's Han, kana and hangul characters and its words (runs of Latin or Cyrillic letters or digits) to `into`,
 * a plain object (on the scan, which has getters, the loop ran three times slower).
 */
const count = (text: string, into: ScriptCounts): void => {
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const word = c < 0x500
			&& ((c > 47 && c < 58) || ((c | 32) > 96 && (c | 32) < 123) || (c > 0xbf && c < 0x250) || c > 0x3ff);
		if (word && !inWord) into.words++;
		inWord = word;
		if ((c > 0x33ff && c < 0xa000) || (c > 0xf8ff && c < 0xfb00)) into.han++;
		else if (c > 0x303f && c < 0x3100) into.kana++;
		else if (c > 0xabff && c < 0xd7b0) into.hangul++;
	}
};

/** A cell or item that opens with a publisher's label is a details list too, when the ISBN's window names none. */
const PUBLISHER_LABEL = new RegExp(`^\\s*${labelText(PUBLISHER)}[\\s\u200e\u200f]*([:：]|$)`, 'imu');
// (a script's or a style's text too: closest() tests the parent itself)
const isContent = (node: Node) => node.nodeValue!.trim() && !node.parentElement?.closest(NOT_TEXT);

const NOT_TEXT = SKIPPED.join();

/**
 * Counts the body's content text and returns the first text nodes that carry an ISBN or EAN label. A TreeWalker
 * over text nodes only, jumping over the subtrees that are not content (nav, scripts, forms...), is ten times
 * cheaper than reading `textContent` or stepping through every element from script.
 */
const walkText = (doc: Document, s: ScriptCounts): Node[] => {
	const body = doc.body;
	if (!body) return [];
	const walker = doc.createTreeWalker(body, 4);
	// Each excluded subtree that holds text, by its first text node (the outermost one where several share it).
	const jumps = new Map<Node, Element>();
	for (const tag of SKIPPED) {
		for (const el of each(body.getElementsByTagName(tag))) {
			walker.currentNode = el;
			const first = walker.nextNode();
			const known = first && jumps.get(first);
			if (first && el.contains(first) && (!known || el.contains(known))) jumps.set(first, el);
		}
	}
	const labels: Node[] = [];
	walker.currentNode = body;
	let chars = 0;
	let counted = 0;
	const n: ScriptCounts = {han: 0, kana: 0, hangul: 0, words: 0};
	for (let node = walker.nextNode(); node && chars < TEXT_CAP; ) {
		const skipped = jumps.get(node);
		if (skipped) {
			walker.currentNode = skipped;
			node = walker.nextSibling(); // The first text node after the skipped subtree, climbing as needed
			continue;
		}
		// Past the sample, with the labels found, a node's length is all we need: reading its text copies it.
		if (chars < COUNTED || labels.length < 3) {
			const text = node.nodeValue!;
			if (chars < COUNTED) {
				count(text, n);
				counted += text.length;
			}
			// The labels a details list keeps its identifier under (`Barcode: geen` on a comic without an ISBN). The
			// regex alone: V8 runs it over 2 MB of text nodes in ~1 ms, faster than a prefilter of four includes().
			if (labels.length < 3 && /Barcode|ISBN|\bEAN\b/i.test(text)) labels.push(node);
		}
		chars += (node as Text).length;
		node = walker.nextNode();
	}
	// (All counted: the same count. No text: 0 / 0, none.)
	for (const k in n) s[k as keyof ScriptCounts] = Math.round((n[k as keyof ScriptCounts] * chars) / counted) || 0;
	return labels;
};

/**
 * The first text of a details cell or item that opens with a publisher label: `<dt>`, `<th>`, `<td>`, `<li>`, and the
 * label elements of lists built from blocks (`<span class="label">`, `<div>`, `<p><b>Publisher:</b> …`). Looked up by
 * tag after the walk: testing the label on every text node cost milliseconds on a large page.
 */
const publisherCell = (body: HTMLElement): Node[] => {
	for (const tag of 'dt th td li span div p b strong label'.split(' ')) {
		for (const el of each(body.getElementsByTagName(tag), 300)) {
			// The first child's text, or its first child's (`<dt><b>Publisher</b>`)
			const first = el.childElementCount < 4
				&& (el.firstChild?.nodeType === 3 ? el.firstChild : el.firstChild?.firstChild);
			if (first && PUBLISHER_LABEL.test(String(first.nodeValue).slice(0, 80)) && isContent(first)) return [first];
		}
	}
	return [];
};

/** Up to `max` content text nodes next to the walker's current one, walking with `step`, stopping at `stop`. */
const collect = (step: () => Node | null, max: number, stop?: Node): Node[] => {
	const nodes: Node[] = [];
	for (let node = step(), tries = 0; node && node !== stop && nodes.length < max && tries < 2000;
		node = step(), tries++) {
		if (isContent(node)) nodes.push(node);
	}
	return nodes;
};

/** Paragraphs of the content root in document order: `<p>`s and blocks of bare text (a `<div>` written as one). */
export const paragraphs = (doc: Document, root: Element): Element[] => {
	const out: Element[] = [];
	const walker = doc.createTreeWalker(root, 4);
	for (let n = 0; n < 5000 && out.length < 50 && walker.nextNode(); n++) {
		const text = walker.currentNode;
		const parent = text.parentElement!; // (under root, a text node's parent is an element)
		if (!text.nodeValue!.trim()) continue;
		// Or an element whose bare text reads as a paragraph (headings, links and list items do not)
		const block = parent.closest('p') ?? (text.nodeValue!.length > 80
			&& /^(div|section|article|main|td|dd|blockquote|center|span|font)$/.test(parent.localName) && parent);
		if (block && root.contains(block) && out.at(-1) !== block && !block.closest(NOT_TEXT)) out.push(block);
	}
	return out;
};

/** Gathers what the sources read, with native queries, each capped for hostile pages. */
export const scan = (doc: Document): Scan => {
	// (its ISBN text is set below, from the walk that counts; the attributes' lists named in a loop: the properties,
	// `itemprop` and `property`, capped at 10,000, the items at 2,000)
	const s = {jsonld: all(doc, 'script[type*="ld+json" i]', 50), han: 0, kana: 0, hangul: 0, words: 0} as
		Record<string, unknown> as Scan;
	for (const a of ['itemscope', 'itemprop', 'typeof', 'property'] as const) {
		s[a] = all(doc, `[${a}]`, a.includes('ro') ? 1e4 : 2e3);
	}
	s.isbnText = isbnWindow(doc, walkText(doc, s));
	if (doc.body && !PUBLISHER_LABEL.test(s.isbnText)) s.isbnText += isbnWindow(doc, publisherCell(doc.body));
	return s;
};
