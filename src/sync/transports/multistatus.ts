/**
 * The `href` and `getlastmodified` of each `response` of a WebDAV multistatus body. Read with patterns, not a DOM:
 * the background service worker has no DOMParser. Namespace prefixes differ by server (`D:`, `d:`, `lp1:`, none).
 */
export function parseMultistatus(xml: string): {href: string; modified: number}[] {
	const tag = (name: string) => new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([^<]*)<`, 'i');
	return [...xml.matchAll(/<(?:[\w-]+:)?response\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?response>/gi)].flatMap(([, inner]) => {
		const href = tag('href').exec(inner!)?.[1]?.trim();
		const modified = Date.parse(tag('getlastmodified').exec(inner!)?.[1]?.trim() ?? '');
		return href ? [{href: href.replace(/&amp;/g, '&'), modified}] : [];
	});
}
