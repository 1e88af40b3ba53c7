import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {ROOT} from '../e2e/support/paths.ts';
import type {Figure} from './figure.ts';

/** `name: value unit ... (budget N ...)` as scripts/bench-sync.ts prints it; lines it skips say `skipped`. */
const LINE = /^(.+?): ([\d,.]+) ([^\s(,]+).*?\(budget (?:([\d,.]+)|none)/;

/**
 * The sync figures of DESIGN §7 (merge, one edit, first sync, first pull and one edit over each real WebDAV server),
 * from scripts/bench-sync.ts.
 */
export default async function syncBench(): Promise<Figure[]> {
	const {stdout} = await promisify(execFile)(
		path.join(ROOT, 'node_modules', '.bin', 'tsx'),
		['scripts/bench-sync.ts'],
		{cwd: ROOT, maxBuffer: 1 << 20},
	);
	const number = (text: string) => Number(text.replaceAll(',', ''));
	const figures = stdout.split('\n').flatMap(line => {
		const match = LINE.exec(line.trim());
		return match
			? [{name: match[1]!, value: number(match[2]!), unit: match[3]!, budget: match[4] ? number(match[4]) : null}]
			: [];
	});
	if (figures.length === 0) throw new Error(`no figures in:\n${stdout}`);
	return figures;
}
