import type {Candidate} from '../candidate.ts';

/**
 * The page's first microformat item (h-entry/hentry, h-product/hproduct, h-review/hreview, with h-card/vcard people):
 * the markup older blogs and stores still carry. Only what the page's own fallbacks before it may lack (they read its
 * title, description and image already): the people, the day, a product's brand. Read only when the picker asks for
 * one of them: the class query costs a millisecond on a large page.
 */
export const microformats = (doc: Document): Candidate => {
	let root: [Element | null] | undefined; // (queried once, found or not)
	const read = (classes: string) => {
		const el = (root ??= [doc.querySelector('.h-entry,.hentry,.h-product,.hproduct,.h-review,.hreview')])[0]
			?.querySelector(classes);
		// A person or product is a card: its name is the card's `fn`/`p-name`; a date may sit in `datetime` or `title`.
		return el && (el.getAttribute('datetime') ?? el.getAttribute('title')
			?? (el.querySelector('.fn,.p-name') ?? el).textContent);
	};
	return {
		get authors() {
			return [read('.p-author,.author,.reviewer')];
		},
		get publishedAt() {
			return read('.dt-published,.published,.dtreviewed');
		},
		get publisher() {
			return read('.p-brand,.brand');
		},
	};
};
