import {
	type Fate, type ImportProblem, type ImportRecord, type FormatId, type ImportPlan, parseImports, planImport,
} from '../formats/index.ts';
import type {Item} from '../core/types.ts';
import {AppError} from '../core/errors.ts';
import {IMPORT_FILE_CAP, formatBytes} from '../formats/archive.ts';
import {
	type ApplyOptions, type ExportFile, type ExportFormat, type ExportOptions, type ImportChunk, type ImportFileInput,
	type ImportOutcome, type ImportPreview, type ImportProgress, type ImportSource, EXPORT_PART_CHARS, PREVIEW_CAP,
} from '../shared/import-protocol.ts';
import {exportList} from './export-list.ts';
import {holdFarAhead, importChange} from './import-write.ts';
import {createHeldRecords} from './held.ts';
import {listLookup, listWeakLookup} from './import-lookup.ts';
import type {ItemService} from './items.ts';

/**
 * Parsed input waiting for its preview or its import: a rebuildable cache
 * (a restarted worker answers IMPORT_EXPIRED).
 */
type Staged = {
	records: ImportRecord[];
	problems: ImportProblem[];
	format: FormatId | undefined;
	used: number;
	/**
	 * The last plan, the list snapshot it was made against (ItemService.all() is the same array until a write) and the
	 * ticked possible duplicates it merged.
	 */
	planned?: {plan: ImportPlan; basis: readonly Item[]; merge: string};
};

/** Record indexes of ticked possible duplicates; anything else is a bad request, not a crash later. */
function mergeList(merge: unknown): number[] {
	if (merge === undefined) return [];
	if (!Array.isArray(merge) || !merge.every(index => Number.isInteger(index) && index >= 0)) {
		throw new AppError('BAD_REQUEST', 'bad merge list');
	}
	return merge as number[];
}

/** Imports kept at once: a user previews one at a time; older ones are dropped first. */
const MAX_STAGED = 3;

/** Refuses a file over the import cap before decoding it (base64 holds 3 bytes in 4 characters). */
function decodeFile(file: ImportFileInput): Uint8Array {
	const size = Array.isArray(file.bytes) ? file.bytes.length : Math.floor(String(file.base64 ?? '').length * 3 / 4);
	if (size > IMPORT_FILE_CAP) {
		throw new AppError('IMPORT_INVALID', `${String(file.name)} is ${formatBytes(size)}, over the ${formatBytes(IMPORT_FILE_CAP)} cap for an import file`);
	}
	if (file.bytes) return Uint8Array.from(file.bytes);
	const binary = atob(file.base64 ?? '');
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

const randomId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(8)), byte => byte.toString(16).padStart(2, '0')).join('');

/** The first error, as the message a failed import reports: it names the file, line and field. */
function firstError(problems: readonly ImportProblem[], plan: ImportPlan): string {
	const problem = problems.find(p => p.severity === 'error');
	if (problem) {
		return [problem.file, problem.line !== undefined && `line ${problem.line}`, problem.field, problem.message]
			.filter(Boolean).join(': ');
	}
	const entry = plan.entries.find(e => e.fate === 'failed')!;
	return [entry.file, `line ${entry.line}`, entry.reason].filter(Boolean).join(': ');
}

/** Cuts text into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function splitText(text: string, size: number): string[] {
	const parts: string[] = [];
	for (let start = 0; start < text.length || parts.length === 0;) {
		let end = Math.min(start + size, text.length);
		if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
		parts.push(text.slice(start, end));
		start = end;
	}
	return parts;
}

function capped<T>(values: readonly T[], group: (value: T) => string): T[] {
	const seen = new Map<string, number>();
	return values.filter(value => {
		const n = (seen.get(group(value)) ?? 0) + 1;
		seen.set(group(value), n);
		return n <= PREVIEW_CAP;
	});
}

/**
 * The import and export half of the BackgroundApi. Imports are validated and planned first (a dry run the
 * options page shows), then applied in one IndexedDB transaction: all or nothing.
 */
export function importExportApi(service: () => Promise<ItemService>, {partChars = EXPORT_PART_CHARS} = {}) {
	const staged = new Map<string, Staged>();
	/** The parts of the last large export, until the page has fetched them (a restarted worker says NOT_FOUND). */
	let lastExport: {id: string; parts: string[]; file: ExportFile} | undefined;
	let clock = 0;
	/** Docs stored so far by the import being written, by its id: what the page's progress bar shows. */
	const writing = new Map<string, ImportProgress>();
	const keep = (id: string, entry: Staged) => {
		staged.set(id, entry);
		while (staged.size > MAX_STAGED) staged.delete([...staged].sort(([, a], [, b]) => a.used - b.used)[0]![0]);
	};
	const resolve = (source: ImportSource | string): [string, Staged] => {
		if (typeof source === 'string' || 'stageId' in source) {
			const id = typeof source === 'string' ? source : source.stageId;
			const found = staged.get(id);
			if (!found) throw new AppError('IMPORT_EXPIRED', `No import ${id} waiting: preview it again`);
			found.used = ++clock;
			return [id, found];
		}
		if (!Array.isArray(source.files) || source.files.length === 0) {
			throw new AppError('BAD_REQUEST', 'no files to import');
		}
		const files = source.files.map(file => ({name: String(file.name), bytes: decodeFile(file)}));
		const parsed = parseImports(files, source.parse);
		const id = randomId();
		const entry = {...parsed, used: ++clock};
		keep(id, entry);
		return [id, entry];
	};
	// Planned against the list of this moment; a plan made against the same snapshot with the same ticks is reused
	// (planning 50,000 rows is not free).
	const plan = async (entry: Staged, merge: readonly number[] = []) => {
		const list = await (await service()).all();
		const ticks = merge.join(',');
		if (entry.planned?.basis !== list || entry.planned.merge !== ticks) {
			const result = planImport(entry.records, listLookup(list), {weak: listWeakLookup(list), merge});
			entry.planned = {plan: result, basis: list, merge: ticks};
		}
		return entry.planned.plan;
	};

	return {
		async stageImport(stageId: string, chunk: ImportChunk): Promise<number> {
			if (!/^[\w-]{1,64}$/.test(stageId) || !Array.isArray(chunk?.records)) {
				throw new AppError('BAD_REQUEST', 'bad import chunk');
			}
			const entry = staged.get(stageId) ?? {records: [], problems: [], format: undefined, used: 0};
			entry.records.push(...chunk.records);
			entry.problems.push(...(chunk.problems ?? []));
			entry.format ??= chunk.format;
			entry.used = ++clock;
			entry.planned = undefined;
			keep(stageId, entry);
			return entry.records.length;
		},

		async planImport(source: ImportSource): Promise<ImportPreview> {
			const merge = mergeList('stageId' in source ? source.merge : undefined);
			const [planId, entry] = resolve(source);
			const result = await plan(entry, merge);
			const errors = entry.problems.filter(problem => problem.severity === 'error');
			return {
				planId, format: entry.format, counts: result.counts, total: result.entries.length,
				writes: result.writes.length,
				entries: capped(result.entries, e => (e.possibleDuplicateOf ? `possible ${e.fate}` : e.fate)),
				possible: result.entries.filter(e => e.possibleDuplicateOf).length,
				problems: [...errors, ...entry.problems.filter(problem => problem.severity !== 'error')]
					.slice(0, PREVIEW_CAP),
				problemCount: entry.problems.length, errorCount: errors.length,
			};
		},

		async applyImport(source: ImportSource | string, options: ApplyOptions = {}): Promise<ImportOutcome> {
			const merge = mergeList(options.merge);
			const [id, entry] = resolve(source);
			const items = await service();
			// The preview may be minutes old: if the list changed since, this plans again.
			const result = await plan(entry, merge);
			const failed = result.counts.failed + entry.problems.filter(problem => problem.severity === 'error').length;
			if (failed > 0 && !options.skipFailed) {
				throw new AppError('IMPORT_INVALID', `${failed} record(s) cannot be imported; first: ${firstError(entry.problems, result)}`);
			}
			let written = 0;
			const {writes, held} = holdFarAhead(result.writes, Date.now());
			await createHeldRecords(items).hold(held);
			if (writes.length > 0) {
				writing.set(id, {done: 0, total: writes.length});
				try {
					const progress = (done: number, total: number) => writing.set(id, {done, total});
					written = (await items.write(writes.map(write => write.id), importChange(writes), progress)).length;
				} catch (error) {
					throw error instanceof AppError ? error : new AppError(
						'IMPORT_FAILED', `nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
						{cause: error},
					);
				} finally {
					writing.delete(id);
				}
			}
			staged.delete(id);
			return {counts: result.counts as Record<Fate, number>, written};
		},

		/** How far the import `id` is being written; null when it is not being written (not yet, or done). */
		async importProgress(id: string): Promise<ImportProgress | null> {
			return writing.get(id) ?? null;
		},

		async discardImport(id: string): Promise<void> {
			staged.delete(id);
		},

		async exportList(format: ExportFormat, options: ExportOptions = {}): Promise<ExportFile> {
			if (options.exportId !== undefined) {
				const text = lastExport?.id === options.exportId ? lastExport.parts[options.part ?? 0] : undefined;
				if (text === undefined) throw new AppError('NOT_FOUND', 'that export is gone: export again');
				return {...lastExport!.file, text};
			}
			const file = await exportList(await service(), format, options);
			const parts = splitText(file.text, partChars);
			if (parts.length === 1) return file;
			lastExport = {id: randomId(), parts, file: {...file, text: '', parts: parts.length}};
			return {...lastExport.file, exportId: lastExport.id, text: parts[0]!};
		},
	};
}
