import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, describe, expect, test, vi} from 'vitest';
import {run as add} from '../../../src/cli/add.ts';
import {run as remove} from '../../../src/cli/delete.ts';
import {run as list} from '../../../src/cli/list.ts';
import {run as merge} from '../../../src/cli/merge.ts';
import {run as set} from '../../../src/cli/set.ts';
import {itemIdForKey} from '../../../src/core/keys.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import type {Item} from '../../../src/core/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-cli-works-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
let n = 0;
const stateFile = () => path.join(dir, `state-${++n}.json`);

/** Runs a command; returns what it printed on stdout and stderr. */
async function cli(command: (args: string[]) => Promise<void>, ...args: string[]): Promise<{out: string; err: string}> {
	let out = '';
	let err = '';
	const stdout = vi.spyOn(process.stdout, 'write')
		.mockImplementation(chunk => { out += String(chunk); return true; });
	const stderr = vi.spyOn(process.stderr, 'write')
		.mockImplementation(chunk => { err += String(chunk); return true; });
	try {
		await command(args);
	} finally {
		stdout.mockRestore();
		stderr.mockRestore();
	}
	return {out, err};
}

const addId = async (...args: string[]) => (await cli(add, ...args)).out.trim();
const items = async (state: string, ...flags: string[]) =>
	JSON.parse((await cli(list, '--json', ...flags, '--state', state)).out) as (Item & {keys: string[]})[];

describe('CLI: works without a page', () => {
	test('add takes a title alone, an ISBN or an id; list --json shows each item\'s keys', async () => {
		const state = stateFile();
		const titled = await addId('--title', 'A book a friend named', '--author', 'Jane Doe', '--state', state);
		expect(titled).toMatch(/^[0-9a-f]{16}$/);
		const byIsbn = await addId('--isbn', '0-596-52068-9', '--title', 'Programming Perl', '--state', state);
		expect(byIsbn).toBe(itemIdForKey('isbn:9780596520687'));
		const byDoi = await addId('--id', 'DOI:10.1000/ABC.1', '--kind', 'paper', '--state', state);
		expect(byDoi).toBe(itemIdForKey('doi:10.1000/abc.1'));
		const listed = await items(state);
		expect(listed.map(item => [item.id, item.url, item.keys])).toEqual([
			[titled, undefined, []],
			[byIsbn, undefined, ['isbn:9780596520687']],
			[byDoi, undefined, ['doi:10.1000/abc.1']],
		]);
		expect(listed[0]).toMatchObject({title: 'A book a friend named', authors: ['Jane Doe']});
		expect(listed[2]).toMatchObject({title: '', kind: 'paper', ids: ['doi:10.1000/abc.1']});
		expect((await cli(list, '--state', state)).out).toContain(`${byDoi}  want     doi:10.1000/abc.1`);
	});

	test('a work that shares a key with a saved item is that item: its first link becomes its url, the next an alias', async () => {
		const state = stateFile();
		const id = await addId('--isbn', '9781449373320', '--title', 'DDIA', '--state', state);
		expect(await addId('https://dataintensive.net/?utm_source=x', '--isbn', '9781449373320', '--state', state)).toBe(id);
		expect(await addId('https://book.douban.com/subject/26197294/', '--isbn', '978-1-4493-7332-0', '--id', 'asin:1449373321', '--state', state)).toBe(id);
		expect(await addId('https://dataintensive.net/', '--topic', 'databases', '--state', state)).toBe(id);
		const [item, ...rest] = await items(state);
		expect(rest).toEqual([]);
		expect(item).toMatchObject({
			id, title: 'DDIA', url: 'https://dataintensive.net/', aliases: ['https://book.douban.com/subject/26197294/'],
			isbn: ['9781449373320'], ids: ['asin:1449373321'], topics: ['databases'],
		});
		expect(item!.keys)
			.toEqual(['dataintensive.net', 'book.douban.com/subject/26197294', 'isbn:9781449373320', 'asin:1449373321']);
	});

	test('a bad id, ISBN or URL is refused with its reason, and nothing is written', async () => {
		const fresh = stateFile();
		await expect(cli(add, '--title', 'X', '--id', 'nope:1', '--state', fresh))
			.rejects.toThrow(/Unknown identifier scheme in "nope:1"/);
		await expect(cli(add, '--title', 'X', '--id', 'doi:not-a-doi', '--state', fresh))
			.rejects.toThrow(/Not a valid DOI/);
		await expect(cli(add, '--title', 'X', '--id', 'asin', '--state', fresh)).rejects.toThrow(/Unknown identifier scheme/);
		await expect(cli(add, '--isbn', '9781449373321', '--state', fresh)).rejects.toThrow(/Not a valid ISBN/);
		await expect(cli(add, '--state', fresh)).rejects.toThrow(/usage: add/);
		await expect(cli(add, 'javascript:alert(1)', '--title', 'X', '--state', fresh)).rejects.toThrow(/usage: add/);
		expect(existsSync(fresh)).toBe(false);

		const state = stateFile();
		const id = await addId('--title', 'Kept', '--state', state);
		const before = readFileSync(state, 'utf8');
		await expect(cli(add, '--title', 'Y', '--id', 'goodreads:abc', '--state', state))
			.rejects.toThrow(/Not a valid Goodreads/);
		await expect(cli(set, id, 'ids', 'doi:nope', '--state', state)).rejects.toThrow(/Not a valid DOI/);
		await expect(cli(set, id, 'url', 'ftp://example.com/x', '--state', state)).rejects.toThrow(/Not an http\(s\) URL/);
		expect(readFileSync(state, 'utf8')).toBe(before);
	});

	test('the command exits non-zero with the message on stderr', async () => {
		const state = stateFile();
		const tsx = path.resolve('node_modules/.bin/tsx');
		const failed = await promisify(execFile)(tsx,
			['src/cli/main.ts', 'add', '--title', 'X', '--id', 'doi:bad', '--state', state])
			.then(() => undefined, (error: {code: number; stderr: string}) => error);
		expect(failed).toMatchObject({code: 1, stderr: expect.stringMatching(/^shelfmark add: Not a valid DOI: doi:bad/)});
		expect(existsSync(state)).toBe(false);
	});
});

describe('CLI: merge', () => {
	test('merge ID ID: the smaller id absorbs the other; the same title and author is only pointed out on add', async () => {
		const state = stateFile();
		const a = await addId('--title', 'Cloud Native Go', '--author', 'Kevin Hoffman', '--topic', 'go',
			'--state', state);
		const second = await cli(add, '--title', 'cloud-native go', '--author', 'K. Hoffman', '--topic', 'cloud',
			'--state', state);
		const b = second.out.trim();
		expect(second.err).toBe(`possibly the same work as ${a} (Cloud Native Go): \`merge ${b} ${a}\` makes them one\n`);
		expect(await items(state)).toHaveLength(2); // Never merged by itself
		const survivor = [a, b].sort()[0]!;
		const absorbed = [a, b].sort()[1]!;
		expect((await cli(merge, b, a, '--state', state)).out.trim()).toBe(survivor);
		const live = await items(state);
		expect(live).toHaveLength(1);
		expect(live[0]).toMatchObject({id: survivor, topics: ['cloud', 'go']});
		expect((await cli(list, '--all', '--state', state)).out).toContain(`(merged into ${survivor})`);
		const all = await items(state, '--all');
		expect(all.find(item => item.id === absorbed)).toMatchObject({mergedInto: survivor});
	});

	test('merging an item with itself, or one already merged, or one that does not exist: a clear error, nothing written', async () => {
		const state = stateFile();
		const a = await addId('https://example.com/a', '--title', 'A', '--state', state);
		const b = await addId('https://example.com/b', '--title', 'B', '--state', state);
		const c = await addId('https://example.com/c', '--title', 'C', '--state', state);
		await expect(cli(merge, a, a, '--state', state)).rejects.toThrow(`cannot merge item ${a} with itself`);
		await expect(cli(merge, a, '--state', state)).rejects.toThrow(/usage: merge/);
		await expect(cli(merge, a, 'ffffffffffffffff', '--state', state)).rejects.toThrow('no item ffffffffffffffff');
		const survivor = (await cli(merge, a, b, '--state', state)).out.trim();
		const absorbed = [a, b].find(id => id !== survivor)!;
		const before = readFileSync(state, 'utf8');
		await expect(cli(merge, absorbed, c, '--state', state)).rejects.toThrow(`item ${absorbed} was already merged into ${survivor}`);
		await cli(remove, c, '--state', state);
		const trashed = readFileSync(state, 'utf8');
		await expect(cli(merge, survivor, c, '--state', state)).rejects.toThrow(/is in the trash/);
		expect(readFileSync(state, 'utf8')).toBe(trashed);
		expect(before).not.toBe(trashed);
	});
});

describe('CLI: the state settles like the extension', () => {
	test('two live items that come to share a key merge by themselves; a later edit of the absorbed one follows', async () => {
		const state = stateFile();
		const page = await addId('https://example.com/ddia', '--title', 'DDIA (page)', '--state', state);
		const book = await addId('--isbn', '9781449373320', '--title', 'DDIA', '--topic', 'books', '--state', state);
		expect(page).toBe(itemIdForUrl('https://example.com/ddia'));
		await cli(set, page, 'isbn', '9781449373320', '--state', state);
		const survivor = [page, book].sort()[0]!;
		const absorbed = [page, book].sort()[1]!;
		const live = await items(state);
		expect(live).toEqual([expect.objectContaining({id: survivor, url: 'https://example.com/ddia', isbn: ['9781449373320'], topics: ['books']})]);
		// An edit that reaches the absorbed item (a device that had not seen the merge) ends up in the survivor
		await cli(set, absorbed, 'status', 'reading', '--state', state);
		expect(await items(state)).toEqual([expect.objectContaining({id: survivor, status: 'reading'})]);
	});

	test('restoring a deleted item that shares a key with a live one merges them', async () => {
		const state = stateFile();
		const first = await addId('https://example.com/x', '--title', 'X', '--state', state);
		await cli(remove, first, '--state', state);
		const second = await addId('--isbn', '9780596520687', '--title', 'X again', '--state', state);
		await cli(set, first, 'isbn', '9780596520687', '--state', state); // Edited in the trash: no merge yet
		expect((await items(state, '--all')).filter(item => !item.mergedInto)).toHaveLength(2);
		await cli(remove, first, '--restore', '--state', state);
		expect(await items(state)).toEqual([expect.objectContaining({id: [first, second].sort()[0], url: 'https://example.com/x'})]);
	});
});
