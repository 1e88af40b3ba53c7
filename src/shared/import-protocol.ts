import type {
	Fate, FormatId, ImportProblem, ImportRecord, ParseOptions, PlanEntry, PublishOptions,
} from '../formats/index.ts';

/**
 * Types of the import / export part of the BackgroundApi (messages.ts). Messages are JSON in Chrome, so bytes
 * travel as base64 (or a number array) and records as plain objects.
 */

/** One file sent to the background whole; fine for small files (see `stageImport` for large ones). */
export type ImportFileInput = {name: string; base64?: string; bytes?: number[]};

/** A chunk of records the options page parsed itself (the codecs are pure), for a staged import. */
export type ImportChunk = {records: ImportRecord[]; problems?: ImportProblem[]; format?: FormatId};

/**
 * What to import: files parsed by the background, or a staged import built chunk by chunk with `stageImport`
 * (large files: parsing in the page and sending records in chunks keeps every message small).
 */
export type ImportSource = {files: ImportFileInput[]; parse?: ParseOptions} | StagedSource;

/**
 * An import staged (or previewed) before, by its id. `merge` plans it again with these possible duplicates ticked
 * (record indexes, as ApplyOptions.merge), so the preview's counts follow the boxes the user ticks.
 */
export type StagedSource = {stageId: string; merge?: number[]};

/** How many preview entries of each fate the UI receives; the counts are always complete. */
export const PREVIEW_CAP = 200;

/** The dry run: nothing written. `planId` applies exactly this input (re-planned against the list of that moment). */
export type ImportPreview = {
	planId: string;
	format: FormatId | undefined;
	counts: Record<Fate, number>;
	/** Records read (the sum of the counts). */
	total: number;
	/** Items the import would create or change. */
	writes: number;
	/** At most PREVIEW_CAP entries per fate, in file order; entries with a possible duplicate have their own cap. */
	entries: PlanEntry[];
	/** Records with a possible duplicate (`PlanEntry.possibleDuplicateOf`): imported as new unless ticked. */
	possible: number;
	/** At most PREVIEW_CAP problems, errors first; `problemCount` and `errorCount` are complete. */
	problems: ImportProblem[];
	problemCount: number;
	errorCount: number;
};

export type ApplyOptions = {
	/** Import the good records though some failed (the preview listed them). Without it, any error writes nothing. */
	skipFailed?: boolean;
	/**
	 * Record indexes (`PlanEntry.index`) whose possible duplicate the user ticked in the preview: each merges into the
	 * item or earlier record it may duplicate instead of being imported as new.
	 */
	merge?: number[];
};

/** An import being written: docs stored so far in its transaction, of how many (settled merges add to the total). */
export type ImportProgress = {done: number; total: number};

/** What an import wrote, in one transaction. */
export type ImportOutcome = {counts: Record<Fate, number>; written: number};

export const EXPORT_FORMATS = [
	'backup', 'csv', 'netscape', 'goodreads', 'csl-json', 'ris', 'shelfmark-json', 'publish-html', 'publish-markdown',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = PublishOptions & {
	/** Publish formats: the topic to publish (null or absent: every live item). */
	topic?: string | null;
	/** ISO time written into the backup; defaults to now. */
	exportedAt?: string;
	/** The rest of a large export: part `part` of the export `exportId` (see ExportFile.parts). */
	exportId?: string;
	part?: number;
};

/**
 * A file ready to download. A large one (a 50,000-item backup is about 45 MB) comes in `parts` pieces so no
 * message nears Chrome's 64 MiB limit: `text` is part 0, ask for the others with `{exportId, part}`.
 */
export type ExportFile = {
	fileName: string; mime: string; text: string; count: number; parts?: number; exportId?: string;
	/** Works the format cannot hold and left out (a bookmarks file has no place for a work without a link). */
	omitted?: number;
};

/** Characters per export part: at most ~48 MB once JSON-escaped and UTF-8 encoded. */
export const EXPORT_PART_CHARS = 8_000_000;
