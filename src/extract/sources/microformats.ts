import type {Node} from './entity.ts';

/** Microformat classes (classic and mf2) of each schema.org property the entity reader knows. */
const PROPS: [key: string, classes: string][] = [
	['name', '.p-name,.entry-title,.item .fn,.fn'], ['author', '.p-author,.author,.reviewer'], ['datePublished', '.dt-published,.published,.dtreviewed'],
	['description', '.p-summary,.entry-summary,.summary,.description,.e-description'], ['image', '.u-photo,.photo'], ['publisher', '.p-brand,.brand'],
];

/**
 * The page's first microformat item (h-entry/hentry, h-product/hproduct, h-review/hreview, with h-card/vcard
 * people), as a schema.org node for the entity reader: the markup older blogs and stores still carry.
 */
export function microformats(doc: Document): Node | undefined {
	const root = doc.querySelector('.h-entry,.hentry,.h-product,.hproduct,.h-review,.hreview');
	if (!root) return undefined;
	const type = /product/.test(root.className) ? 'Product' : /review/.test(root.className) ? 'Review' : 'BlogPosting';
	const node: Node = {'@type': type};
	for (const [key, classes] of PROPS) {
		const el = root.querySelector(classes);
		// A person or a product is a card: its name is the card's `fn`/`p-name`; a date may sit in `datetime` or `title`.
		if (el) node[key] = el.getAttribute('src') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? (el.querySelector('.fn,.p-name') ?? el).textContent;
	}
	return node;
}
