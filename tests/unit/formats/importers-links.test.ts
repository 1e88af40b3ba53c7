import {describe, expect, test} from 'vitest';
import {encodeText, parseImport} from '../../../src/formats/index.ts';
import {byUrl, importFixture, importText} from './load.ts';

describe('Netscape bookmark HTML', () => {
	test('Firefox: folders are topics, browser roots are not, TAGS added, DD after a link is its note', () => {
		const {format, records, problems} = importFixture('firefox-bookmarks.html');
		expect(format).toBe('netscape-html');
		expect(records.map(r => r.url)).toEqual([
			'https://kubernetes.io/docs/', 'https://example.com/a', 'https://example.org/', 'https://unfiled.example/',
		]);
		const k8s = byUrl(records, 'https://kubernetes.io/docs/');
		expect(k8s).toMatchObject({
			title: "Kubernetes 'docs'", topics: ['Cloud & Native', 'k8s', 'Docs'], addedAt: '2023-11-14T22:15:00.000Z',
			line: 14,
		});
		expect(k8s.notes).toBe('Read the concepts first,\nthen the tasks.');
		expect(byUrl(records, 'https://example.com/a').topics).toEqual(['Cloud & Native', 'Folder A/A']);
		expect(byUrl(records, 'https://example.com/a').notes).toBeUndefined();
		expect(byUrl(records, 'https://example.org/').topics).toBeUndefined();
		expect(byUrl(records, 'https://unfiled.example/').title).toBe('https://unfiled.example/');
		expect(problems).toEqual([expect.objectContaining({
			code: 'URL_NOT_HTTP', severity: 'warning', message: expect.stringContaining('2 bookmarks'),
		})]);
	});

	test('Safari: unwrapped top-level folders, Reading List means want, percent-encoded URLs kept', () => {
		const {records} = importFixture('safari-bookmarks.html');
		expect(records).toHaveLength(2);
		expect(records[0]).toMatchObject({title: 'Книга', url: 'https://ru.wikipedia.org/wiki/%D0%9A%D0%BD%D0%B8%D0%B3%D0%B0'});
		expect(records[0]!.topics).toBeUndefined();
		expect(records[1]).toMatchObject({url: 'https://later.example/post', status: 'want'});
	});
});

describe('Pocket', () => {
	test('old HTML export: sections give status, tags split on commas, entities decoded', () => {
		const {format, records} = importFixture('pocket-ril_export.html');
		expect(format).toBe('pocket-html');
		expect(records.map(r => [r.url, r.status])).toEqual([
			['https://unread.example/a?x=1&y=2', 'want'], ['https://unread.example/b', 'want'], ['https://read.example/c', 'done'],
		]);
		expect(records[0])
			.toMatchObject({title: 'Tom & Jerry', topics: ['ご飯', 'raspberrypi'], addedAt: '2020-09-13T12:26:40.000Z'});
	});

	test('CSV export: multi-line quoted title, pipes split tags but not titles, a titled row without URL is still a work', () => {
		const {format, records, problems} = importFixture('pocket.csv');
		expect(format).toBe('pocket-csv');
		expect(records).toHaveLength(3);
		expect(records[0]).toMatchObject({
			title: 'Title with a blank line', topics: ['web design', 'a/v performance'], status: 'want', line: 2,
		});
		expect(records[1]).toMatchObject({title: 'Scrum | by Someone | Blog', status: 'done', line: 5});
		expect(records[2]).toMatchObject({title: 'No url row', line: 6});
		expect(records[2]!.url).toBeUndefined();
		expect(problems).toEqual([]);
	});

	test('a row with neither link nor title is reported and left out; a non-web link is not an item', () => {
		const {records, problems} = importText('title,url,time_added,tags,status\n,,1,,unread\nBookmarklet,javascript:void(0),1,,unread\n', 'part_000000.csv');
		expect(records).toEqual([]);
		expect(problems.map(p => [p.code, p.line])).toEqual([['BAD_ROW', 2], ['URL_NOT_HTTP', 3]]);
	});
});

describe('other link services', () => {
	test('Instapaper: Archive is done, user folders and JSON tags are topics, private links left out', () => {
		const {format, records, problems} = importFixture('instapaper.csv');
		expect(format).toBe('instapaper-csv');
		expect(records.map(r => [r.status, r.topics ?? []]))
			.toEqual([['want', []], ['done', ['react', 'javascript']], ['want', ['Stoicism']]]);
		expect(records[0])
			.toMatchObject({title: 'Quoted, «title»', notes: 'A selected\npassage', addedAt: '2023-11-14T22:13:20.000Z'});
		expect(problems.map(p => [p.code, p.line])).toEqual([['URL_NOT_HTTP', 6]]);
	});

	test('Raindrop CSV: collection path and tags become topics; Unsorted does not', () => {
		const {format, records} = importFixture('raindrop.csv');
		expect(format).toBe('raindrop-csv');
		expect(records[0]).toMatchObject({
			topics: ['Reading', 'Tools', 'bookmarks', 'software'], notes: 'A note', description: 'An excerpt',
			image: 'https://img.example/c.png',
		});
		expect(records[1]!.topics).toBeUndefined();
	});

	test('Omnivore: Archived is done, labels are topics, non-web URLs are left out with their record number', () => {
		const {format, records, problems} = importFixture('omnivore.json');
		expect(format).toBe('omnivore-json');
		expect(records.map(r => r.url)).toEqual(['https://o.example/1', 'https://o.example/3']);
		expect(records[0]).toMatchObject({
			title: 'Le titre : un', status: 'done', topics: ['RSS', 'TEST'], authors: ['Jane Doe'], kind: 'article',
		});
		expect(problems.find(p => p.line === 2)).toMatchObject({code: 'URL_NOT_HTTP', field: 'url'});
	});

	test('Karakeep: seconds timestamps, archived is done, text notes are not items', () => {
		const {format, records, problems} = importFixture('karakeep.json');
		expect(format).toBe('karakeep-json');
		expect(records).toEqual([expect.objectContaining({
			url: 'https://k.example/a', status: 'done', topics: ['dev', 'go'], addedAt: '2023-11-14T22:13:20.000Z', notes: 'n',
		})]);
		expect(problems[0]).toMatchObject({code: 'BAD_ROW', line: 2, message: expect.stringContaining('not a work')});
	});

	test('Linkwarden: nested collections give every ancestor as a topic', () => {
		const {format, records} = importFixture('linkwarden.json');
		expect(format).toBe('linkwarden-json');
		expect(byUrl(records, 'https://react.dev/').topics).toEqual(['Tech', 'Frontend', 'js']);
		expect(records.filter(r => r.url === 'https://github.com/')).toHaveLength(2); // The planner merges them
	});
});

test('Pinboard JSON: description is the title, extended the note, space-separated tags, toread is want', () => {
	const json = JSON.stringify([{
		href: 'https://p.example/', description: 'P', extended: 'note', time: '2024-01-10T08:00:00Z', toread: 'yes', tags: 'a b',
	}]);
	const {format, records} = parseImport(encodeText(json), 'pinboard.json');
	expect(format).toBe('pinboard-json');
	expect(records).toEqual([{
		line: 1, url: 'https://p.example/', title: 'P', notes: 'note', topics: ['a', 'b'], status: 'want',
		addedAt: '2024-01-10T08:00:00.000Z',
	}]);
});
