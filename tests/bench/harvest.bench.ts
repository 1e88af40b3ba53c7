import {JSDOM} from 'jsdom';
import {chromium} from 'playwright-core';
import {harvest} from '../../src/extract/harvest/index.ts';
import {linkedPost} from '../support/posts.ts';
import {bundle, median, samplesIn} from './extract.bench.ts';
import type {Figure} from './figure.ts';

const WORKS = 5000;
const RUNS = 5;
const PAGE = 'https://bench.example/posts/reading-list/';

/**
 * Harvest of a generated post listing 5,000 linked works (issue 14: the pairwise merge took 130 s), in Node (jsdom,
 * as the CLI) and in Chromium.
 */
export default async function harvestBench(): Promise<Figure[]> {
	const html = linkedPost(WORKS);
	const doc = new JSDOM(html, {url: PAGE}).window.document;
	const node: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const found = harvest(doc, PAGE).length;
		node.push(performance.now() - start);
		if (found !== WORKS) throw new Error(`harvest found ${found} of ${WORKS} works`);
	}
	const figures: Figure[] = [{name: `harvest of a post listing ${WORKS.toLocaleString('en')} linked works, Node + jsdom (median of ${RUNS})`, value: median(node), unit: 'ms', budget: null}];
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	try {
		const context = await browser.newContext({javaScriptEnabled: false});
		await context.route('**/*', route => (route.request().url() === PAGE
			? route.fulfill({contentType: 'text/html; charset=utf-8', body: html})
			: route.abort()));
		const tab = await context.newPage();
		await tab.goto(PAGE, {waitUntil: 'domcontentloaded'});
		await tab.evaluate(`${await bundle('src/extract/harvest/index.ts', 'SMH')};globalThis.SMH = SMH;`);
		const found = await tab.evaluate('SMH.harvest(document, location.href).length');
		if (found !== WORKS) throw new Error(`harvest in Chromium found ${String(found)} of ${WORKS} works`);
		const times = await samplesIn(tab, 'SMH.harvest(document, location.href)', RUNS);
		figures.push({name: `harvest of a post listing ${WORKS.toLocaleString('en')} linked works, Chromium (median of ${RUNS})`, value: median(times), unit: 'ms', budget: null});
	} finally {
		await browser.close();
	}
	return figures;
}
