import type {ScriptCounts} from '../language.ts';

/**
 * What ONE walk over the document gives every source: the elements each needs (instead of a query per
 * source and field) and the counts of its visible text (language, reading time), plus text after "ISBN" labels.
 */
export type Scan = ScriptCounts & {
	itemscope: Element[]; itemprop: Element[]; typeof: Element[]; property: Element[];
	jsonld: Element[]; dates: Element[]; h1: Element[]; p: Element[]; time: Element[]; byline: Element[]; img: Element[]; roots: Element[];
	base?: Element; coins: Element[]; isbnText: string;
};

/** Subtrees whose text is not the page's content. */
const NOT_TEXT = /^(head|script|style|noscript|template|svg|nav|header|footer|aside|form|button|select|iframe|textarea)$/;
const BYLINE = /byline|\bauthor\b|p-author|author-name/i;
/** Classes of the element that shows a post's date (`date`, `post-timestamp`, `EpisodePublishDate`, `entry-date`). */
const DATED = /date(?!picker)|timestamp|publish|posted/i;
const CAP = 200_000;
/** Elements whose bare text reads as a paragraph (headings, links and list items do not). */
const BLOCK = /^(div|section|article|main|td|dd|blockquote|font|center|span)$/;

function count(text: string, into: ScriptCounts): void {
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) into.han++;
		else if (c >= 0x3040 && c <= 0x30ff) into.kana++;
		else if (c >= 0xac00 && c <= 0xd7af) into.hangul++;
		else {
			const word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
			if (word && !inWord) into.words++;
			inWord = word;
			continue;
		}
		inWord = false;
	}
}

function file(s: Scan, el: Element, tag: string): void {
	if (tag === 'script') {
		if (/ld\+json/i.test(el.getAttribute('type') ?? '')) s.jsonld.push(el);
		return;
	}
	if (tag === 'img') s.img.push(el);
	else if (tag === 'h1') s.h1.push(el);
	else if (tag === 'p' && s.p.length < 50) s.p.push(el);
	else if (tag === 'time') s.time.push(el);
	else if (tag === 'article' || tag === 'main') s.roots.push(el);
	else if (tag === 'base') s.base ??= el;
	// One call for the names, then values only where needed: attribute access dominates the walk's cost.
	for (const name of el.getAttributeNames()) {
		if (name === 'itemscope' || name === 'itemprop' || name === 'typeof' || name === 'property') s[name].push(el);
		else if (name === 'role' && el.getAttribute('role') === 'main') s.roots.push(el);
		else if ((name === 'class' || name === 'rel') && s.byline.length < 20 && BYLINE.test(el.getAttribute(name)!)) s.byline.push(el);
		if (name === 'class' && s.dates.length < 8 && DATED.test(el.getAttribute(name)!)) s.dates.push(el);
		if (name === 'class' && tag === 'span' && /\bZ3988\b/.test(el.getAttribute('class')!) && s.coins.length < 2) s.coins.push(el);
	}
}

/** Walks the document once, iteratively (deep nesting cannot overflow the stack), capped for hostile pages. */
export function scan(doc: Document): Scan {
	const s: Scan = {itemscope: [], itemprop: [], typeof: [], property: [], jsonld: [], dates: [], h1: [], p: [], time: [], byline: [], img: [], roots: [], coins: [], han: 0, kana: 0, hangul: 0, words: 0, isbnText: ''};
	let node: Node | null = doc.documentElement;
	let quiet: Node | null = null; // The rejected ancestor whose text we are inside, if any
	let budget = CAP;
	let isbnTail = 0;
	const recent: string[] = []; // The last text nodes: a details list often names the publisher before the ISBN
	while (node && budget-- > 0) {
		if (node.nodeType === 1) {
			const tag = (node as Element).localName;
			file(s, node as Element, tag);
			if (!quiet && NOT_TEXT.test(tag)) quiet = node;
		} else if (node.nodeType === 3 && !quiet) {
			const text = node.nodeValue ?? '';
			count(text, s);
			// A block of bare text (a `<div>` written as a paragraph) is a paragraph too, for the description fallback.
			const parent = node.parentElement;
			if (text.length > 80 && parent && BLOCK.test(parent.localName) && s.p.length < 50 && s.p.at(-1) !== parent && text.trim().length > 80) s.p.push(parent);
			// Keep the text after an "ISBN" label: the number usually sits in the next element.
			if (/ISBN|\bEAN\b/i.test(text) && s.isbnText.length < 4000) {
				if (isbnTail <= 0) s.isbnText += `\n${recent.join('\n')}`;
				isbnTail = 24;
			}
			if (isbnTail-- > 0) s.isbnText += `\n${text.slice(0, 200)}`;
			else if (text.trim() && recent.push(text.slice(0, 200)) > 40) recent.shift();
		}
		if (node.firstChild) {
			node = node.firstChild;
			continue;
		}
		while (node && !node.nextSibling) {
			if (node === quiet) quiet = null;
			node = node.parentNode;
		}
		if (node === quiet) quiet = null;
		node = node?.nextSibling ?? null;
	}
	return s;
}
