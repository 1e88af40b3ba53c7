/**
 * Pure import/export codecs (DESIGN §2: no extension APIs, no DOM, no globals). Everything takes bytes, text
 * or plain values and returns plain values, so the options page, the background and the CLI share it.
 *
 * Import
 * - `detectFormat(bytes, fileName?)`: FormatId from the content (the name only breaks ties), undefined if unknown.
 * - `decodeText(bytes)`: UTF-8 with/without BOM, UTF-16 LE/BE (BOM, or by its byte pattern), else the declared charset;
 *   UTF-8 damaged in a few places stays UTF-8 (`decodeBytes` names the lines; imports warn BAD_ENCODING),
 *   else windows-1252.
 * - `parseImport(bytes, fileName?, options?)` -> `{format, records, problems}`; a zip is unpacked (fflate) and
 *   each entry parsed; `parseImports(files)` does several files as one import. Never throws on content: each
 *   problem has `{line?, file?, field?, message, code, severity}`; `error` problems dropped a record or the
 *   file, `warning`s kept it (e.g. FIELD_CAPPED for oversized values, see FIELD_CAPS).
 * - `ImportRecord` is an ItemPatch plus `line` (1-based line for text formats, record number for JSON), `file`
 *   and, for backups, `doc`. Only http(s) URLs enter (normalised with core/url.ts), and only the export's own: no
 *   address is made up from an identifier. ISBNs are checksum-valid ISBN-13 (core/isbn.ts); other identifiers go
 *   to `ids` as `scheme:value` (core/ids.ts normalizeId): a DOI (RIS DO, BibTeX doi, CSL DOI), an ASIN (StoryGraph's
 *   ISBN/UID, Goodreads), a Goodreads book id, a Douban subject id, Open Library ids. A record needs a title or
 *   one of these keys. A malformed id in a format's own field is a BAD_ID warning (the record stays); in a CSV
 *   identifier column it is a BAD_ID error naming the column, and the row is left out (formats/ids.ts).
 * - Generic CSV: `guessMapping(headers)` proposes header -> field (`identifier` columns hold `scheme:value` or bare
 *   values of the scheme their header names: ASIN, Work Id...); pass the edited mapping as `options.mapping`, or
 *   call `applyMapping(readCsv(text), mapping, problems)` directly.
 * - Browser bookmarks: `parseBookmarkTree(await browser.bookmarks.getSubTree(id), problems)`.
 * - Backup: `exportBackup(docs, exportedAt)` writes `{format:'shelfmark-backup', version:1, exportedAt, docs}`;
 *   `readBackup(json)` validates each doc's CRDT shape (a bad doc is a BAD_DOC problem naming `docs[i].field`).
 *
 * Plan (the dry run; the caller's one IndexedDB transaction applies `plan.writes`)
 * - `planImport(records, lookup, {weak, merge})` -> `{entries, writes, counts}`: per record new / merged (into an
 *   existing item, `existingId`, or an earlier record, `sameAs`) / skipped (adds nothing) / failed (`reason`,
 *   `code` NO_WORK: neither title nor key). Duplicates merge by ANY shared key (links, ISBNs, ids). Weak matches
 *   (title + first author's family name) set `possibleDuplicateOf` and merge only for indexes in `merge`.
 *   New items get `newItemId` (core/keys.ts). `mergePatch` fills empty fields, grows sets, appends notes.
 *
 * Export (only http(s) URLs leave; CSV cells starting with = + - @ are neutralised; HTML is escaped). Works without
 * a link are exported with their ids (CSV `identifiers`, CSL-JSON `DOI`, RIS `DO`, Goodreads `ISBN`/`Book Id`),
 * except by `exportNetscapeHtml`: a bookmark is a link, so `linkless(items)` counts the works it leaves out.
 * - `exportCsv`, `exportGoodreadsCsv` (books), `exportNetscapeHtml`, `exportCslJson`, `exportRis`,
 *   `toShelfmarkJson`, `publishTopicHtml(items, topic, options)`, `publishTopicMarkdown(items, topic, options)`.
 */
export * from './types.ts';
export {decodeBytes, decodeText, encodeText, type Decoded} from './decode.ts';
export {detectFormat} from './detect.ts';
export {parseImport, parseImports, type ImportFile} from './archive.ts';
export {parseImportText} from './parse.ts';
export {FIELD_CAPS, Problems} from './clean.ts';
export {readCsv, type CsvRow, type CsvTable} from './csv.ts';
export {applyMapping, guessMapping} from './importers/generic-csv.ts';
export {type BookmarkNode, parseBookmarkTree} from './importers/browser-tree.ts';
export {type Backup, backupRecords, exportBackup, readBackup} from './backup.ts';
export {
	type Fate, type ImportPlan, type ItemLookup, mergePatch, type PlanEntry, type PlanOptions, type PlanWrite,
	type PossibleDuplicate, recordToPatch, type WeakLookup,
} from './plan.ts';
export {WeakIndex} from './weak-index.ts';
export {idCells, schemeOfHeader} from './ids.ts';
export {planImport} from './plan-import.ts';
export {recordToItem} from './to-item.ts';
export {exportCsv, exportGoodreadsCsv} from './exporters/csv.ts';
export {exportNetscapeHtml, linkless} from './exporters/netscape.ts';
export {exportCslJson, exportRis} from './exporters/citation.ts';
export {toShelfmarkJson} from './exporters/shelfmark-json.ts';
export {publishTopicHtml} from './exporters/publish-html.ts';
export {publishTopicMarkdown} from './exporters/publish-markdown.ts';
export type {PublishOptions} from './exporters/publish-common.ts';
