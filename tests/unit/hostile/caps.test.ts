import {mkdtempSync, rmSync, statSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {deflateSync, zipSync} from 'fflate';
import {afterAll, describe, expect, test, vi} from 'vitest';
import {importExportApi} from '../../../src/background/import-export.ts';
import {type SyncApiDeps, createSyncApi} from '../../../src/background/sync-api.ts';
import {PAGE_CAP, loadDocument, runJsonl} from '../../../src/cli/jsonl.ts';
import {sendsPasswordInClear} from '../../../src/core/plain-http.ts';
import {IMPORT_FILE_CAP, ZIP_TOTAL_CAP} from '../../../src/formats/archive.ts';
import {encodeText, parseImport, parseImports} from '../../../src/formats/index.ts';
import {readFiles} from '../../../src/options/import-files.ts';
import common from '../../../src/shared/i18n/common.ts';

const MiB = 1024 * 1024;

type RawEntry = {name: string; data: Uint8Array; size: number; method?: 0 | 8};

/**
 * A zip written by hand, so each entry can declare any uncompressed size (`size`) whatever `data` inflates to,
 * and one compressed buffer can be reused by thousands of entries. CRCs are zero: readers here do not check them.
 */
function rawZip(entries: RawEntry[]): Uint8Array {
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	const header = (length: number, fill: (view: DataView) => void) => {
		const bytes = new Uint8Array(length);
		fill(new DataView(bytes.buffer));
		return bytes;
	};
	for (const {name, data, size, method = 8} of entries) {
		const nameBytes = encodeText(name);
		const local = header(30, view => {
			view.setUint32(0, 0x04034b50, true);
			view.setUint16(4, 20, true);
			view.setUint16(8, method, true);
			view.setUint32(18, data.length, true);
			view.setUint32(22, size, true);
			view.setUint16(26, nameBytes.length, true);
		});
		central.push(header(46, view => {
			view.setUint32(0, 0x02014b50, true);
			view.setUint16(4, 20, true);
			view.setUint16(6, 20, true);
			view.setUint16(10, method, true);
			view.setUint32(20, data.length, true);
			view.setUint32(24, size, true);
			view.setUint16(28, nameBytes.length, true);
			view.setUint32(42, offset, true);
		}), nameBytes);
		parts.push(local, nameBytes, data);
		offset += local.length + nameBytes.length + data.length;
	}
	const centralSize = central.reduce((sum, part) => sum + part.length, 0);
	const end = header(22, view => {
		view.setUint32(0, 0x06054b50, true);
		view.setUint16(8, entries.length, true);
		view.setUint16(10, entries.length, true);
		view.setUint32(12, centralSize, true);
		view.setUint32(16, offset, true);
	});
	const all = [...parts, ...central, end];
	const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of all) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

const csv = (rows: number) => encodeText(`url,title\n${Array.from({length: rows}, (_, i) => `https://example.com/${i},Book ${i}`).join('\n')}\n`);
const only = (problems: {code: string; severity: string; message: string}[]) => {
	expect(problems).toHaveLength(1);
	expect(problems[0]).toMatchObject({code: 'FILE_UNREADABLE', severity: 'error'});
	return problems[0]!.message;
};

describe('import files and zips are size-capped', () => {
	test('a 2 GB zip bomb (2,048 entries of 1 MiB of zeros, ~2 MB) is refused on declared sizes, quickly', () => {
		const zeros = deflateSync(new Uint8Array(MiB), {level: 9});
		const entries = Array.from({length: 2048}, (_, i) =>
			({name: `part_${String(i).padStart(6, '0')}.csv`, data: zeros, size: MiB}));
		const bomb = rawZip(entries);
		expect(bomb.length).toBeLessThan(2.5 * MiB);
		const started = performance.now();
		const result = parseImport(bomb, 'bomb.zip');
		expect(performance.now() - started).toBeLessThan(8000); // Bounded by the 128 MiB it may inflate, not the 2 GB
		expect(result.records).toEqual([]);
		expect(only(result.problems)).toMatch(/part_000128\.csv would take the zip past the 128 MiB cap/);
	}, 9000);

	test('the same bomb with lying declared sizes is stopped by the streamed count at the total cap', () => {
		const zeros = deflateSync(new Uint8Array(MiB), {level: 9});
		const bomb = rawZip(Array.from({length: 2048}, (_, i) =>
			({name: `p${String(i).padStart(4, '0')}.csv`, data: zeros, size: 10})));
		const before = process.memoryUsage().arrayBuffers;
		const result = parseImport(bomb, 'liar.zip');
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(ZIP_TOTAL_CAP + 64 * MiB);
		expect(only(result.problems)).toMatch(/p0128\.csv (would take the zip|inflates) past the 128 MiB cap/);
	}, 9000);

	test('one entry over the per-file cap is refused before inflating; lying about its size does not help', () => {
		const zip = zipSync({'zeros.csv': new Uint8Array(IMPORT_FILE_CAP + MiB)}, {level: 9});
		expect(only(parseImport(zip, 'big.zip').problems)).toMatch(/zeros\.csv declares 65 MiB, over the 64 MiB cap for one file/);
		const liar = zip.slice();
		const view = new DataView(liar.buffer);
		view.setUint32(22, 100, true); // the local header's uncompressed size (the one a streaming reader sees)
		const result = parseImport(liar, 'liar.zip');
		expect(only(result.problems)).toMatch(/zeros\.csv inflates past the 64 MiB cap for one file/);
	}, 9000);

	test('a zip inside a zip is not opened, and the entries beside it are kept', () => {
		const inner = zipSync({'a.csv': csv(2)});
		const outer = zipSync({'inner.zip': inner, 'b.csv': csv(3)});
		const result = parseImport(outer, 'outer.zip');
		expect(result.records).toHaveLength(3);
		expect(result.problems)
			.toEqual([expect.objectContaining({code: 'FILE_UNREADABLE', severity: 'warning', file: 'inner.zip'})]);
	});

	test('an import file over the cap is refused naming the cap; the other files are still read', () => {
		const big = new Uint8Array(IMPORT_FILE_CAP + 1);
		const result = parseImports([{name: 'huge.csv', bytes: big}, {name: 'ok.csv', bytes: csv(5)}]);
		expect(result.records).toHaveLength(5);
		expect(result.problems)
			.toEqual([expect.objectContaining({code: 'FILE_UNREADABLE', severity: 'error', file: 'huge.csv'})]);
		expect(result.problems[0]!.message).toMatch(/over the 64 MiB cap for an import file/);
		expect(only(parseImport(big, 'huge.csv').problems)).toMatch(/64\.0 MiB, over the 64 MiB cap/);
	});

	test('zips under the caps read as before, stored or deflated', () => {
		const data = csv(4);
		const result = parseImport(rawZip([{name: 'stored.csv', data, size: data.length, method: 0}]), 'stored.zip');
		expect(result.records).toHaveLength(4);
		expect(result.problems).toEqual([]);
	});
});

describe('CLI pages are size-capped', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-caps-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	test('a 60 MB page gets an error line naming the cap, without being read; the batch goes on', async () => {
		const huge = path.join(dir, 'huge.html');
		writeFileSync(huge, '');
		truncateSync(huge, 60 * MiB); // Sparse: 60 MB by its size, nothing written
		const small = path.join(dir, 'small.html');
		writeFileSync(small, '<title>Small page</title><p>hello</p>');
		const lines = [{file: huge, url: 'https://example.com/huge'}, {file: small, url: 'https://example.com/small'}, {file: '/dev/zero', url: 'https://example.com/z'}];
		const out: string[] = [];
		const before = process.memoryUsage().arrayBuffers;
		await runJsonl(({file, url}) => ({title: loadDocument(file, url).title}),
			Readable.from(lines.map(line => `${JSON.stringify(line)}\n`)), {write: (chunk: string) => out.push(chunk)});
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(30 * MiB);
		const results = out.map(line => JSON.parse(line) as Record<string, unknown>);
		expect(results).toEqual([
			{file: huge, error: `the page is 60.0 MiB, over the ${PAGE_CAP / MiB} MiB cap for a page`},
			{file: small, title: 'Small page'},
			{file: '/dev/zero', error: 'not a regular file'},
		]);
	});

	test('a page at the cap is still read', () => {
		const page = path.join(dir, 'at-cap.html');
		const head = '<title>At the cap</title>';
		writeFileSync(page, head + ' '.repeat(PAGE_CAP - head.length));
		expect(loadDocument(page, 'https://example.com/').title).toBe('At the cap');
		expect(statSync(page).size).toBe(PAGE_CAP);
	}, 9000);
});

describe('import files over the cap are refused where they are received', () => {
	test('the options page refuses a file from its size and never reads it', async () => {
		const read = vi.fn(async () => new ArrayBuffer(0));
		const file = (name: string, size: number) => ({name, size, arrayBuffer: read}) as unknown as File;
		const refused = await readFiles([file('ok.csv', 10), file('huge.zip', IMPORT_FILE_CAP + MiB)])
			.catch((error: unknown) => error);
		expect(refused).toMatchObject({code: 'IMPORT_INVALID', message: 'huge.zip is 65 MiB, over the 64 MiB cap for an import file'});
		expect(read).not.toHaveBeenCalled();
		expect(await readFiles([file('ok.csv', 10)])).toHaveLength(1);
	});

	test('the background refuses an oversized file before decoding it', async () => {
		const api = importExportApi(() => Promise.reject(new Error('the list is never touched')));
		const base64 = 'A'.repeat(Math.ceil((IMPORT_FILE_CAP + MiB) / 3) * 4);
		await expect(api.planImport({files: [{name: 'huge.csv', base64}]}))
			.rejects.toMatchObject({code: 'IMPORT_INVALID', message: expect.stringMatching(/^huge\.csv is 65\.0 MiB, over the 64 MiB cap for an import file$/)});
	});
});

describe('WebDAV over plain http needs the user’s confirmation', () => {
	test.each([
		['http://nas.lan/dav/shelfmark/', true],
		['http://192.168.1.20:8080/dav/', true],
		['HTTP://Cloud.Example/remote.php/dav/', true],
		['http://[2001:db8::1]/dav/', true],
		['http://localhost:8080/dav/', false],
		['http://dav.localhost/', false],
		['http://127.0.0.1/dav/', false],
		['http://127.1.2.3:9000/', false],
		['http://[::1]:8080/dav/', false],
		['https://cloud.example/dav/', false],
		['not a url', false],
	])('%s sends the password in clear: %s', (url, expected) => {
		expect(sendsPasswordInClear(url)).toBe(expected);
	});

	const syncApi = () => createSyncApi({
		scheduler: {} as SyncApiDeps['scheduler'], settings: {} as SyncApiDeps['settings'],
		items: () => Promise.reject(new Error('unused')), transport: () => { throw new Error('unused'); },
		allowed: async () => false, // Past the http check, the next step says PERMISSION_DENIED
	});

	test('the background refuses a non-local http URL without the flag, for a test as for a save', async () => {
		const api = syncApi();
		const setup = {kind: 'webdav', url: 'http://nas.lan/dav/', user: 'me', password: 'secret'} as const;
		await expect(api.testSyncConnection(setup)).rejects
			.toMatchObject({code: 'SYNC_INSECURE_URL', message: expect.stringContaining('http://nas.lan')});
		await expect(api.configureSync(setup)).rejects.toMatchObject({code: 'SYNC_INSECURE_URL'});
		await expect(api.configureSync({...setup, plainHttp: true})).rejects.toMatchObject({code: 'PERMISSION_DENIED'});
		await expect(api.testSyncConnection({...setup, url: 'http://127.0.0.1:8080/dav/'})).rejects.toMatchObject({code: 'PERMISSION_DENIED'});
	});

	test('the refusal has a message in every language', () => {
		expect(common.error_SYNC_INSECURE_URL.en).toMatch(/unencrypted/);
		expect(common.error_SYNC_INSECURE_URL.zh_CN).toMatch(/未加密/);
	});
});
