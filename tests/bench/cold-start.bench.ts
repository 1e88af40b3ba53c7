import type {Page} from 'playwright-core';
import type {Browser} from 'webextension-polyfill';
import {launchChromium} from '../e2e/support/chromium.ts';
import {toExpression} from '../e2e/support/driver.ts';
import type {Figure} from './figure.ts';
import {makeDocs, mergeDocs} from './list-docs.ts';

const RUNS = 3;
const CHUNK = 10_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Stops the extension's service worker, as Chrome does after 30 s idle: the next page finds a cold background. */
async function stopBackground(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('ServiceWorker.enable');
	await cdp.send('ServiceWorker.stopAllWorkers');
	await cdp.detach();
}

/** Navigation start to the first row in the page, from a cold background (median of RUNS). */
async function coldFirstRows(page: Page, url: string): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto('about:blank');
		await stopBackground(page);
		await page.goto(url, {waitUntil: 'commit'});
		times.push(await page.evaluate<number>(toExpression(() => new Promise<number>(resolve => {
			const check = () => (document.querySelector('[role="row"][data-index="0"]') ? resolve(performance.now()) : requestAnimationFrame(check));
			check();
		}), undefined)));
	}
	return median(times);
}

/** The list at 10,000 and 100,000 items after the background was stopped (DESIGN §7, issue 17), in Chromium. */
export default async function coldStart(): Promise<Figure[]> {
	const session = await launchChromium();
	const figures: Figure[] = [];
	try {
		const options = `chrome-extension://${session.extensionId}/src/options/index.html`;
		const page = await session.context.newPage();
		await page.goto(options);
		let count = 0;
		const fill = async (to: number) => {
			for (; count < to; count += CHUNK) await mergeDocs(page, makeDocs(CHUNK, count));
			await page.goto(options);
		};
		await fill(10_000);
		figures.push({name: 'options first rows at 10,000 items, cold start', value: await coldFirstRows(page, options), unit: 'ms', budget: 400});
		await fill(100_000);
		figures.push({name: 'options first rows at 100,000 items, cold start', value: await coldFirstRows(page, options), unit: 'ms', budget: 1500});
		const query = await page.evaluate<number>(toExpression(async () => {
			const api = (globalThis as unknown as {chrome: Browser}).chrome;
			const times: number[] = [];
			for (const text of ['剖析', 'cloud', 'volume 99', 'author 4', 'zzz', 'note', 'volume 99999']) {
				const start = performance.now();
				await api.runtime.sendMessage({channel: 'background', method: 'queryItems', args: [{text, limit: 50}]});
				times.push(performance.now() - start);
			}
			return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
		}, undefined));
		figures.push({name: 'search query round trip at 100,000 items (median)', value: query, unit: 'ms', budget: 60});
	} finally {
		await session.close();
	}
	return figures;
}
