import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {loadDocument} from '../../../src/cli/jsonl.ts';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'shelfmark-extract-cli-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

test('`extract --jsonl` reads a saved legacy page in the charset it declares, as the browser showed it', () => {
	const file = path.join(dir, 'record.html');
	const head = '<html><head><meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><title>Publication: Caf\xe9 Stories</title></head>';
	writeFileSync(file, Buffer.from(`${head}<body><ul><li>ISBN: 0-306-40615-2</li><li><b>Price:</b> \xa31.95</li></ul></body></html>`, 'latin1'));
	const url = 'https://catalogue.example.org/pub/1';
	const m = extractMetadata(loadDocument(file, url), url);
	expect(m.title).toMatch(/Café Stories/);
	expect(m.price).toEqual({amount: 1.95, currency: 'GBP'});
});
