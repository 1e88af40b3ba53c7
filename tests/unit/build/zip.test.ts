import {mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {afterEach, describe, expect, test} from 'vitest';
import {listFiles, zipDirectory, zipEntries} from '../../../scripts/zip.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);
const scratch: string[] = [];
afterEach(() => { for (const dir of scratch.splice(0)) rmSync(dir, {recursive: true, force: true}); });

/** A folder holding `files`, written in the given order with the given modification time. */
function folder(files: [string, string][], mtime: Date): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-zip-'));
	scratch.push(dir);
	for (const [name, text] of files) {
		mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
		writeFileSync(path.join(dir, name), text);
		utimesSync(path.join(dir, name), mtime, mtime);
	}
	return dir;
}

describe('store zips depend only on paths and bytes (issue 18: reproducible builds)', () => {
	test('the order entries are given in does not change the zip, and the zip holds them all', () => {
		const a = zipEntries({'b.js': bytes('b'), 'a/x.json': bytes('{}'), 'a.js': bytes('a')});
		const b = zipEntries({'a.js': bytes('a'), 'b.js': bytes('b'), 'a/x.json': bytes('{}')});
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		const entries = unzipSync(a);
		expect(Object.keys(entries)).toEqual(['a.js', 'a/x.json', 'b.js']);
		expect(new TextDecoder().decode(entries['a/x.json'])).toBe('{}');
	});

	test('two folders with the same files, written at other times and in another order, zip the same', () => {
		const files: [string, string][] = [
			['manifest.json', '{"a":1}'], ['assets/z.js', 'z'], ['assets/a.js', 'a'], ['_locales/en/messages.json', '{}'],
		];
		const first = folder(files, new Date('2021-03-04T05:06:07Z'));
		const second = folder([...files].reverse(), new Date('2026-12-03T17:00:00Z'));
		expect(listFiles(first)).toEqual(['_locales/en/messages.json', 'assets/a.js', 'assets/z.js', 'manifest.json']);
		zipDirectory(first, path.join(first, '..', `${path.basename(first)}.zip`));
		zipDirectory(second, path.join(second, '..', `${path.basename(second)}.zip`));
		scratch.push(`${first}.zip`, `${second}.zip`);
		expect(readFileSync(`${first}.zip`).equals(readFileSync(`${second}.zip`))).toBe(true);
	});

	test('a changed byte changes the zip', () => {
		const zip = Buffer.from(zipEntries({'a.js': bytes('a')}));
		expect(zip.equals(Buffer.from(zipEntries({'a.js': bytes('b')})))).toBe(false);
	});
});
