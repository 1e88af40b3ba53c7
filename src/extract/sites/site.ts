import {type Candidate, isoMinutes} from '../candidate.ts';
import type {Head} from '../sources/head.ts';

/**
 * What a site adapter gets: the page, its URL, the meta map already read, and the extractor's text helpers. An
 * adapter takes them from here rather than importing them, so its injected script does not carry a copy.
 */
export type SiteContext = {
	doc: Document; url: URL; head: Head;
	/** Trimmed text of the first element matching `selector`. */
	textAt(selector: string): string | undefined;
	labelled: typeof labelled;
	isoMinutes: typeof isoMinutes;
};

/**
 * `Label: value` pairs from a block of text such as Douban's `#info` or Amazon's product details:
 * splits on the given labels and returns the text after each.
 */
export const labelled = (text: string, labels: string[]): Map<string, string> => {
	const found = new Map<string, string>();
	// Any case (`PUBLISHER:`, `publisher:`), but a whole word: `Update:` is no `Date:`.
	const split = new RegExp(`(?<![a-z])(${anyOf([...labels].sort((a, b) => b.length - a.length))})\\s*[:：]`, 'gi');
	const parts = text.replace(/[\u200e\u200f]/g, '').split(split);
	for (let i = 1; i + 1 < parts.length; i += 2) {
		const label = labels.find(l => l.toLowerCase() === parts[i]!.toLowerCase())!;
		if (!found.has(label)) found.set(label, parts[i + 1]!.trim());
	}
	return found;
};

/** Labels a site's details list writes that few others do, read by the core's details reader on its pages only. */
export type DetailLabels = {publisher?: string[]; date?: string[]; pages?: string[]};

/** A site adapter: a URL test plus a pure extract that reads the site's own structure (DESIGN §4). */
export type Site = {
	/** Recorded in `sources` as `site:<name>`. */
	name: string;
	/** Tested against `host + pathname`. */
	test: RegExp;
	extract(context: SiteContext): Candidate;
	labels?: DetailLabels;
};

/**
 * Texts of every element matching `selector`. Not in the context: only adapters that read lists import it, so its
 * bytes travel in their scripts, not in the extractor that every page gets.
 */
export const textsAt = (root: ParentNode, selector: string): string[] =>
	[...root.querySelectorAll(selector)].slice(0, 50).map(el => el.textContent!.trim()).filter(Boolean);

/** The context of an adapter's run on `doc`. */
export const siteContext = (doc: Document, url: URL, head: Head): SiteContext => ({
	doc, url, textAt: selector => doc.querySelector(selector)?.textContent!.trim() || undefined,
	labelled,
	isoMinutes, head,
});

/** An alternation matching any of `words` literally (our own label lists: no other metacharacters than these). */
export const anyOf = (words: string[]) => words.join('|').replace(/[.()?*+]/g, '\\$&');
