import {Unzip, UnzipInflate} from 'fflate';
import {concatBytes} from '../core/bytes.ts';
import {decodeBytes} from './decode.ts';
import {parseImportText} from './parse.ts';
import type {ImportProblem, ImportResult, ParseOptions} from './types.ts';

/** One input file: Pocket's export is a zip of `part_*.csv`, users may also pick several files at once. */
export type ImportFile = {name: string; bytes: Uint8Array};

const MiB = 1024 * 1024;
/**
 * Largest import file, and largest zip entry once inflated. A 50,000-row Goodreads or Pocket export is 10-30 MB;
 * the page holds the bytes, the decoded text (twice their size) and the records at once, so 64 MiB keeps the
 * worst file near 0.5 GB of a tab's memory.
 */
export const IMPORT_FILE_CAP = 64 * MiB;
/** Total inflated size of one zip's entries: a few full-size exports, never a zip bomb's gigabytes. */
export const ZIP_TOTAL_CAP = 128 * MiB;
/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most ~1032:1, so one step can never
 * produce more than ~17 MB before the running count is checked.
 */
const ZIP_STEP = 16 * 1024;

const IS_ZIP = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** "64 MiB" for a cap, "70.2 MiB" for a size. */
export const formatBytes = (bytes: number) => `${Number.isInteger(bytes / MiB) ? bytes / MiB : (bytes / MiB).toFixed(1)} MiB`;


/**
 * Zip entries worth reading: no folders, no macOS resource forks, no dotfiles. Entries are inflated as a stream
 * a step at a time: an entry whose declared size is over the cap is refused before inflating, and the bytes
 * actually produced are counted too, since a crafted zip may declare any size. Throws with a message naming
 * the entry and the cap.
 */
function unzipFiles(file: ImportFile): ImportFile[] {
	const out: ImportFile[] = [];
	let total = 0;
	let seen = 0;
	let pending = 0;
	let failure: Error | undefined;
	const fail = (message: string) => { failure ??= new Error(message); };
	const unzip = new Unzip(entry => {
		seen++;
		// Never started: never inflated
		if (failure || entry.name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(entry.name)) return;
		if (entry.originalSize !== undefined && entry.originalSize > IMPORT_FILE_CAP) {
			return fail(`${entry.name} declares ${formatBytes(entry.originalSize)}, over the ${formatBytes(IMPORT_FILE_CAP)} cap for one file`);
		}
		if (entry.originalSize !== undefined && total + entry.originalSize > ZIP_TOTAL_CAP) {
			return fail(`${entry.name} would take the zip past the ${formatBytes(ZIP_TOTAL_CAP)} cap for all its files`);
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		pending++;
		entry.ondata = (error, chunk, final) => {
			if (failure) return;
			if (error) return fail(`${entry.name}: ${error.message}`);
			size += chunk.length;
			total += chunk.length;
			if (size > IMPORT_FILE_CAP) return fail(`${entry.name} inflates past the ${formatBytes(IMPORT_FILE_CAP)} cap for one file`);
			if (total > ZIP_TOTAL_CAP) return fail(`${entry.name} inflates past the ${formatBytes(ZIP_TOTAL_CAP)} cap for all the zip's files`);
			chunks.push(chunk);
			if (!final) return;
			pending--;
			out.push({name: entry.name, bytes: concatBytes(chunks, size)});
		};
		entry.start();
	});
	unzip.register(UnzipInflate);
	for (let at = 0; at < file.bytes.length && !failure; at += ZIP_STEP) {
		const end = Math.min(at + ZIP_STEP, file.bytes.length);
		unzip.push(file.bytes.subarray(at, end), end === file.bytes.length);
	}
	if (failure) throw failure;
	if (!seen || pending) throw new Error(seen ? 'the zip is cut short' : 'no entries found');
	return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** A file over IMPORT_FILE_CAP is refused as a whole, before any decoding (same code as any unreadable file). */
function oversize(bytes: Uint8Array, file?: string): ImportResult | undefined {
	if (bytes.length <= IMPORT_FILE_CAP) return undefined;
	const message = `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(IMPORT_FILE_CAP)} cap for an import file`;
	return {format: undefined, records: [], problems: [{code: 'FILE_UNREADABLE', severity: 'error', file, message}]};
}

/**
 * Parses one file or a zip (each entry detected on its own). Records and problems carry the entry's name in
 * `file`; the format is the common one, or the first when entries differ. A zip inside a zip is not opened:
 * nesting would multiply the caps.
 */
export function parseImport(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): ImportResult {
	const refused = oversize(bytes, fileName);
	if (refused) return refused;
	if (IS_ZIP(bytes)) {
		let entries: ImportFile[];
		try {
			entries = unzipFiles({name: fileName ?? 'archive.zip', bytes});
		} catch (error) {
			return {format: 'zip', records: [], problems: [{
				code: 'FILE_UNREADABLE', severity: 'error', file: fileName,
				message: `unreadable zip: ${error instanceof Error ? error.message : String(error)}`,
			}]};
		}
		const nested: ImportProblem[] = entries.filter(entry => IS_ZIP(entry.bytes))
			.map(entry => ({
				code: 'FILE_UNREADABLE', severity: 'warning', file: entry.name, message: 'a zip inside a zip is not opened',
			}));
		const result = parseImports(entries.filter(entry => !IS_ZIP(entry.bytes)), options);
		return nested.length ? {...result, problems: [...nested, ...result.problems]} : result;
	}
	return parseBytes(bytes, fileName, options);
}

/** Decodes and parses one file; bytes a UTF-8 file had to replace are a warning naming their lines. */
function parseBytes(bytes: Uint8Array, fileName: string | undefined, options: ParseOptions): ImportResult {
	const {text, badLines, badCount} = decodeBytes(bytes);
	const result = parseImportText(text, fileName, options);
	if (badCount && badLines?.length) {
		const more = badCount > badLines.length ? ` (${badCount} bad sequences in all)` : '';
		const lines = badLines.length === 1 ? `line ${badLines[0]}` : `lines ${badLines.join(', ')}`;
		result.problems.unshift({
			code: 'BAD_ENCODING', severity: 'warning', line: badLines[0],
			message: `bytes that are not valid UTF-8 on ${lines}${more}; read as UTF-8, each bad sequence shown as \uFFFD`,
		});
	}
	return result;
}

/** Several files as one import (Pocket's `part_000000.csv`, `part_000001.csv`...). */
export function parseImports(files: readonly ImportFile[], options: ParseOptions = {}): ImportResult {
	const out: ImportResult = {format: undefined, records: [], problems: []};
	for (const file of files) {
		const result = oversize(file.bytes, file.name) ?? (IS_ZIP(file.bytes)
			? parseImport(file.bytes, file.name, options)
			: parseBytes(file.bytes, file.name, options));
		out.format ??= result.format;
		for (const record of result.records) {
			out.records.push(files.length > 1 || record.file ? {...record, file: record.file ?? file.name} : record);
		}
		for (const problem of result.problems) {
			out.problems.push(files.length > 1 || problem.file
				? {...problem, file: problem.file ?? file.name}
				: problem);
		}
	}
	return out;
}
