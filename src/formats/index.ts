/**
 * Pure import/export codecs (DESIGN §2: no extension APIs, no DOM, no globals). Everything takes bytes, text
 * or plain values and returns plain values, so the options page, the background and the CLI share it.
 *
 * Import
 * - `detectFormat(bytes, fileName?)`: FormatId from the content (the name only breaks ties), undefined if unknown.
 * - `decodeText(bytes)`: UTF-8 with/without BOM, UTF-16 LE/BE (BOM, or guessed from NUL bytes), else the declared charset or windows-1252.
 * - `parseImport(bytes, fileName?, options?)` -> `{format, records, problems}`; a zip is unpacked (fflate) and
 *   each entry parsed; `parseImports(files)` does several files as one import. Never throws on content: each
 *   problem has `{line?, file?, field?, message, code, severity}`; `error` problems dropped a record or the
 *   file, `warning`s kept it (e.g. FIELD_CAPPED for oversized values, see FIELD_CAPS).
 * - `ImportRecord` is an ItemPatch plus `line` (1-based line for text formats, record number for JSON), `file`
 *   and, for backups, `doc`. Only http(s) URLs enter (normalised with core/url.ts); ISBNs are checksum-valid
 *   ISBN-13 (core/isbn.ts). A book with no URL gets `https://openlibrary.org/isbn/<ISBN-13>`, a paper
 *   `https://doi.org/<DOI>`, a Goodreads book its goodreads.com page, a StoryGraph UUID its storygraph page;
 *   a record with none of these keeps `url: undefined` and the planner fails it with code NO_URL.
 * - Generic CSV: `guessMapping(headers)` proposes header -> field; pass the edited mapping as
 *   `options.mapping`, or call `applyMapping(readCsv(text), mapping, problems)` directly.
 * - Browser bookmarks: `parseBookmarkTree(await browser.bookmarks.getSubTree(id), problems)`.
 * - Backup: `exportBackup(docs, exportedAt)` writes `{format:'shelfmark-backup', version:1, exportedAt, docs}`;
 *   `readBackup(json)` validates each doc's CRDT shape (a bad doc is a BAD_DOC problem naming `docs[i].field`).
 *
 * Plan (the dry run; the caller's one IndexedDB transaction applies `plan.writes`)
 * - `planImport(records, lookup)` -> `{entries, writes, counts}`: per record new / merged (into an existing item,
 *   `existingId`, or an earlier record, `sameAs`) / skipped (adds nothing) / failed (`reason`, `code`, `line`).
 *   Duplicates merge by `urlKey` first, then ISBN. `mergePatch` fills empty fields, grows sets, appends notes.
 *
 * Export (only http(s) URLs leave; CSV cells starting with = + - @ are neutralised; HTML is escaped)
 * - `exportCsv`, `exportGoodreadsCsv` (books), `exportNetscapeHtml`, `exportCslJson`, `exportRis`,
 *   `toShelfmarkJson`, `publishTopicHtml(items, topic, options)`, `publishTopicMarkdown(items, topic, options)`.
 */
export * from './types.ts';
export {decodeText, encodeText} from './decode.ts';
export {detectFormat} from './detect.ts';
export {parseImport, parseImports, type ImportFile} from './archive.ts';
export {parseImportText} from './parse.ts';
export {FIELD_CAPS, Problems} from './clean.ts';
export {readCsv, type CsvRow, type CsvTable} from './csv.ts';
export {applyMapping, guessMapping} from './importers/generic-csv.ts';
export {type BookmarkNode, parseBookmarkTree} from './importers/browser-tree.ts';
export {type Backup, backupRecords, exportBackup, readBackup} from './backup.ts';
export {type Fate, type ImportPlan, type ItemLookup, mergePatch, type PlanEntry, type PlanWrite, recordToPatch} from './plan.ts';
export {planImport} from './plan-import.ts';
export {recordToItem} from './to-item.ts';
export {exportCsv, exportGoodreadsCsv} from './exporters/csv.ts';
export {exportNetscapeHtml} from './exporters/netscape.ts';
export {exportCslJson, exportRis} from './exporters/citation.ts';
export {toShelfmarkJson} from './exporters/shelfmark-json.ts';
export {publishTopicHtml} from './exporters/publish-html.ts';
export {publishTopicMarkdown} from './exporters/publish-markdown.ts';
export type {PublishOptions} from './exporters/publish-common.ts';
