/**
 * Hostile files for the import parsers (issue 14, items 5 and 6). Every input is generated here; each case is
 * bounded in time and checks both a clear problem (stable code, a message naming the line or place) and that
 * every valid record around the damage is still read.
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {Problems} from '../../../src/formats/clean.ts';
import {MAX_JSON_DEPTH, pruneDeepJson} from '../../../src/formats/depth.ts';
import {decodeBytes, decodeText, encodeText, type ImportResult, parseImport, parseImports} from '../../../src/formats/index.ts';

const parse = (text: string, name: string) => parseImport(encodeText(text), name);
const timed = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const out = run();
	return [out, performance.now() - start];
};
const codes = (result: ImportResult) => result.problems.map(problem => problem.code);

describe('BibTeX resynchronises after a broken entry', () => {
	const entry = (i: number) => `@book{key${i},\n  title = {Title ${i}},\n  author = {Doe, Jane},\n  year = 2001\n}\n`;
	const file = (entries: string[]) => entries.join('\n');

	test('one unclosed brace in the first of 200 entries costs that entry only, reported with its line', () => {
		const entries = Array.from({length: 200}, (_, i) => entry(i));
		entries[0] = entries[0]!.replace('{Title 0}', '{Title 0');
		const result = parse(file(entries), 'refs.bib');
		expect(result.records).toHaveLength(199);
		expect(result.records.map(r => r.title)).toEqual(Array.from({length: 199}, (_, i) => `Title ${i + 1}`));
		expect(result.records[0]!.line).toBe(7);
		expect(result.problems).toEqual([expect.objectContaining({
			code: 'BAD_ROW', severity: 'error', line: 1, message: expect.stringMatching(/\{ without its \} before the next entry at line 7/),
		})]);
		expect(codes(result)).not.toContain('FIELD_CAPPED'); // The old symptom: one title swallowing the file
	});

	test('an unclosed quote in a middle entry, and an unclosed brace in the last, are reported; the rest is read', () => {
		const entries = Array.from({length: 5}, (_, i) => entry(i).replace(`{Title ${i}}`, `"Title ${i}"`));
		entries[2] = entries[2]!.replace('"Title 2"', '"Title 2');
		entries[4] = entries[4]!.replace('{Doe, Jane}', '{Doe, Jane');
		const result = parse(file(entries), 'refs.bib');
		expect(result.records.map(r => r.title)).toEqual(['Title 0', 'Title 1', 'Title 3']);
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'BAD_ROW', severity: 'error', line: 14, field: 'title',
				message: expect.stringMatching(/before the next entry at line 19/),
			}),
			expect.objectContaining({
				code: 'BAD_ROW', severity: 'error', line: 25, message: expect.stringMatching(/before the end of the file/),
			}),
		]);
	});

	test('10,000 entries each missing a brace stay linear (under 2 s)', () => {
		const text = Array.from({length: 10_000}, (_, i) => entry(i).replace(`{Title ${i}}`, `{Title ${i}`)).join('\n');
		const [result, ms] = timed(() => parse(text, 'refs.bib'));
		expect(result.records).toHaveLength(0);
		expect(result.problems).toHaveLength(10_000);
		expect(ms).toBeLessThan(2000);
	});
});

describe('deep nesting is a reported problem, never a throw', () => {
	const N = 100_000;
	const deep = (inner = '') => `${'['.repeat(N)}${inner}${']'.repeat(N)}`;
	const valid = '{"url": "https://ok.example/", "title": "Kept"}';
	/** Every JSON importer path, each with one value nested 100,000 levels deep. */
	const files: [string, string, string | undefined][] = [
		['bare array', deep(), undefined],
		['browser bookmarks', `{"children": [${'{"children": ['.repeat(N)}${valid}${']}'.repeat(N)}, ${valid}]}`, 'browser-bookmarks'],
		['Shelfmark JSON', `[{"url": "https://a.example/", "title": ${deep()}}, ${valid}]`, 'shelfmark-json'],
		['Shelfmark JSON authors', `[{"url": "https://a.example/", "title": "A", "authors": ${deep()}}, ${valid}]`, 'shelfmark-json'],
		['CSL-JSON', `[{"type": "book", "title": "Kept", "author": ${deep()}}]`, 'csl-json'],
		['Omnivore', `[{"slug": "s", "savedAt": "2024-01-01", "url": "https://ok.example/", "title": "Kept", "labels": ${deep()}}]`, 'omnivore-json'],
		['Pinboard', `[{"href": "https://ok.example/", "description": "Kept", "extended": ${deep()}, "toread": "no"}]`, 'pinboard-json'],
		['Karakeep', `{"bookmarks": [{"title": "Kept", "content": {"url": "https://ok.example/", "x": ${deep()}}}]}`, 'karakeep-json'],
		['Linkwarden', `{"collections": [{"name": ${deep()}, "links": [{"url": "https://ok.example/", "name": "Kept"}]}]}`, 'linkwarden-json'],
		['backup', `{"format": "shelfmark-backup", "version": 1, "docs": [${deep()}]}`, 'shelfmark-backup'],
	];

	test.each(files)('%s', (_name, text, format) => {
		const [result, ms] = timed(() => parseImports([{name: 'deep.json', bytes: encodeText(text)}]));
		expect(result.format).toBe(format);
		const problem = result.problems.find(p => p.code === 'TOO_DEEP');
		expect(problem?.message).toMatch(new RegExp(`^nested deeper than ${MAX_JSON_DEPTH} levels at \\$`));
		expect(codes(result)).not.toContain('FILE_UNREADABLE'); // Not even the last-resort guard was needed
		if (text.includes('Kept')) expect(result.records.map(r => r.title)).toContain('Kept');
		expect(ms).toBeLessThan(3000);
	});

	test('the top-level record is named as the line, and the shallow part of that record is kept', () => {
		const result = parse(`[${valid}, {"url": "https://a.example/", "title": "A", "topics": ${deep()}}]`, 'x.json');
		expect(result.problems).toEqual([expect.objectContaining({code: 'TOO_DEEP', line: 2, severity: 'warning'})]);
		expect(result.records.map(r => r.title)).toEqual(['Kept', 'A']);
	});

	test('pruning never writes through an own "__proto__" key', () => {
		const data = JSON.parse(`{"__proto__": ${'['.repeat(200)}${']'.repeat(200)}, "a": 1}`) as Record<string, unknown>;
		pruneDeepJson({wrap: data}, new Problems(), 2);
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBeNull();
	});
});

describe('text decoding', () => {
	const utf16 = (text: string, bigEndian: boolean) => {
		const out = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], i * 2);
		}
		return out;
	};

	test('a UTF-8 file with a few bad bytes stays UTF-8, with a warning naming the lines', () => {
		const bytes = new Uint8Array([
			...encodeText('url,title\nhttps://a.example/,三体\nhttps://b.example/,'), 0xff, ...encodeText('Été\n'),
			...encodeText('https://c.example/,Noël '), 0xc3, 0x28, ...encodeText('\nhttps://d.example/,刘慈欣\n'),
		]);
		expect(decodeBytes(bytes)).toMatchObject({encoding: 'utf-8', badLines: [3, 4], badCount: 2});
		const result = parseImport(bytes, 'list.csv');
		expect(result.records.map(r => r.title)).toEqual(['三体', '\uFFFDÉté', 'Noël \uFFFD(', '刘慈欣']);
		expect(result.problems).toEqual([expect.objectContaining({
			code: 'BAD_ENCODING', severity: 'warning', line: 3, message: expect.stringMatching(/not valid UTF-8 on lines 3, 4/),
		})]);
	});

	test('many bad lines: the first ten are named, with the total', () => {
		// Two good multi-byte characters per bad byte: damaged UTF-8, not a legacy file.
		const bytes = new Uint8Array(Array.from({length: 30}, (_, i) => [...encodeText(`é line ${i} ü `), 0xfe, 0x0a]).flat());
		const {badLines, badCount} = decodeBytes(bytes);
		expect(badLines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(badCount).toBe(30);
	});

	test('a legacy 8-bit file (no valid multi-byte sequence) is still windows-1252, without a warning', () => {
		const bytes = new Uint8Array([...encodeText('title,url\r\n'), 0xc9, 0x74, 0xe9, ...encodeText(',https://a.example/\r\n')]);
		expect(decodeBytes(bytes)).toEqual({text: 'title,url\r\nÉté,https://a.example/\r\n', encoding: 'windows-1252'});
	});

	const scripts = [
		['Chinese first', '书名,作者\n三体,刘慈欣\n红楼梦,曹雪芹\n'],
		['Japanese', 'タイトル,著者\n吾輩は猫である,夏目漱石\n'],
		['Korean', '제목,저자\n채식주의자,한강\n'],
		['Cyrillic', 'Название,Автор\nМастер и Маргарита,Булгаков\n'],
		['Greek and Latin', 'Τίτλος,author\nÉté,Zoë\n'],
		['Latin ASCII', 'title,url\nA,https://a.example/\n'],
	];
	test.each(scripts.flatMap(([name, text]) => [[`${name}, LE`, text!, false], [`${name}, BE`, text!, true]] as const))(
		'BOM-less UTF-16: %s', (_name, text, bigEndian) => {
			expect(decodeBytes(utf16(text, bigEndian))).toEqual({text, encoding: bigEndian ? 'utf-16be' : 'utf-16le'});
		},
	);

	test('BOM-less UTF-16 of CJK text with no ASCII at all in its first 4 KB', () => {
		let seed = 1;
		const next = () => (seed = (seed * 48_271) % 2_147_483_647);
		const text = `${Array.from({length: 3000}, () => String.fromCharCode(0x4e00 + (next() % 0x5000))).join('')}\n`;
		expect(decodeText(utf16(text, false))).toBe(text);
		expect(decodeText(utf16(text, true))).toBe(text);
	});

	test('a BOM-less UTF-16 CSV starting with Chinese text imports', () => {
		const csv = '书名,网址\n三体,https://a.example/\n';
		const result = parseImport(utf16(csv, false), 'books.csv');
		expect(result.records).toEqual([expect.objectContaining({title: '三体', url: 'https://a.example/'})]);
	});

	test('property: UTF-8 text without NUL is never taken for UTF-16 or windows-1252', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 200}), text => {
			fc.pre(!text.includes('\0'));
			expect(decodeText(encodeText(text))).toBe(text);
		}), {numRuns: 500});
	});

	test('property: 8-bit text (bytes 0x20-0xff, tab, CR, LF) without a byte-order mark is never taken for UTF-16', () => {
		const byte = fc.oneof(fc.integer({min: 0x20, max: 0xff}), fc.constantFrom(0x09, 0x0a, 0x0d));
		const eightBit = fc.uint8Array({minLength: 0, maxLength: 300}).map(a => a.map(b => (b < 0x20 ? 0x20 + b : b)));
		fc.assert(fc.property(eightBit, fc.array(byte), (bytes, more) => {
			const all = new Uint8Array([...bytes, ...more]);
			// "þÿ" or "ÿþ" first is a UTF-16 byte-order mark by definition (as in every decoder), not a guess
			fc.pre(!((all[0] === 0xfe && all[1] === 0xff) || (all[0] === 0xff && all[1] === 0xfe)));
			expect(decodeBytes(all).encoding).toMatch(/^(utf-8|windows-1252)$/);
		}), {numRuns: 500});
	});
});

describe('linear time', () => {
	test('RIS: one entry with 50,000 repeated tags (was 18 s)', () => {
		const ris = `TY  - BOOK\nTI  - Many authors\n${Array.from({length: 50_000}, (_, i) => `AU  - Author ${i}\n`).join('')}ER  - \n`;
		const [result, ms] = timed(() => parse(ris, 'many.ris'));
		expect(result.records).toHaveLength(1);
		expect(result.records[0]!.authors).toHaveLength(100); // The list cap, from the first 50,000 read
		expect(ms).toBeLessThan(2000);
	});

	test('RIS: 50,000 continuation lines', () => {
		const ris = `TY  - BOOK\nTI  - Long\n${Array.from({length: 50_000}, (_, i) => `N1  - note ${i}\n  continued ${i}\n`).join('')}ER  - \n`;
		const [result, ms] = timed(() => parse(ris, 'long.ris'));
		expect(result.records[0]).toMatchObject({title: 'Long', notes: 'note 0 continued 0'});
		expect(ms).toBeLessThan(2000);
	});

	test('long blank runs: 200,000 blank lines, and 100,000 spaces inside author and accent values', () => {
		const blanks = `title,authors\nA,"Doe, Jane"\n${'\n'.repeat(200_000)}B,"Roe${' '.repeat(100_000)}; Poe"\n`;
		const [csv, csvMs] = timed(() => parse(blanks, 'list.csv'));
		expect(csv.format).toBe('generic-csv');
		expect(csv.records.map(r => r.authors)).toEqual([['Doe, Jane'], ['Roe', 'Poe']]);
		const bib = `@book{k,\n  title = {Caf\\'${' '.repeat(100_000)}e},\n  author = {Doe${' '.repeat(100_000)}and Roe}\n}\n`;
		const [bibtex, bibMs] = timed(() => parse(bib, 'refs.bib'));
		expect(bibtex.records[0]).toMatchObject({title: 'Café', authors: ['Doe', 'Roe']});
		expect(csvMs + bibMs).toBeLessThan(2000);
	});

	test('Goodreads: a review of 100,000 "<" without a ">" (each used to be rescanned to the end)', () => {
		const csv = `Book Id,Title,Author,ISBN,Exclusive Shelf,My Review\n1,T,A,,read,"a <b>b</b> ${'<'.repeat(100_000)}"\n`;
		const [result, ms] = timed(() => parse(csv, 'goodreads.csv'));
		expect(result.format).toBe('goodreads-csv');
		expect(result.records[0]!.notes).toMatch(/^a b <</);
		expect(ms).toBeLessThan(2000);
	});

	test('format detection: 60,000 "@x{" without a comma and 60,000 "<li><a " without a ">"', () => {
		const [bib, bibMs] = timed(() => parse(`${'@x{'.repeat(60_000)}\n`, 'odd.txt'));
		const [pocket, pocketMs] = timed(() => parse(`<html>${'<li><a '.repeat(60_000)}`, 'odd.html'));
		expect(codes(bib)).toContain('FORMAT_UNKNOWN');
		expect(codes(pocket)).toContain('FORMAT_UNKNOWN');
		expect(bibMs + pocketMs).toBeLessThan(2000);
	});

	test('bookmark HTML: 20,000 unclosed tags after a bookmark (was 17 s)', () => {
		const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p><DT><A HREF="https://a.example/">A</A>\n${'<a x '.repeat(20_000)}`;
		const [result, ms] = timed(() => parse(html, 'bookmarks.html'));
		expect(result.records.map(r => r.url)).toEqual(['https://a.example/']);
		expect(ms).toBeLessThan(2000);
	});

	test('bookmark HTML: 20,000 unclosed comments', () => {
		const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p><DT><A HREF="https://a.example/">A</A>\n${'<!-- x '.repeat(20_000)}`;
		const [result, ms] = timed(() => parse(html, 'bookmarks.html'));
		expect(result.records.map(r => r.url)).toEqual(['https://a.example/']);
		expect(ms).toBeLessThan(2000);
	});

	test('bookmark HTML: folders 20,000 deep, a link in each (each link used to walk every folder above it)', () => {
		const folder = (i: number) => `<DT><H3>${i < 3 ? `F${i}` : ''}</H3>\n<DL><p><DT><A HREF="https://a.example/${i}">L${i}</A>\n`;
		const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n${Array.from({length: 20_000}, (_, i) => folder(i)).join('')}`;
		const [result, ms] = timed(() => parse(html, 'bookmarks.html'));
		expect(result.records).toHaveLength(20_000);
		expect(result.records[1]!.topics).toEqual(['F0', 'F1']);
		expect(result.records.at(-1)!.topics).toEqual(['F0', 'F1', 'F2']);
		expect(ms).toBeLessThan(2000);
	});
});
