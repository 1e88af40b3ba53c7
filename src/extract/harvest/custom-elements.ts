/**
 * Editors that render documents in elements of their own (Yuque's Lake viewer: `<ne-h2>`, `<ne-p>`, `<ne-oli>`,
 * `<ne-uli>`, `<ne-text ne-fontweight="bold">`) name each after the HTML element it stands for, behind their prefix.
 * Such an element is read as that element: a paragraph, a heading, a list item (`oli`, `uli`: an ordered or unordered
 * one), and its text set in bold by an attribute of its own, as `<b>` sets it. The list's marker they draw as text
 * (`<ne-oli-i><span>1</span></ne-oli-i>`) is no part of the item's words.
 */

/** The last part of a custom element's name that is an HTML block's, or a list item's short name. */
const STANDS_FOR: Record<string, string> = {
	P: 'P', H1: 'H1', H2: 'H2', H3: 'H3', H4: 'H4', H5: 'H5', H6: 'H6', LI: 'LI', OLI: 'LI', ULI: 'LI', TLI: 'LI',
	BLOCKQUOTE: 'BLOCKQUOTE', QUOTE: 'BLOCKQUOTE', TABLE: 'TABLE', TD: 'TD', TH: 'TH', TR: 'TR',
};

/** The HTML element a custom element stands for (`NE-H2` -> `H2`), else the element's own tag. */
export function standardTag(tag: string): string {
	if (!tag.includes('-')) return tag;
	return STANDS_FOR[tag.slice(tag.lastIndexOf('-') + 1)] ?? tag;
}

/** A custom element's bold set by an attribute naming the font weight (`ne-fontweight="bold"`). */
export function boldByAttribute(el: Element, tag: string): boolean {
	if (!tag.includes('-')) return false;
	for (const attr of el.attributes) {
		if (/fontweight$/i.test(attr.name) && /^(?:bold|[6-9]00)$/i.test(attr.value)) return true;
	}
	return false;
}

/** A list's marker drawn as text in an element of its own (`<ne-oli-i>1</ne-oli-i>`): no part of the item's words. */
export const isListMarker = (tag: string) => /-[OU]LI-I$/.test(tag);
