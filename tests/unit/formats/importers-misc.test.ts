import {describe, expect, test, vi} from 'vitest';
import {run} from '../../../src/cli/convert.ts';
import {type BookmarkNode, encodeText, FIELD_CAPS, parseBookmarkTree, parseImport, Problems} from '../../../src/formats/index.ts';

describe('browser bookmarks tree (bookmarks.getSubTree output)', () => {
	const tree: BookmarkNode[] = [{id: 'f1', title: 'Reading', children: [
		{id: 'b1', title: 'A', url: 'https://a.example/', dateAdded: 1_700_000_000_000},
		{id: 'f2', title: 'Go', children: [{id: 'b2', title: '', url: 'https://go.dev/?utm_medium=x'}]},
		{id: 'b3', title: 'Smart', url: 'place:sort=8'},
		{id: 'sep', title: '', url: 'data:'},
	]}];

	test('folders down from the chosen one become topics; dates in ms; non-web bookmarks reported', () => {
		const problems = new Problems();
		expect(parseBookmarkTree(tree, problems)).toEqual([
			{line: 1, url: 'https://a.example/', title: 'A', topics: ['Reading'], addedAt: '2023-11-14T22:13:20.000Z'},
			{line: 2, url: 'https://go.dev/', title: 'https://go.dev/', topics: ['Reading', 'Go']},
		]);
		expect(problems.list.map(p => [p.code, p.line])).toEqual([['URL_NOT_HTTP', 3], ['URL_NOT_HTTP', 4]]);
	});

	test('browser roots are not topics (Firefox ids, Chrome "Bookmarks bar")', () => {
		const records = parseBookmarkTree([{id: 'root________', title: '', children: [
			{id: 'toolbar_____', title: 'Bookmarks Toolbar', children: [{title: 'X', url: 'https://x.example/'}]},
		]}], new Problems());
		expect(records[0]!.topics).toBeUndefined();
		const chrome = parseImport(encodeText(JSON.stringify({roots: {bookmark_bar: {
			name: 'Bookmarks bar', type: 'folder',
			children: [{name: 'Y', type: 'url', url: 'https://y.example/', date_added: '13300000000000000'}],
		}}})), 'Bookmarks');
		expect(chrome.records).toEqual([{line: 1, url: 'https://y.example/', title: 'Y', addedAt: '2022-06-18T04:26:40.000Z'}]);
	});
});

describe('safety and odd inputs', () => {
	test('oversized fields are capped with a warning naming the line and field', () => {
		const csv = `title,url,time_added,tags,status\n${'x'.repeat(FIELD_CAPS.title! + 50)},https://a.example/,1,,unread\n`;
		const {records, problems} = parseImport(encodeText(csv), 'p.csv');
		expect(records[0]!.title).toHaveLength(FIELD_CAPS.title!);
		expect(problems)
			.toEqual([expect.objectContaining({code: 'FIELD_CAPPED', line: 2, field: 'title', severity: 'warning'})]);
	});

	test('only http(s) enters: javascript:, data: and file: URLs are refused with a problem', () => {
		const csv = 'title,url,time_added,tags,status\nA,javascript:alert(1),1,,unread\nB,file:///etc/passwd,1,,unread\nC,https://ok.example/,1,,unread\n';
		const {records, problems} = parseImport(encodeText(csv), 'p.csv');
		expect(records.map(r => r.url)).toEqual(['https://ok.example/']);
		expect(problems.map(p => [p.code, p.line])).toEqual([['URL_NOT_HTTP', 2], ['URL_NOT_HTTP', 3]]);
	});

	test('Douban CSV: zone-less Beijing times, card gives author and publisher, one shelf per file', () => {
		const csv = 'id,title,intro,poster,pubdate,url,rating,genres,star,comment,tags,star_time,card\n1,三体,"第一行\n第二行",https://img.example/1.jpg,2008-1,https://book.douban.com/subject/2567698/,9.3,,5,好看,"科幻,刘慈欣",2024-06-30 14:58:00,刘慈欣 / 2008 / 重庆出版社\n';
		const {format, records} = parseImport(encodeText(csv), 'book.csv', {defaultStatus: 'reading'});
		expect(format).toBe('douban-csv');
		expect(records[0]).toMatchObject({
			title: '三体', kind: 'book', authors: ['刘慈欣'], publisher: '重庆出版社', publishedAt: '2008-01', rating: 5,
			notes: '好看', topics: ['科幻', '刘慈欣'], status: 'reading', addedAt: '2024-06-30T06:58:00.000Z',
			description: '第一行\n第二行',
		});
	});
});

describe('cli convert', () => {
	test('prints the converted list on stdout and a summary on stderr', async () => {
		const out: string[] = [];
		const err: string[] = [];
		const stdout = vi.spyOn(process.stdout, 'write')
			.mockImplementation(chunk => { out.push(String(chunk)); return true; });
		const stderr = vi.spyOn(process.stderr, 'write')
			.mockImplementation(chunk => { err.push(String(chunk)); return true; });
		try {
			await run(['tests/fixtures/formats/goodreads.csv', '--to', 'shelfmark-json']);
			await expect(run(['tests/fixtures/formats/nope.csv', '--to', 'csv'])).rejects.toThrow(/ENOENT/);
			await expect(run(['tests/fixtures/formats/goodreads.csv', '--to', 'docx'])).rejects.toThrow(/usage/);
		} finally {
			stdout.mockRestore();
			stderr.mockRestore();
		}
		const items = JSON.parse(out.join('')) as {url?: string; status: string; isbn: string[]; ids: string[]}[];
		expect(items.map(i => [i.url, i.status, i.isbn, i.ids])).toEqual([
			[undefined, 'done', ['9781617293726'], ['goodreads:11']],
			[undefined, 'dropped', [], ['goodreads:12']],
			[undefined, 'want', ['9780306406157'], ['goodreads:13']],
		]);
		expect(err.join('')).toContain('goodreads-csv: 3 records -> 3 items');
		expect(err.join('')).not.toContain('NO_URL');
	});

	test('a StoryGraph file, RIS and CSL-JSON convert with no NO_URL: titled records without a link are works', async () => {
		const err: string[] = [];
		const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const stderr = vi.spyOn(process.stderr, 'write')
			.mockImplementation(chunk => { err.push(String(chunk)); return true; });
		try {
			for (const file of ['storygraph.csv', 'sample.ris', 'sample-csl.json', 'storygraph-asin.csv']) {
				await run([`tests/fixtures/formats/${file}`, '--to', 'csv']);
			}
			await run(['tests/fixtures/formats/storygraph-asin.csv', '--to', 'netscape']);
		} finally {
			stdout.mockRestore();
			stderr.mockRestore();
		}
		expect(err.join('')).not.toMatch(/NO_URL|error/);
		expect(err.join('')).toContain('storygraph-csv: 4 records -> 4 items (0 merged, 0 failed)');
		expect(err.join('')).toContain('storygraph-csv: 3 records -> 3 items (0 merged, 0 failed; 3 without a web link left out of the bookmarks)');
	});
});
