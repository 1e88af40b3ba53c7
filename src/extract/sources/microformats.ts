import type {Candidate} from '../candidate.ts';
import {entityCandidate, type Node} from './entity.ts';

/**
 * Microformat classes (classic and mf2) of the properties the page's own fallbacks before them may lack (its title,
 * description and image they read already): the people, the day, a product's brand.
 */
const PROPS: [key: string, classes: string][] = [
	['author', '.p-author,.author,.reviewer'], ['datePublished', '.dt-published,.published,.dtreviewed'], ['publisher', '.p-brand,.brand'],
];

/**
 * The page's first microformat item (h-entry/hentry, h-product/hproduct, h-review/hreview, with h-card/vcard
 * people), as a schema.org node for the entity reader: the markup older blogs and stores still carry.
 */
export function microformats(doc: Document): Candidate {
	const root = doc.querySelector('.h-entry,.hentry,.h-product,.hproduct,.h-review,.hreview');
	if (!root) return {};
	const node: Node = {};
	for (const [key, classes] of PROPS) {
		const el = root.querySelector(classes);
		// A person or a product is a card: its name is the card's `fn`/`p-name`; a date may sit in `datetime` or `title`.
		if (el) node[key] = el.getAttribute('datetime') ?? el.getAttribute('title') ?? (el.querySelector('.fn,.p-name') ?? el).textContent;
	}
	return entityCandidate(node, v => v, doc.title);
}

/**
 * The microformats as a proposal read only when the picker asks them one of their fields that no earlier source
 * gave: their class query costs a millisecond on a large page.
 */
export function lazyMicroformats(doc: Document): Candidate {
	let card: Candidate | undefined;
	const read = (key: keyof Candidate) => (card ??= microformats(doc))[key];
	return {get authors() {
		return read('authors');
	}, get publishedAt() {
		return read('publishedAt');
	}, get publisher() {
		return read('publisher');
	}} as Candidate;
}
