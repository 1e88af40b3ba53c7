import {zipSync} from 'fflate';
import {describe, expect, test} from 'vitest';
import {decodeText, detectFormat, encodeText, parseImport, parseImports} from '../../../src/formats/index.ts';

const utf16 = (text: string, bigEndian: boolean) => {
	const out = new Uint8Array(2 + text.length * 2);
	out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
	}
	return out;
};

describe('decodeText', () => {
	test.each([
		['UTF-8', encodeText('标题,é')],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encodeText('标题,é')])],
		['UTF-16 LE with BOM', utf16('标题,é', false)],
		['UTF-16 BE with BOM', utf16('标题,é', true)],
	])('%s', (_name, bytes) => {
		expect(decodeText(bytes)).toBe('标题,é');
	});

	test('bytes that are not UTF-8 are read in the charset the file declares, else windows-1252; never U+FFFD for a letter', () => {
		const gbk = new Uint8Array([
			...encodeText('<meta charset="gbk"><title>'), 0xb1, 0xea, 0xcc, 0xe2, ...encodeText('</title>'),
		]);
		expect(decodeText(gbk)).toBe('<meta charset="gbk"><title>标题</title>');
		const latin1Page = new Uint8Array([...encodeText('<meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><b>Price:</b> '), 0xa3, ...encodeText('1.95')]);
		expect(decodeText(latin1Page)).toMatch(/Price:<\/b> £1\.95$/);
		const excelCsv = new Uint8Array([...encodeText('title,url\r\n'), 0xc9, 0x74, 0xe9, ...encodeText(',https://a.example/\r\n')]);
		expect(decodeText(excelCsv)).toBe('title,url\r\nÉté,https://a.example/\r\n');
	});
	test('a UTF-8 preview cut inside a character is still UTF-8', () => {
		const bytes = encodeText('标题,é');
		expect(decodeText(bytes.subarray(0, bytes.length - 1))).toBe('标题,');
	});
	test('a UTF-16 Pocket CSV (Excel "Unicode text") still parses', () => {
		const csv = 'title,url,time_added,tags,status\r\nÉté,https://a.example/,1600000000,x|y,archive\r\n';
		const {format, records} = parseImport(utf16(csv, false), 'part.csv');
		expect(format).toBe('pocket-csv');
		expect(records[0]).toMatchObject({title: 'Été', status: 'done', topics: ['x', 'y']});
	});
});

describe('detectFormat reads content, not names', () => {
	test.each([
		['<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p><DT><A HREF="https://a.example/">A</A>', 'netscape-html'],
		['<html><title>Pocket Export</title><h1>Unread</h1><ul><li><a href="https://a.example/" time_added="1">A</a></li></ul>', 'pocket-html'],
		['title,url,time_added,tags,status\n', 'pocket-csv'],
		['Book Id,Title,Author,ISBN,Exclusive Shelf\n', 'goodreads-csv'],
		['Title,Authors,ISBN/UID,Read Status\n', 'storygraph-csv'],
		['URL,Title,Selection,Folder\n', 'instapaper-csv'],
		['id,title,note,excerpt,url,folder,tags,created\n', 'raindrop-csv'],
		['url,title,kind,status,topics,authors\n', 'shelfmark-csv'],
		['TY  - BOOK\nTI  - X\nER  - \n', 'ris'],
		['% comment\n@article{key,\n title = {X}}', 'bibtex'],
		['[{"type": "book", "title": "X"}]', 'csl-json'],
		['[{"slug": "x", "savedAt": "2024-01-01", "url": "https://a.example/"}]', 'omnivore-json'],
		['{"bookmarks": []}', 'karakeep-json'],
		['[{"href": "https://a.example/", "description": "A", "toread": "no"}]', 'pinboard-json'],
		['{"collections": []}', 'linkwarden-json'],
		['{"format": "shelfmark-backup", "version": 1, "docs": []}', 'shelfmark-backup'],
		['[{"id": "1", "title": "Folder", "children": []}]', 'browser-bookmarks'],
		['Name,Link\nA,https://a.example/\n', 'generic-csv'],
	] as const)('%s', (content, format) => {
		expect(detectFormat(encodeText(content), 'misleading.txt')).toBe(format);
	});

	test('unknown content is undefined; a bad file says so without throwing', () => {
		expect(detectFormat(encodeText('just some words'))).toBeUndefined();
		expect(detectFormat(encodeText('<html><body>hi</body></html>'))).toBeUndefined();
		const result = parseImport(encodeText('{"truncated": '), 'x.json');
		expect(result.records).toEqual([]);
		expect(result.problems[0]).toMatchObject({code: 'BAD_JSON', severity: 'error'});
		expect(parseImport(encodeText('hello'), 'x.txt').problems[0]).toMatchObject({code: 'FORMAT_UNKNOWN'});
	});
});

describe('several files and zips', () => {
	const part = (n: number) => encodeText(`title,url,time_added,tags,status\nP${n},https://p.example/${n},1600000000,,unread\n`);

	test('a Pocket zip of part files is read entry by entry, records name their entry', () => {
		const zip = zipSync({
			'part_000000.csv': part(0), 'part_000001.csv': part(1), '__MACOSX/._part_000000.csv': encodeText('junk'),
			'dir/': new Uint8Array(),
		});
		expect(detectFormat(zip)).toBe('zip');
		const {format, records} = parseImport(zip, 'pocket.zip');
		expect(format).toBe('pocket-csv');
		expect(records.map(r => [r.file, r.title, r.line]))
			.toEqual([['part_000000.csv', 'P0', 2], ['part_000001.csv', 'P1', 2]]);
	});

	test('a broken zip is one FILE_UNREADABLE problem', () => {
		const result = parseImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'bad.zip');
		expect(result.problems).toEqual([expect.objectContaining({code: 'FILE_UNREADABLE', severity: 'error'})]);
	});

	test('parseImports joins several picked files', () => {
		const {records} = parseImports([{name: 'a.csv', bytes: part(1)}, {name: 'b.csv', bytes: part(2)}]);
		expect(records.map(r => r.file)).toEqual(['a.csv', 'b.csv']);
	});
});
