import {harvest} from '../extract/harvest/index.ts';
import {loadDocument, runJsonl} from './jsonl.ts';

/** `harvest --jsonl`: the works each page recommends, run under jsdom (DESIGN §4). */
export async function run(args: string[]): Promise<void> {
	if (!args.includes('--jsonl')) throw new Error('usage: harvest --jsonl  (reads {"file","url"} lines on stdin)');
	await runJsonl(({file, url}) => ({items: harvest(loadDocument(file, url), url)}));
}
