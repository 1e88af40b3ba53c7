import {each} from '../dom.ts';

/** One pass over a page's `<meta>` and `<link>` elements into maps, so no source queries the document per field. */
export type Head = {
	/** `rel` token (lowercased) -> hrefs in page order. */
	links: Map<string, string[]>;
	/**
	 * The first non-blank value of the first of the space-separated keys that has one: keys are `property`/`name`/
	 * `http-equiv` (lowercased, `dcterms.`/`dc:` folded to `dc.`, the Open Graph namespaces' spellings
	 * `og:book:`/`books:`/`og:article:` to `book:`/`article:`).
	 */
	get(keys: string): string | undefined;
	/** Every value of each of the space-separated keys. */
	all(keys: string): string[];
};

const push = (map: Map<string, string[]>, key: string, value: string) =>
	map.set(key, [...map.get(key) ?? [], value].slice(0, 50));

/** Reads every meta and link element once (capped: a hostile page may have millions). */
export const readHead = (doc: Document): Head => {
	const meta = new Map<string, string[]>();
	const links = new Map<string, string[]>();
	for (const el of each(doc.getElementsByTagName('meta'))) {
		const content = el.getAttribute('content') ?? el.getAttribute('value');
		if (content == null) continue; // A microdata `<meta itemprop>` has no key here: it is read as microdata only
		// A missing one joins as ''
		const keys = 'property name http-equiv'.split(' ').map(name => el.getAttribute(name)).join(' ');
		for (const key of new Set(keys.toLowerCase().split(/\s+/))) {
			if (key) push(meta, key.replace(/^(dcterms|dc)[.:]/, 'dc.').replace(/^(og:)?(book|article)s?:/, '$2:'), content);
		}
	}
	for (const el of each(doc.getElementsByTagName('link'))) {
		const href = el.getAttribute('href');
		if (href) for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) {
			if (rel) push(links, rel, href);
		}
	}
	const all = (keys: string) => keys.split(' ').flatMap(key => meta.get(key) ?? []);
	// The first key with a non-blank value is the first to give one in that list.
	return {links, get: keys => all(keys).find(value => value.trim()), all};
};
