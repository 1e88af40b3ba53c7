import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {JSDOM, VirtualConsole} from 'jsdom';
import {decodeText} from '../formats/decode.ts';

/** One input line of the `--jsonl` contract (DESIGN §4): a file to read and the URL it was served from. */
export type JsonlInput = {file: string; url: string};

/**
 * Parses HTML the way a browser would see it at `url` (scripts off: the extractor reads, never runs, pages). jsdom's
 * parser throws on some inline styles (a jsdom CSS bug, not the page's): those pages are parsed again without them.
 */
export function parseDocument(html: string, url: string): Document {
	const virtualConsole = new VirtualConsole(); // jsdom's complaints about real pages' CSS are not the user's concern
	try {
		return new JSDOM(html, {url, contentType: 'text/html', virtualConsole}).window.document;
	} catch {
		return new JSDOM(html.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, ''), {url, contentType: 'text/html', virtualConsole}).window.document;
	}
}

/** A page file as a browser would show it at `url`. */
export function loadDocument(file: string, url: string): Document {
	return parseDocument(decodeText(readFileSync(path.resolve(file))), url);
}

/** Reads `{"file","url"}` lines on stdin and writes one JSON line per input, an error line where one failed. */
export async function runJsonl(handle: (input: JsonlInput) => Record<string, unknown>): Promise<void> {
	const lines = createInterface({input: process.stdin, crlfDelay: Infinity});
	for await (const line of lines) {
		if (!line.trim()) continue;
		let file = '';
		try {
			const input = JSON.parse(line) as Partial<JsonlInput>;
			file = String(input.file ?? '');
			if (!input.file || !input.url) throw new Error('each line needs "file" and "url"');
			process.stdout.write(`${JSON.stringify({file, ...handle(input as JsonlInput)})}\n`);
		} catch (error) {
			process.stdout.write(`${JSON.stringify({file, error: error instanceof Error ? error.message : String(error)})}\n`);
		}
	}
}
