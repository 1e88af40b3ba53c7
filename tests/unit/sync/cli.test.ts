import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {run as add} from '../../../src/cli/add.ts';
import {run as remove} from '../../../src/cli/delete.ts';
import {run as held} from '../../../src/cli/held.ts';
import {run as list} from '../../../src/cli/list.ts';
import {run as set} from '../../../src/cli/set.ts';
import {run as syncCommand} from '../../../src/cli/sync.ts';
import type {Item} from '../../../src/core/types.ts';
import {DAV_SERVERS, type DavServer} from '../../support/dav-servers.ts';

/** Runs a command, returning what it printed. */
async function cli(command: (args: string[]) => Promise<void>, ...args: string[]): Promise<string> {
	let out = '';
	const spy = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => { out += String(chunk); return true; });
	try {
		await command(args);
	} finally {
		spy.mockRestore();
	}
	return out;
}

describe.each(DAV_SERVERS)('CLI: add | set | delete | list | sync over a state file, through $name', kind => {
	let server: DavServer;
	let dir: string;
	beforeAll(async () => {
		server = await kind.start({auth: {user: 'u', password: 'p'}});
		dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-cli-'));
	});
	afterAll(async () => {
		await server?.stop();
		rmSync(dir, {recursive: true, force: true});
	});

	test('two state files edit offline, sync through WebDAV, and list the same union', async () => {
		const home = path.join(dir, 'home.json');
		const work = path.join(dir, 'work.json');
		const id = (await cli(add, 'https://book.douban.com/subject/26902153/?utm_source=x', '--title', '深入剖析 Kubernetes', '--topic', 'k8s', '--state', home)).trim();
		expect(id).toMatch(/^[0-9a-f]{16}$/);
		expect((await cli(add, 'https://book.douban.com/subject/26902153/', '--topic', 'cloud-native', '--state', work)).trim()).toBe(id);
		await cli(add, 'https://example.com/course', '--title', 'Go course', '--kind', 'course', '--state', work);
		await cli(set, id, 'status', 'reading', '--state', home);
		await cli(set, id, 'rating', '5', '--state', work);
		const gone = (await cli(add, 'https://example.com/old', '--state', home)).trim();
		await cli(remove, gone, '--state', home);
		const remote = ['--webdav', `${server.url}shelf/`, '--user', 'u', '--password', 'p'];
		for (const state of [home, work, home]) {
			const report = JSON.parse(await cli(syncCommand, '--state', state, ...remote)) as {attempts: number};
			expect(report.attempts).toBe(1);
		}
		const homeItems = JSON.parse(await cli(list, '--json', '--state', home)) as Item[];
		const workItems = JSON.parse(await cli(list, '--json', '--state', work)) as Item[];
		expect(homeItems).toEqual(workItems);
		expect(homeItems.map(item => item.title).sort()).toEqual(['Go course', '深入剖析 Kubernetes']);
		expect(homeItems.find(item => item.id === id))
			.toMatchObject({status: 'reading', rating: 5, topics: ['cloud-native', 'k8s']});
		expect(await cli(list, '--all', '--state', work)).toContain('(deleted)');
		const file = JSON.parse(readFileSync(home, 'utf8')) as {format: string; docs: unknown[]};
		expect(file.format).toBe('shelfmark-backup');
		expect(file.docs).toHaveLength(3);
	});

	test('a peer record stamped with the largest stamp the format allows is held; our clock and edits stay sound', async () => {
		const home = path.join(dir, 'far-home.json');
		const peer = path.join(dir, 'far-peer.json');
		const remote = ['--webdav', `${server.url}far/`, '--user', 'u', '--password', 'p'];
		const id = (await cli(add, 'https://example.com/sre-book', '--title', 'Site Reliability Engineering', '--state', home)).trim();
		await cli(syncCommand, '--state', home, ...remote);
		await cli(syncCommand, '--state', peer, ...remote);
		// The peer's record says "dropped" at the last millisecond the format holds
		// (a hand-edited file, a clock in 5188)
		const file = JSON.parse(readFileSync(peer, 'utf8')) as {docs: {id: string; f: Record<string, unknown>}[]};
		file.docs.find(doc => doc.id === id)!.f.status = {v: 'dropped', t: 'zzzzzzzzz.zzzz.peer'};
		writeFileSync(peer, JSON.stringify(file));
		await cli(set, id, 'publisher', "O'Reilly", '--state', peer);
		await cli(syncCommand, '--state', peer, ...remote);
		await cli(set, id, 'status', 'done', '--state', home);
		const errors = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		const report = JSON.parse(await cli(syncCommand, '--state', home, ...remote)) as {held: number};
		expect(errors).toHaveBeenCalledWith(expect.stringMatching(/1 records came stamped far ahead .* `held`/));
		errors.mockRestore();
		expect(report.held).toBe(1);
		const {cli: state} = JSON.parse(readFileSync(home, 'utf8')) as {cli: {clock: {wall: number}}};
		expect(state.clock.wall).toBeLessThan(Date.now() + 60_000);
		await cli(set, id, 'rating', '4', '--state', home); // The next command works: no stamp left the format
		expect(JSON.parse(await cli(list, '--json', '--state', home)))
			.toMatchObject([{id, status: 'done', rating: 4, publisher: "O'Reilly"}]);
		expect(await cli(held, '--state', home)).toMatch(new RegExp(`^${id}  5188-.*  Site Reliability Engineering\n$`));
		expect(await cli(held, '--discard', '--state', home)).toMatch(/discarded 1\n$/);
		expect(await cli(held, '--state', home)).toBe('');
		await cli(syncCommand, '--state', home, ...remote);
		expect(JSON.parse(await cli(list, '--json', '--state', home))).toMatchObject([{id, status: 'done', rating: 4}]);
	});

	test('bad input is refused with a clear message; a wrong app password is SYNC_AUTH', async () => {
		const state = path.join(dir, 'bad.json');
		await expect(cli(add, 'javascript:alert(1)', '--state', state)).rejects.toThrow(/usage/);
		await expect(cli(set, 'nope', 'status', 'done', '--state', state)).rejects.toThrow(/no item/);
		const id = (await cli(add, 'https://example.com/a', '--state', state)).trim();
		await expect(cli(set, id, 'status', 'finished', '--state', state)).rejects.toThrow(/status must be/);
		await expect(cli(syncCommand, '--state', state, '--webdav', `${server.url}shelf2/`, '--user', 'u', '--password', 'wrong'))
			.rejects.toMatchObject({code: 'SYNC_AUTH'});
	});
});
