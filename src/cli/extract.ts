import {extractMetadata} from '../extract/extract-metadata.ts';
import {loadDocument, runJsonl} from './jsonl.ts';

/** `extract --jsonl`: the content script's extractor, run under jsdom. */
export async function run(args: string[]): Promise<void> {
	if (!args.includes('--jsonl')) throw new Error('usage: extract --jsonl  (reads {"file","url"} lines on stdin)');
	await runJsonl(({file, url}) => ({metadata: extractMetadata(loadDocument(file, url), url)}));
}
