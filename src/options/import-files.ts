import {
	type ColumnMapping, type ImportFile, type ImportResult, Problems, decodeText, guessMapping, parseImports, readCsv,
} from '../formats/index.ts';
import {AppError} from '../core/errors.ts';
import {IMPORT_FILE_CAP, formatBytes} from '../formats/archive.ts';
import type {ImportPreview} from '../shared/import-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';

/**
 * Records per message. Parsing happens here in the page (the codecs are pure) and only records cross to the
 * background, a chunk at a time: a 50,000-row file never becomes one message near Chrome's 64 MiB limit.
 */
export const CHUNK = 2000;

/** The bytes of the chosen or dropped files; a file over the import cap is refused before it is read. */
export async function readFiles(files: Iterable<File>): Promise<ImportFile[]> {
	const list = [...files];
	const big = list.find(file => file.size > IMPORT_FILE_CAP);
	if (big) throw new AppError('IMPORT_INVALID', `${big.name} is ${formatBytes(big.size)}, over the ${formatBytes(IMPORT_FILE_CAP)} cap for an import file`);
	return Promise.all(list.map(async file => ({name: file.name, bytes: new Uint8Array(await file.arrayBuffer())})));
}

/** Parses every file as one import; a generic CSV uses `mapping` (or the guessed one). */
export function parseFiles(files: readonly ImportFile[], mapping?: ColumnMapping): ImportResult {
	return parseImports(files, mapping ? {mapping} : {});
}

/** Headers of the first generic CSV among the files, with the guessed mapping, for the column step. */
export function csvColumns(files: readonly ImportFile[],
	result: ImportResult): {headers: string[]; mapping: ColumnMapping} | undefined {
	if (result.format !== 'generic-csv') return undefined;
	const file = files.find(candidate => parseImports([candidate]).format === 'generic-csv');
	if (!file) return undefined;
	const {headers, rows} = readCsv(decodeText(file.bytes), new Problems());
	return {headers, mapping: guessMapping(headers, rows.slice(0, 20))};
}

const randomId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(8)), byte => byte.toString(16).padStart(2, '0')).join('');

/** Sends parsed records to a staged import in chunks, reporting progress, then asks for the dry run. */
export async function stageAndPlan(api: BackgroundApi, result: ImportResult,
	onProgress: (sent: number, total: number) => void): Promise<ImportPreview> {
	const stageId = `ui-${randomId()}`;
	const total = result.records.length;
	let sent = 0;
	do {
		const records = result.records.slice(sent, sent + CHUNK);
		await api.stageImport(stageId, {records, format: result.format,
			...(sent === 0 ? {problems: result.problems} : {})});
		sent += records.length;
		onProgress(sent, total);
	} while (sent < total);
	return api.planImport({stageId});
}

/** How often the page asks how far an import's write has got. */
export const PROGRESS_EVERY_MS = 200;

/**
 * Asks the background how far import `id` is written, every PROGRESS_EVERY_MS, until the returned stop is called.
 * The background answers between its IndexedDB requests, so the value moves while the one transaction runs.
 */
export function watchProgress(api: BackgroundApi, id: string, onProgress: (done: number, total: number) => void,
	every = PROGRESS_EVERY_MS): () => void {
	let stopped = false;
	const ask = async () => {
		const progress = await api.importProgress(id).catch(() => null);
		if (stopped) return;
		if (progress) onProgress(progress.done, progress.total);
		timer = setTimeout(() => void ask(), every);
	};
	let timer = setTimeout(() => void ask(), every);
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}
