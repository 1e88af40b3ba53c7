import {pageKey} from '../../core/url.ts';
import type {Proposal} from '../candidate.ts';
import {isText, list} from '../text.ts';
import {entityCandidate, isNode, rankOf, singlePart, textOf, typesOf, type Node} from './entity.ts';

const MAX_SCRIPT = 2_000_000;

/** JSON.parse, then the repairs consumers (Google) tolerate: comments, CDATA, raw newlines, trailing commas. */
const parseLoose = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		const fixed = text.replace(/^\s*(<!--|(\/\/)?<!\[CDATA\[)|(-->|(\/\/)?\]\]>)\s*$/g, '')
			.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1').replace(/}\s*{/g, '},{');
		try {
			return JSON.parse(/^\s*{.*},\s*{/.test(fixed) ? `[${fixed}]` : fixed);
		} catch {
			return undefined; // Broken JSON-LD is common: the other sources still speak
		}
	}
};

/**
 * Every node of the page's JSON-LD, the top-level ones (roots, arrays, `@graph`, `mainEntity`) marked as
 * main-entity candidates.
 */
const collect = (scripts: Element[]): [tops: Node[], ids: Map<string, Node>, all: Node[]] => {
	const tops: Node[] = [];
	const all: Node[] = [];
	const ids = new Map<string, Node>();
	const refs: string[] = [];
	const seen = new Set<unknown>();
	// (any value: a node once the tests below pass)
	const walk = (node: Node, depth: number, top: boolean): unknown => {
		if (depth > 12 || all.length > 2000 || seen.has(node) || typeof node !== 'object' || !node) return;
		seen.add(node);
		if (Array.isArray(node)) return node.slice(0, 500).map(v => walk(v, depth + 1, top));
		all.push(node);
		if (isText(node['@id']) && Object.keys(node).length > 1 && !ids.has(node['@id'])) {
			ids.set(node['@id'], node);
		}
		if (top && typesOf(node).length) tops.push(node);
		else if (top) refs.push(node['@id'] as string); // (no string, no node: ids holds strings only)
		for (const key of Object.keys(node)) {
			walk(node[key] as Node, depth + 1, key === '@graph' || (top && key === 'mainEntity'));
		}
	};
	for (const script of scripts) { // (50 at most: the scan's cap)
		const text = script.textContent!;
		if (text.length < MAX_SCRIPT) walk(parseLoose(text) as Node, 0, true);
	}
	for (const ref of refs) if (ids.has(ref)) tops.push(ids.get(ref)!);
	return [tops, ids, all];
};

/**
 * JSON-LD: the main entity (DESIGN §4: the one whose url is the page's, else by type Book > Course > ... > WebPage)
 * and the site's name from a WebSite node, proposed first: an article's publisher is the company or the blogger behind
 * the site (`Spotify`, `Lena Hartmann`), the WebSite node the site itself (`Spotify Engineering`, `Sattelfest`).
 */
export const jsonLd = (
	scripts: Element[], pageUrls: string[], strict: boolean | undefined, shown: string,
): Proposal[] => {
	const [tops, ids, all] = collect(scripts);
	const resolve = (v: unknown) => (isNode(v) && ids.get(v['@id'] as string)) || v; // (the ids are strings)
	const keys = new Set(pageUrls.map(pageKey));
	const matches = (node: Node) =>
		[node.url, node['@id'], textOf(node.mainEntityOfPage, v => (isNode(v) ? v['@id'] ?? v.url : v))]
			.some(u => isText(u) && keys.has(pageKey(u.replace(/#.*$/, ''))));
	// Strict (a single-page app whose head may be stale): only an entity that names this very URL counts.
	const content = tops.map(node => singlePart(node, resolve))
		.filter(node => rankOf(node) < 8 && (!strict || matches(node)));
	content.sort((a, b) => +matches(b) - +matches(a) || rankOf(a) - rankOf(b));
	const main = content[0] ?? (!strict && tops.find(node => rankOf(node) === 8));
	const site = all.find(node => typesOf(node).includes('WebSite'));
	return [
		site && ['jsonld', {siteName: textOf(site.name, resolve) ?? list(site.alternateName)[0]}],
		main && ['jsonld', entityCandidate(main, resolve, shown)],
	].filter(Boolean) as Proposal[];
};
