import {unzipSync} from 'fflate';
import {decodeBytes} from './decode.ts';
import {parseImportText} from './parse.ts';
import type {ImportResult, ParseOptions} from './types.ts';

/** One input file: Pocket's export is a zip of `part_*.csv`, users may also pick several files at once. */
export type ImportFile = {name: string; bytes: Uint8Array};

const IS_ZIP = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Zip entries worth reading: no folders, no macOS resource forks, no dotfiles. */
function unzipFiles(file: ImportFile): ImportFile[] {
	const entries = unzipSync(file.bytes, {filter: entry => !entry.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(entry.name)});
	return Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)).map(([name, bytes]) => ({name, bytes}));
}

/**
 * Parses one file or a zip (each entry detected on its own). Records and problems carry the entry's name in
 * `file`; the format is the common one, or the first when entries differ.
 */
export function parseImport(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): ImportResult {
	if (IS_ZIP(bytes)) {
		try {
			return parseImports(unzipFiles({name: fileName ?? 'archive.zip', bytes}), options);
		} catch (error) {
			return {format: 'zip', records: [], problems: [{code: 'FILE_UNREADABLE', severity: 'error', file: fileName, message: `unreadable zip: ${error instanceof Error ? error.message : String(error)}`}]};
		}
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
		const result = IS_ZIP(file.bytes) ? parseImport(file.bytes, file.name, options) : parseBytes(file.bytes, file.name, options);
		out.format ??= result.format;
		for (const record of result.records) out.records.push(files.length > 1 || record.file ? {...record, file: record.file ?? file.name} : record);
		for (const problem of result.problems) out.problems.push(files.length > 1 || problem.file ? {...problem, file: problem.file ?? file.name} : problem);
	}
	return out;
}
