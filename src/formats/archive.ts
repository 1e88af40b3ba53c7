import {unzipSync} from 'fflate';
import {decodeText} from './decode.ts';
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
	return parseImportText(decodeText(bytes), fileName, options);
}

/** Several files as one import (Pocket's `part_000000.csv`, `part_000001.csv`...). */
export function parseImports(files: readonly ImportFile[], options: ParseOptions = {}): ImportResult {
	const out: ImportResult = {format: undefined, records: [], problems: []};
	for (const file of files) {
		const result = IS_ZIP(file.bytes) ? parseImport(file.bytes, file.name, options) : parseImportText(decodeText(file.bytes), file.name, options);
		out.format ??= result.format;
		for (const record of result.records) out.records.push(files.length > 1 || record.file ? {...record, file: record.file ?? file.name} : record);
		for (const problem of result.problems) out.problems.push(files.length > 1 || problem.file ? {...problem, file: problem.file ?? file.name} : problem);
	}
	return out;
}
