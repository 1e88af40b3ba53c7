import {readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM, VirtualConsole} from 'jsdom';
import {extractMetadata} from '../extract/extract-metadata.ts';
import {loadDocument, runJsonl} from './jsonl.ts';

/** jsdom's parser throws on some inline styles (a jsdom CSS bug, not the page's fault): retry without style attributes. */
function load(file: string, url: string): Document {
	try {
		return loadDocument(file, url);
	} catch {
		const html = readFileSync(path.resolve(file), 'utf8').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
		return new JSDOM(html, {url, contentType: 'text/html', virtualConsole: new VirtualConsole()}).window.document;
	}
}

/** `extract --jsonl`: the content script's extractor, run under jsdom. */
export async function run(args: string[]): Promise<void> {
	if (!args.includes('--jsonl')) throw new Error('usage: extract --jsonl  (reads {"file","url"} lines on stdin)');
	await runJsonl(({file, url}) => ({metadata: extractMetadata(load(file, url), url)}));
}
