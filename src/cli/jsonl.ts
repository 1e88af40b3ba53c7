import {readFileSync, statSync} from 'node:fs';
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
		const unstyled = html.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
		return new JSDOM(unstyled, {url, contentType: 'text/html', virtualConsole}).window.document;
	}
}

/**
 * Largest page the CLI reads. jsdom holds 10-30 times a page's size while it builds the tree; the longest real
 * pages (a long Wikipedia article, a big forum thread) are 2-8 MB. 16 MiB leaves room and keeps one page under
 * ~0.5 GB, so one huge file cannot take the whole batch down.
 */
export const PAGE_CAP = 16 * 1024 * 1024;

/** A page file as a browser would show it at `url`; a file over PAGE_CAP is refused from its size, never read. */
export function loadDocument(file: string, url: string): Document {
	const resolved = path.resolve(file);
	const stat = statSync(resolved);
	if (!stat.isFile()) throw new Error('not a regular file'); // A device or a pipe could stream without end
	const {size} = stat;
	if (size > PAGE_CAP) throw new Error(`the page is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${PAGE_CAP / 1024 / 1024} MiB cap for a page`);
	return parseDocument(decodeText(readFileSync(resolved)), url);
}

/**
 * Reads `{"file","url"}` lines (stdin) and writes one JSON line per input (stdout), an error line
 * `{"file","error"}` where one failed: the batch goes on.
 */
export async function runJsonl(handle: (input: JsonlInput) => Record<string, unknown>,
	input: NodeJS.ReadableStream = process.stdin,
	output: {write(line: string): unknown} = process.stdout): Promise<void> {
	const lines = createInterface({input, crlfDelay: Infinity});
	for await (const line of lines) {
		if (!line.trim()) continue;
		let file = '';
		try {
			const request = JSON.parse(line) as Partial<JsonlInput>;
			file = String(request.file ?? '');
			if (!request.file || !request.url) throw new Error('each line needs "file" and "url"');
			output.write(`${JSON.stringify({file, ...handle(request as JsonlInput)})}\n`);
		} catch (error) {
			output.write(`${JSON.stringify({file, error: error instanceof Error ? error.message : String(error)})}\n`);
		}
	}
}
