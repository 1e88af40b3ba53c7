import type {ItemDoc, ItemPatch} from '../core/item-doc.ts';

/** Every file format the importers recognise. */
export const FORMAT_IDS = [
	'shelfmark-backup', 'shelfmark-json', 'shelfmark-csv', 'netscape-html', 'pocket-html', 'pocket-csv',
	'raindrop-csv', 'goodreads-csv', 'storygraph-csv', 'instapaper-csv', 'douban-csv', 'omnivore-json',
	'karakeep-json', 'linkwarden-json', 'pinboard-json', 'ris', 'bibtex', 'csl-json', 'browser-bookmarks',
	'generic-csv', 'zip',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Stable codes of import problems, for the UI to translate and for tests to assert. */
export type ProblemCode =
	| 'FORMAT_UNKNOWN' | 'FILE_UNREADABLE' | 'BAD_JSON' | 'BAD_DOC' | 'BAD_ROW' | 'URL_NOT_HTTP'
	| 'BAD_ISBN' | 'BAD_ID' | 'BAD_DATE' | 'FIELD_CAPPED' | 'UNMAPPED' | 'TOO_DEEP' | 'BAD_ENCODING';

/** Something wrong with one line, record or field. Warnings keep the record; errors drop it (`severity`). */
export type ImportProblem = {
	line?: number;
	/** The source file inside a zip or a multi-file import. */
	file?: string;
	field?: string;
	message: string;
	code: ProblemCode;
	severity: 'error' | 'warning';
};

/**
 * One work as a source file describes it: an ItemPatch plus where it came from. A work needs a title or a key
 * (link, ISBN, id); `url` is the export's own link, never one made up from an identifier, and `title` is empty
 * for a row known only by an id. `doc` is set only by the lossless backup importer.
 */
export type ImportRecord = Omit<ItemPatch, 'url' | 'title'> & {
	url?: string;
	title: string;
	/** 1-based line of the record's start in its file (record number for JSON formats). */
	line: number;
	file?: string;
	doc?: ItemDoc;
};

export type ImportResult = {format: FormatId | undefined; records: ImportRecord[]; problems: ImportProblem[]};

export type ParseOptions = {
	/** Generic CSV: header name -> Item field (from `guessMapping`, edited by the user). */
	mapping?: ColumnMapping;
	/** Skip detection. */
	format?: FormatId;
	/** Douban CSV exports one shelf per file; the status of its rows (default done). */
	defaultStatus?: ItemPatch['status'];
};

/** Item fields a generic CSV column can fill. */
export const MAPPABLE_FIELDS = [
	'url', 'title', 'kind', 'authors', 'isbn', 'topics', 'status', 'rating', 'notes', 'description', 'addedAt',
	'finishedAt', 'publisher', 'publishedAt', 'image', 'language', 'subtitle', 'identifier',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export type ColumnMapping = Record<string, MappableField | undefined>;
