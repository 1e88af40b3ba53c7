import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {expect, test} from 'vitest';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const dir = path.resolve(import.meta.dirname, '../../fixtures/pages');
const pages = readdirSync(dir).filter(name => name.endsWith('.html'));

test.each(pages)('%s', async name => {
	const html = readFileSync(path.join(dir, name), 'utf8');
	const url = /<!-- source: (\S+)/.exec(html)![1]!;
	const {window} = new JSDOM(html, {url});
	const json = `${JSON.stringify(extractMetadata(window.document, url), null, '\t')}\n`;
	await expect(json).toMatchFileSnapshot(path.join(dir, name.replace(/\.html$/, '.expected.json')));
});
