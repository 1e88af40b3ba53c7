/** A tolerant tag scanner for bookmark-style HTML, which browsers write as unclosed SGML that no DOM is needed for. */

const NAMED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'"};

/** Decodes the entities bookmark files use: named basics and numeric references. */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X'
				? Number.parseInt(name.slice(2), 16)
				: Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`);
}

export type Token =
	| {type: 'open'; name: string; attrs: Record<string, string>; offset: number}
	| {type: 'close'; name: string; offset: number}
	| {type: 'text'; text: string; offset: number};

/**
 * No alternative may scan past a `<` it cannot use, or a file of unclosed `<a x` tags costs a scan to the end per
 * tag (quadratic: 20,000 of them took 17 s). So an unquoted `<` ends a tag (it was no tag then), and an unclosed
 * comment runs to the end of the file, as in a browser.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][\w-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>|<[!?][^<>]*>|([^<]+|<)/gi;
const ATTR = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Tags (names lower-cased, attribute names lower-cased, values entity-decoded) and raw text, in order. */
export function* tokenize(html: string): Generator<Token> {
	for (const match of html.matchAll(TOKEN)) {
		const [, slash, name, rawAttrs, textPart] = match;
		const offset = match.index;
		if (textPart !== undefined) yield {type: 'text', text: textPart, offset};
		else if (name && slash) yield {type: 'close', name: name.toLowerCase(), offset};
		else if (name) yield {type: 'open', name: name.toLowerCase(), attrs: parseAttrs(rawAttrs ?? ''), offset};
	}
}

function parseAttrs(raw: string): Record<string, string> {
	const attrs: Record<string, string> = {};
	for (const [, key, dq, sq, bare] of raw.matchAll(ATTR)) {
		if (key) attrs[key.toLowerCase()] = decodeEntities(dq ?? sq ?? bare ?? '');
	}
	return attrs;
}

/** Counts line breaks incrementally so tokens can report their line without rescanning the file. */
export class LineCounter {
	private pos = 0;
	private line = 1;
	constructor(private readonly source: string) {}
	at(offset: number): number {
		for (; this.pos < offset; this.pos++) if (this.source.charCodeAt(this.pos) === 10) this.line++;
		return this.line;
	}
}
