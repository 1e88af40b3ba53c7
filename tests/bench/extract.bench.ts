import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {chromium, type Page} from 'playwright-core';
import {toExpression} from '../e2e/support/driver.ts';
import type {Figure} from './figure.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, process.env.DIST_DIR ?? 'dist', 'chrome');
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const RUNS = 20;
/**
 * Rounds over all pages in turn: this machine slows down for seconds at a time, so each page's samples are spread
 * over the whole bench.
 */
const ROUNDS = 5;

/** A ~2 MB page shaped like a real store/blog page: a rich head, JSON-LD, navigation, a long article, lists, images. */
export function generatedPage(targetBytes = 2_000_000): string {
	const head = `<meta charset="utf-8"><title>深入剖析 Kubernetes | Example Books</title>
<meta property="og:type" content="book"><meta property="og:title" content="深入剖析 Kubernetes"><meta property="og:image" content="/cover.jpg">
<meta name="description" content="A generated page for the extraction bench."><link rel="canonical" href="https://books.example/subject/1/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"深入剖析 Kubernetes","isbn":"9787121317279",
"author":[{"@type":"Person","name":"张磊"}],"translator":{"@type":"Person","name":"Li Si"},"numberOfPages":320,"publisher":"电子工业出版社",
"offers":{"@type":"Offer","price":"59.00","priceCurrency":"CNY"}}</script>
${Array.from({length: 40}, (_, i) => `<meta name="x-tracking-${i}" content="${'t'.repeat(40)}">`).join('')}
<script>${'var analytics = {};'.repeat(2000)}</script>`;
	const nav = `<nav>${Array.from({length: 200}, (_, i) => `<a href="/c/${i}">Category ${i}</a>`).join(' ')}</nav>`;
	const block = (i: number) => `<section><h2>第 ${i} 章 Containers and pods</h2>
<p>容器技术的核心功能，就是通过约束和修改进程的动态表现，从而为其创造出一个“边界”。 Linux namespaces and cgroups make a container; a pod groups them. <a href="/r/${i}">Read more</a></p>
<ul>${Array.from({length: 8}, (_, j) => `<li><a href="https://book.douban.com/subject/${i * 10 + j}/">《推荐书 ${i}-${j}》</a> 作者 某人 出版社 某社 ISBN 978712131727${j}</li>`).join('')}</ul>
<img src="/img/${i}.jpg" alt="figure ${i}" loading="lazy" data-src="/img/${i}@2x.jpg"><div class="comment">${'评论内容 comment text '.repeat(20)}</div></section>`;
	let body = '';
	let bytes = Buffer.byteLength(head) + Buffer.byteLength(nav);
	for (let i = 0; bytes < targetBytes; i++) {
		const next = block(i);
		body += next;
		bytes += Buffer.byteLength(next);
	}
	return `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${nav}<article><h1>深入剖析 Kubernetes</h1>${body}</article><footer>© Example</footer></body></html>`;
}

/** The largest HTML files of the shared corpora (absent folders are skipped by the caller). */
function largestCorpusPages(count: number): string[] {
	const files: {file: string; size: number}[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const file = path.join(dir, name);
			const stat = statSync(file);
			if (stat.isDirectory()) walk(file);
			else if (/\.html?$/i.test(name)) files.push({file, size: stat.size});
		}
	};
	walk(CORPORA);
	return files.sort((a, b) => b.size - a.size).slice(0, count).map(entry => entry.file);
}

export async function bundle(entry: string, globalName: string): Promise<string> {
	const result = await build({
		entryPoints: [path.join(ROOT, entry)], bundle: true, format: 'iife', globalName, write: false, minify: true,
		target: 'chrome120',
	});
	return result.outputFiles[0]!.text;
}

/**
 * Ms of `runs` samples of `call` (an expression) in the page; a sample repeats it `repeat` times (timer resolution).
 */
export async function samplesIn(page: Page, call: string, runs: number, repeat = 1): Promise<number[]> {
	return page.evaluate(toExpression(({call, runs, repeat}: {call: string; runs: number; repeat: number}) => {
		const times: number[] = [];
		const fn = (0, eval)(`() => { for (let i = 0; i < ${repeat}; i++) ${call}; }`) as () => void;
		for (let run = 0; run < runs; run++) {
			const start = performance.now();
			fn();
			times.push((performance.now() - start) / repeat);
		}
		return times;
	}, {call, runs, repeat}));
}
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => n.toFixed(1);

/** Extraction time in Chromium (generated 2 MB page, largest corpus pages), script sizes, and the detector's cost. */
export default async function extractBench(): Promise<Figure[]> {
	const figures: Figure[] = [];
	const [extractor, classifier] = await Promise.all([
		bundle('src/extract/extract-metadata.ts', 'SMX'), bundle('src/content/classify.ts', 'SMD'),
	]);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	try {
		// Page scripts off and every other request refused: the figure is the extractor's, not the page's own work.
		const context = await browser.newContext({javaScriptEnabled: false});
		const bodies = new Map<string, string>();
		await context.route('**/*', route => (route.request().url().startsWith('https://bench.example/')
			? route.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: bodies.get(new URL(route.request().url()).pathname) ?? '',
			})
			: route.abort()));
		const documents: {label: string; html: string}[] = [{label: 'generated', html: generatedPage()}];
		if (existsSync(CORPORA)) {
			for (const file of largestCorpusPages(3)) {
				documents.push({label: path.relative(CORPORA, file), html: readFileSync(file, 'utf8')});
			}
		} else {
			console.log(`skipped: corpus pages (${CORPORA} not found)`);
		}
		// One tab per page, loaded once; each round measures every tab in turn.
		const tabs = await Promise.all(documents.map(async ({html}, i) => {
			bodies.set(`/${i}.html`, html);
			const tab = await context.newPage();
			await tab.goto(`https://bench.example/${i}.html`, {waitUntil: 'domcontentloaded'});
			await tab.evaluate(`${extractor};${classifier};globalThis.SMX = SMX; globalThis.SMD = SMD;`);
			return {tab, kb: Buffer.byteLength(html) / 1000, rounds: [] as number[][]};
		}));
		for (let round = 0; round < ROUNDS; round++) {
			for (const t of tabs) t.rounds.push(await samplesIn(t.tab, 'SMX.extractMetadata(document, location.href)', RUNS));
		}
		tabs.forEach((t, i) => {
			const roundMedians = t.rounds.map(median);
			const what = i ? `${documents[i]!.label} (${t.kb.toFixed(0)} KB, ` : `generated ${t.kb.toFixed(0)} KB page, Chromium (`;
			figures.push({name: `extraction, ${what}median of ${ROUNDS} rounds x ${RUNS}; round medians ${ms(Math.min(...roundMedians))}-${ms(Math.max(...roundMedians))} ms)`,
				value: median(t.rounds.flat()), unit: 'ms', budget: 10});
		});
		const detect = median(await samplesIn(tabs[0]!.tab, 'SMD.classifyPage(document, location.href)', RUNS, 200));
		figures.splice(1, 0, {name: 'detection script cost per page load (classify), generated page (median)', value: detect, unit: 'ms', budget: null});
		// What one save costs: a fresh injection's first extraction, before the engine has compiled it hot and while
		// every node it touches still needs its script wrapper. Median over fresh loads of the generated page.
		const first: number[] = [];
		for (let load = 0; load < ROUNDS; load++) {
			await tabs[0]!.tab.reload({waitUntil: 'domcontentloaded'});
			await tabs[0]!.tab.evaluate(`${extractor};globalThis.SMX = SMX;`);
			first.push(...await samplesIn(tabs[0]!.tab, 'SMX.extractMetadata(document, location.href)', 1));
		}
		figures.push({name: `extraction, generated page, first run after a fresh load (median of ${ROUNDS} loads)`, value: median(first), unit: 'ms', budget: null});
	} finally {
		await browser.close();
	}
	for (const [name, budget] of [['content-script', 15], ['detect-script', null]] as const) {
		const file = path.join(DIST, 'src', 'content', `${name}.js`);
		if (existsSync(file)) {
			figures.push({name: `${name} gzip (release build)`, value: gzipSync(readFileSync(file)).length / 1000, unit: 'KB', budget});
		} else {
			console.log(`skipped: ${file} not found (run npm run build)`);
		}
	}
	return figures;
}
