import type {Proposal} from '../candidate.ts';
import type {Scan} from './scan.ts';
import {entityCandidate, rankOf, singlePart, type Node} from './entity.ts';

/**
 * An element's property value by the microdata rules (RDFa Lite reads the same attributes), for the elements pages
 * put properties on: links, images, `<time>` and `<data>` (no page of the corpora puts one on a media element, a
 * frame, an `<object>` or a `<meter>`, whose values cost 72 B). Properties that are text: `<a itemprop="name" href>`
 * names the link's text, whatever microdata says of `<a>`.
 */
const valueOf = (el: Element, prop: string): string => {
	const tag = el.localName;
	const attr = el.getAttribute('content') ?? (/^(a|link)$/.test(tag)
		&& !(/^(name|headline|alternateName|alternativeHeadline|description|publisher|author|creator|keywords)$/
			.test(prop) && el.textContent!.trim())
		? el.getAttribute('href')
		: tag === 'img' ? el.getAttribute('src') ?? el.getAttribute('data-src')
		: tag === 'time' ? el.getAttribute('datetime')
		: tag === 'data' ? el.getAttribute('value') : null);
	return attr ?? el.textContent!.slice(0, 5000);
};

/**
 * Items of one attribute syntax as schema.org nodes: microdata (`itemscope`/`itemtype`/`itemprop`) or RDFa Lite
 * (`typeof`/`property`). Properties map to own keys only, so `itemprop="__proto__"` is just data.
 */
const items = (
	scopes: Element[], props: Element[], scope: string, type: string, prop: string,
): [tops: Node[], authors: unknown[]] => {
	const nodes = new Map<Element, Node>();
	// (Both lists capped by the scan: 2,000 items, 10,000 properties.)
	for (const el of scopes) {
		const node = Object.create(null) as Node;
		node['@type'] = (el.getAttribute(type) ?? '').trim().split(/\s+/);
		nodes.set(el, node);
	}
	// An author outside every item (a byline's Person before the article's scope) is the page's author.
	const authors: unknown[] = [];
	for (const el of props) {
		const owner = el.parentElement?.closest(`[${scope}]`);
		const node = owner && nodes.get(owner);
		// (test() reads a missing attribute as `null`, which is no `author`)
		if (!owner && /\bauthor\b/.test(el.getAttribute(prop) as string)) {
			authors.push(nodes.get(el) ?? valueOf(el, 'author'));
		}
		if (!node) continue;
		for (const name of (el.getAttribute(prop) ?? '').trim().split(/\s+/)) {
			const key = name.replace(/^.*[/#:]/, '');
			// A repeated property lists its values (a node has no prototype: `in` sees its own keys only; no value is
			// an array, and its list is flattened once)
			const value = nodes.get(el) ?? valueOf(el, key);
			if (key) node[key] = key in node ? [node[key], value].flat() : value;
		}
	}
	// A page's item (`WebPage`) names the work it is about as its `mainEntity`: that item is a candidate too.
	return [[...nodes].filter(([el]) => /^(mainEntity)?$/.test(el.getAttribute(prop) ?? '')).map(([, node]) => node),
		authors];
};

/** The best-ranked top-level microdata and RDFa items, as proposals. */
export const embedded = (s: Scan, shown: string): Proposal[] => {
	return ([
		['microdata', 'itemscope', 'itemtype', 'itemprop'], ['rdfa', 'typeof', 'typeof', 'property'],
	] as const).flatMap(([source, scope, type, prop]): Proposal[] => {
		const [found, authors] = items(s[scope], s[prop], scope, type, prop);
		const top = found.map(node => singlePart(node, v => v)).filter(node => rankOf(node) < 9)
			.sort((a, b) => rankOf(a) - rankOf(b))[0];
		if (!top) return [];
		if (!top['author'] && authors.length) top['author'] = authors;
		return [[source, entityCandidate(top, v => v, shown)]];
	});
};
