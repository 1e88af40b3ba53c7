import {Problems} from './clean.ts';
import {readBackup, backupRecords} from './backup.ts';
import {readCsv} from './csv.ts';
import {pruneDeepJson} from './depth.ts';
import {detectJson, detectText} from './detect.ts';
import {parseBibtex} from './importers/bibtex.ts';
import {type BookmarkNode, parseBookmarkTree} from './importers/browser-tree.ts';
import {parseCslJson} from './importers/csl-json.ts';
import {applyMapping, guessMapping} from './importers/generic-csv.ts';
import {parseGoodreadsCsv} from './importers/goodreads.ts';
import {parseKarakeep, parseLinkwarden, parseOmnivore, parsePinboard} from './importers/json-apps.ts';
import {parseDoubanCsv, parseInstapaperCsv, parseRaindropCsv} from './importers/link-csv.ts';
import {parseNetscapeHtml} from './importers/netscape-html.ts';
import {parsePocketCsv, parsePocketHtml} from './importers/pocket.ts';
import {parseRis} from './importers/ris.ts';
import {parseShelfmarkCsv, parseShelfmarkJson} from './importers/shelfmark.ts';
import {parseStorygraphCsv} from './importers/storygraph.ts';
import type {FormatId, ImportRecord, ImportResult, ParseOptions} from './types.ts';

type Json = Record<string, unknown>;
type TextParser = (text: string, problems: Problems, options: ParseOptions) => ImportRecord[];

const asArray = (data: unknown): unknown[] => (Array.isArray(data) ? data : []);
const asObject = (data: unknown): Json =>
	(typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Json) : {});

function bookmarkRoots(data: unknown): BookmarkNode[] {
	const object = asObject(data);
	if (object.roots) {
		return Object.values(asObject(object.roots)).filter(root => typeof root === 'object') as BookmarkNode[];
	}
	return (Array.isArray(data) ? data : [data]) as BookmarkNode[];
}

/** JSON formats parse once, then the shape-specific reader walks the value. */
const JSON_PARSERS: Partial<Record<FormatId, (data: unknown, problems: Problems) => ImportRecord[]>> = {
	'shelfmark-backup': (data, problems) => {
		const {docs, lines} = readBackup(data, problems);
		return backupRecords(docs, lines);
	},
	'shelfmark-json': (data, problems) => parseShelfmarkJson(asArray(data), problems),
	'omnivore-json': (data, problems) => parseOmnivore(asArray(data), problems),
	'karakeep-json': (data, problems) => parseKarakeep(asObject(data), problems),
	'linkwarden-json': (data, problems) => parseLinkwarden(asObject(data), problems),
	'csl-json': (data, problems) => parseCslJson(asArray(data), problems),
	'pinboard-json': (data, problems) => parsePinboard(asArray(data), problems),
	'browser-bookmarks': (data, problems) => parseBookmarkTree(bookmarkRoots(data), problems),
};

const TEXT_PARSERS: Partial<Record<FormatId, TextParser>> = {
	'netscape-html': parseNetscapeHtml,
	'pocket-html': parsePocketHtml,
	'pocket-csv': parsePocketCsv,
	'shelfmark-csv': parseShelfmarkCsv,
	'raindrop-csv': parseRaindropCsv,
	'goodreads-csv': parseGoodreadsCsv,
	'storygraph-csv': parseStorygraphCsv,
	'instapaper-csv': parseInstapaperCsv,
	'douban-csv': (text, problems, options) => parseDoubanCsv(text, problems, options.defaultStatus),
	ris: parseRis,
	bibtex: parseBibtex,
	'generic-csv': (text, problems, options) => {
		const table = readCsv(text, problems);
		return applyMapping(table, options.mapping ?? guessMapping(table.headers, table.rows), problems);
	},
};

/**
 * Parses decoded text. Never throws on bad content: an unknown format is a FORMAT_UNKNOWN problem, a broken
 * record a problem with its line, and everything readable is still returned for the preview.
 */
export function parseImportText(text: string, fileName?: string, options: ParseOptions = {}): ImportResult {
	const problems = new Problems();
	const isJson = /^\s*[[{]/.test(text);
	let data: unknown;
	if (isJson) {
		try {
			data = pruneDeepJson(JSON.parse(text), problems);
		} catch (error) {
			problems.add(
				'BAD_JSON', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, undefined, undefined, 'error',
			);
			return {format: options.format, records: [], problems: problems.list};
		}
	}
	// The same 64 KB head detectFormat looks at: signatures are at the start, and patterns stay cheap on a huge file.
	const format = options.format ?? (isJson ? detectJson(data) : detectText(text.slice(0, 65_536), fileName));
	const jsonParser = format ? JSON_PARSERS[format] : undefined;
	const textParser = format ? TEXT_PARSERS[format] : undefined;
	let records: ImportRecord[] = [];
	try {
		if (jsonParser) records = jsonParser(isJson ? data : safeJson(text, problems), problems);
		else if (textParser) records = textParser(text, problems, options);
		else problems.add('FORMAT_UNKNOWN', 'not a file Shelfmark can import', undefined, undefined, 'error');
	} catch (error) {
		// Last resort for the promise above: a parser bug on some input costs this file, never the whole import.
		problems.add(
			'FILE_UNREADABLE', `could not be read: ${error instanceof Error ? error.message : String(error)}`,
			undefined, undefined, 'error',
		);
	}
	return {format, records, problems: problems.list};
}

function safeJson(text: string, problems: Problems): unknown {
	try {
		return pruneDeepJson(JSON.parse(text), problems);
	} catch {
		problems.add('BAD_JSON', 'not valid JSON', undefined, undefined, 'error');
		return undefined;
	}
}

