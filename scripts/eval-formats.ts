/**
 * `npm run eval:formats`: runs every importer over the real export files in ../shared/formats (never copied into
 * the repo) and prints, per file, the detected format, item counts, problems and field checks.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {encodeText, parseImport, planImport} from '../src/formats/index.ts';
import type {ImportRecord} from '../src/formats/index.ts';

/**
 * `--bench`: parse and plan 50,000 synthetic Pocket CSV rows (multi-line titles, tags, duplicates); time and memory.
 */
function bench(rows = 50_000): void {
	let csv = 'title,url,time_added,tags,status\n';
	for (let i = 0; i < rows; i++) csv += `${i % 7 === 0 ? '"Title, with\na newline"' : `Title ${i}`},https://bench.example/${i % 45_000}?utm_source=x,${1_600_000_000 + i},a|b c,${i % 3 ? 'unread' : 'archive'}\n`;
	const bytes = encodeText(csv);
	globalThis.gc?.();
	const heap0 = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	const {records, problems} = parseImport(bytes, 'bench.csv');
	const t1 = performance.now();
	const plan = planImport(records, () => undefined);
	const t2 = performance.now();
	const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
	console.log(`bench: ${rows} rows (${(bytes.length / 2 ** 20).toFixed(1)} MB): parse ${(t1 - t0).toFixed(0)} ms, plan ${(t2 - t1).toFixed(0)} ms, `
		+ `${records.length} records, ${plan.counts.new} new + ${plan.counts.merged} merged, ${problems.length} problems, `
		+ `heap +${heapMb.toFixed(0)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
}
if (process.argv.includes('--bench')) {
	bench();
	process.exit(0);
}

const root = path.resolve(import.meta.dirname, '../../shared/formats');
if (!existsSync(root)) {
	console.log(`skipped: ${root} not found`);
	process.exit(0);
}

/** Item counts the folder's README states for its files (non-items already dropped, duplicates not merged). */
const EXPECTED: Record<string, number> = {
	'betula-firefox1.html': 9, 'betula-safari1.html': 4, 'betula-raindrop1.html': 5, 'wallabag-shaarli-bookmarks.html': 2,
	'453815472-firefox-zh-bookmarks.html': 131, 'osxhacker-delicious.html': 740, 'wallabag-ril_export.html': 2,
	'ueponx-ril_export-ja.html': 2408, 'wallabag-pocket.csv': 7, 'vault-part_000000.csv': 177, 'jaib-part_000000.csv': 794,
	'betula-raindrop1.csv': 5, 'romneyda-goodreads_library_export.csv': 619, 'asadisaghar-goodreads_library_export.csv': 266,
	'bookwyrm-goodreads.csv': 3, 'neodb-goodreads_library_export.csv': 10, 'bookwyrm-storygraph.csv': 2,
	'neodb-storygraph_library_export.csv': 9, 'ivanalba97-storygraph.csv': 124, 'dblake26-storygraph_export-trimmed.csv': 299,
	'wallabag-omnivore.json': 20, 'wallabag-instapaper-export.csv': 4, 'corbett-instapaper-export.csv': 368,
	'remusa-instapaper-export.csv': 9652, 'lmm214-douban-book.csv': 299, 'stellargyan-douban-book.csv': 4,
	'hasantahir-exported-items.ris': 14, 'hasantahir-references.bib': 16, 'citationjs-bibtex-input.bib': 16,
	'citationjs-biblatex-input.bib': 28, 'marisaisabell-exported-items.json': 13, 'citationjs-biblatex-csl.json': 28,
	'earlold-exported-items.json': 1,
};

const pct = (n: number, of: number) => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);
const count = (records: ImportRecord[], test: (r: ImportRecord) => boolean) => records.filter(test).length;

function tally(values: (string | undefined)[]): string {
	const counts = new Map<string, number>();
	for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].map(([key, n]) => `${key} ${n}`).join(', ') || '-';
}

let files = 0;
let matched = 0;
let withExpectation = 0;
let noUrlTotal = 0;
for (const folder of readdirSync(root).sort()) {
	const dir = path.join(root, folder);
	if (!statSync(dir).isDirectory()) continue;
	for (const name of readdirSync(dir).sort()) {
		files++;
		const started = performance.now();
		const {format, records, problems} = parseImport(new Uint8Array(readFileSync(path.join(dir, name))), name);
		const ms = performance.now() - started;
		const n = records.length;
		const expected = EXPECTED[name];
		const verdict = expected === undefined ? '' : n === expected ? ' ok' : ` EXPECTED ${expected}`;
		if (expected !== undefined) { withExpectation++; if (n === expected) matched++; }
		console.log(`${folder}/${name}: ${format ?? 'UNKNOWN'}, ${n} items${verdict} (${ms.toFixed(0)} ms)`);
		if (n > 0) {
			console.log(`  url ${pct(count(records, r => !!r.url), n)}, title ${pct(count(records, r => !!r.title), n)}, `
				+ `topics ${pct(count(records, r => (r.topics?.length ?? 0) > 0), n)}, `
				+ `isbn ${pct(count(records, r => (r.isbn?.length ?? 0) > 0), n)}, `
				+ `authors ${pct(count(records, r => (r.authors?.length ?? 0) > 0), n)}, `
				+ `addedAt ${pct(count(records, r => !!r.addedAt), n)}, notes ${pct(count(records, r => !!r.notes), n)}`);
			console.log(`  status: ${tally(records.map(r => r.status))}; kind: ${tally(records.map(r => r.kind))}`);
		}
		const plan = planImport(records, () => undefined);
		// A record needs a title or a key (DESIGN §8): a titled record that fails, failed for want of a web address.
		const noUrl = plan.entries
			.filter(entry => entry.fate === 'failed' && records[entry.index]!.title.trim()).length;
		noUrlTotal += noUrl;
		const ids = pct(count(records, r => (r.ids?.length ?? 0) > 0), n);
		const possible = plan.entries.filter(entry => entry.possibleDuplicateOf).length;
		if (n > 0) console.log(`  plan: ${plan.counts.new} new, ${plan.counts.merged} merged, ${plan.counts.failed} failed (${noUrl} titled, for want of a URL); ids ${ids}; possible duplicates ${possible}`);
		if (problems.length > 0) {
			const first = problems[0]!;
			console.log(`  problems: ${tally(problems.map(p => `${p.severity} ${p.code}`))}; `
				+ `first: line ${first.line ?? '-'} ${first.field ?? ''} ${first.message.slice(0, 90)}`);
		}
	}
}
console.log(`\n${files} files; item counts match the README for ${matched} of ${withExpectation} files that state one; ${noUrlTotal} rows fail for want of a URL`);
