import {csvHeader} from './csv.ts';
import {decodeText} from './decode.ts';
import type {FormatId} from './types.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** CSV layouts recognised by their header: every listed column must be present. */
const CSV_HEADERS: [FormatId, string[]][] = [
	['shelfmark-csv', ['url', 'title', 'kind', 'status', 'topics']],
	['goodreads-csv', ['Book Id', 'Title', 'Exclusive Shelf']],
	['storygraph-csv', ['Title', 'ISBN/UID', 'Read Status']],
	['pocket-csv', ['title', 'url', 'time_added', 'status']],
	['raindrop-csv', ['title', 'url', 'folder', 'tags', 'created']],
	['instapaper-csv', ['URL', 'Title', 'Folder']],
	['douban-csv', ['title', 'url', 'star', 'star_time', 'card']],
];

/** Which JSON export a parsed value is, from its shape. */
export function detectJson(data: unknown): FormatId | undefined {
	if (isObject(data)) {
		if (data.format === 'shelfmark-backup') return 'shelfmark-backup';
		if (Array.isArray(data.collections)) return 'linkwarden-json';
		if (Array.isArray(data.bookmarks)) return 'karakeep-json';
		if (isObject(data.roots) || Array.isArray(data.children)) return 'browser-bookmarks';
		return undefined;
	}
	if (!Array.isArray(data)) return undefined;
	const first: unknown = data.find(isObject);
	if (!isObject(first)) return data.length === 0 ? 'shelfmark-json' : undefined;
	if ('slug' in first && 'savedAt' in first) return 'omnivore-json';
	if ('href' in first && 'description' in first && ('toread' in first || 'hash' in first)) return 'pinboard-json';
	if ('children' in first
		|| ('dateAdded' in first && ('parentId' in first || 'index' in first))) return 'browser-bookmarks';
	if (typeof first.type === 'string' && ('issued' in first || 'author' in first || 'title' in first)
		&& !('kind' in first)) return 'csl-json';
	if (('url' in first || 'isbn' in first || 'ids' in first) && 'title' in first) return 'shelfmark-json';
	return undefined;
}

/**
 * The format of a file from its content; the name only breaks ties (a one-column file called `.csv`).
 * Undefined when nothing matches: the caller says "not a supported file" instead of importing garbage.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): FormatId | undefined {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
	return detectText(decodeText(bytes.subarray(0, 65_536)), fileName, () => decodeText(bytes));
}

/** `head` is the start of the file; `whole` decodes all of it, which only JSON needs. */
export function detectText(head: string, fileName = '', whole: () => string = () => head): FormatId | undefined {
	const start = head.trimStart();
	if (/^[[{]/.test(start)) {
		try {
			return detectJson(JSON.parse(whole()));
		} catch {
			return undefined; // Truncated or not JSON at all
		}
	}
	if (/^<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(start) || /<DT>\s*<(A|H3)\b/i.test(head)) return 'netscape-html';
	if (/<title>\s*Pocket Export/i.test(head) || /<li>\s*<a\s[^<>]*time_added=/i.test(head)) return 'pocket-html';
	if (/^TY {2}- /m.test(start.slice(0, 2000))) return 'ris';
	// `^[ \t]*`, `[^,@]*`, `[^<>]*`: no pattern may rescan a run (blank lines, text without a comma) from each of its
	// positions; `^\s*` over 64,000 blank lines took 10 s.
	if (/^[ \t]*@\s*(?:[a-z]+)\s*[{(]/im.test(head) && /@\s*\w+\s*[{(][^,@]*,\s*\w+\s*=/.test(head)) return 'bibtex';
	if (/^\s*</.test(start)) return undefined;
	const header = csvHeader(start);
	for (const [format, columns] of CSV_HEADERS) if (columns.every(column => header.includes(column))) return format;
	if (header.length >= 2 || /\.(csv|tsv)$/i.test(fileName)) return 'generic-csv';
	return undefined;
}
