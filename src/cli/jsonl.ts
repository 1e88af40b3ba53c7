import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {JSDOM} from 'jsdom';

/** One input line of the `--jsonl` contract (DESIGN §4): a file to read and the URL it was served from. */
export type JsonlInput = {file: string; url: string};

/** Parses an HTML file the way a browser would see it at `url` (scripts off: the extractor reads, never runs, pages). */
export function loadDocument(file: string, url: string): Document {
	const html = readFileSync(path.resolve(file), 'utf8');
	return new JSDOM(html, {url, contentType: 'text/html'}).window.document;
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
