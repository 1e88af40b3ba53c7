import {readFileSync} from 'node:fs';
import path from 'node:path';
import {applyPatch, emptyDoc, type ItemDoc, materialize} from '../core/item-doc.ts';
import {createClock, formatStamp} from '../core/hlc.ts';
import type {Item} from '../core/types.ts';
import {
	exportBackup, exportCslJson, exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportRis, type FormatId,
	FORMAT_IDS, linkless, type ImportProblem, parseImports, planImport, publishTopicHtml, publishTopicMarkdown,
	toShelfmarkJson,
} from '../formats/index.ts';

const WRITERS: Record<string, (items: Item[], docs: ItemDoc[], topic: string | null, title: string) => string> = {
	'shelfmark-json': items => toShelfmarkJson(items),
	'shelfmark-backup': (_items, docs) => exportBackup(docs, new Date().toISOString()),
	csv: items => exportCsv(items),
	netscape: items => exportNetscapeHtml(items),
	goodreads: items => exportGoodreadsCsv(items),
	'csl-json': items => exportCslJson(items),
	ris: items => exportRis(items),
	markdown: (items, _docs, topic, title) => publishTopicMarkdown(items, topic, {title}),
	html: (items, _docs, topic, title) => publishTopicHtml(items, topic, {title}),
};

const USAGE = `usage: convert FILE... --to ${Object.keys(WRITERS).join('|')} [--topic NAME] [--format ${FORMAT_IDS.join('|')}]`;

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

const describe = (p: ImportProblem, name: string) => `${p.file ?? name}${p.line === undefined ? '' : `:${p.line}`}`
	+ `${p.field ? ` ${p.field}` : ''}: ${p.severity} ${p.code}: ${p.message}`;

/**
 * `convert FILE --to FORMAT`: imports files into an empty in-memory list (duplicates merged by any shared key) and
 * prints it in FORMAT. A record needs a title or an identifier, so only a record with neither fails (NO_WORK).
 */
export async function run(args: string[]): Promise<void> {
	const to = option(args, '--to');
	const topic = option(args, '--topic') ?? null;
	const format = option(args, '--format') as FormatId | undefined;
	const valued = new Set(['--to', '--topic', '--format']
		.flatMap(flag => (args.includes(flag) ? [args.indexOf(flag) + 1] : [])));
	const files = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(i));
	const write = to ? WRITERS[to] : undefined;
	if (!write || files.length === 0) throw new Error(USAGE);
	if (format && !(FORMAT_IDS as readonly string[]).includes(format)) throw new Error(USAGE);
	const inputs = files.map(file => ({name: path.basename(file), bytes: new Uint8Array(readFileSync(file))}));
	const result = parseImports(inputs, format ? {format} : {});
	const plan = planImport(result.records, () => undefined);
	for (const problem of result.problems) process.stderr.write(`${describe(problem, path.basename(files[0]!))}\n`);
	for (const entry of plan.entries.filter(e => e.fate === 'failed')) {
		const where = `${entry.file ?? path.basename(files[0]!)}:${entry.line}`;
		process.stderr.write(`${where}: error ${entry.code}: ${entry.reason} (${entry.title.slice(0, 60)})\n`);
	}
	if (!result.format || (result.records.length === 0 && result.problems.some(p => p.severity === 'error'))) {
		throw new Error(`${files.join(', ')}: not a file Shelfmark can read`);
	}
	let clock = createClock('cli', Date.now());
	const docs = plan.writes.map(w => {
		if (w.doc) return w.doc;
		clock = {...clock, counter: clock.counter + 1};
		const t = formatStamp(clock);
		return applyPatch(emptyDoc(w.id, t), w.patch, t);
	});
	const items = docs.map(materialize);
	process.stdout.write(write(items, docs, topic, topic ?? path.basename(files[0]!)));
	const omitted = to === 'netscape' ? linkless(items) : 0;
	const left = omitted > 0 ? `; ${omitted} without a web link left out of the bookmarks` : '';
	process.stderr.write(`${result.format}: ${result.records.length} records -> ${items.length} items (${plan.counts.merged} merged, ${plan.counts.failed} failed${left})\n`);
}
