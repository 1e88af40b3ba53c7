import type {Browser} from 'webextension-polyfill';
import {launchChromium} from '../e2e/support/chromium.ts';
import {startFixtureServer} from '../e2e/support/server.ts';
import type {Figure} from './figure.ts';
import {makeDocs, mergeDocs} from './list-docs.ts';

const RUNS = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Popup ready time in Chromium (the e2e build, DIST_DIR aware): opening the popup on a book page until its form is
 * filled with the page's metadata, against opening a blank extension page (the cost any extension page pays).
 */
export default async function popupBench(): Promise<Figure[]> {
	const server = await startFixtureServer();
	const session = await launchChromium();
	try {
		const {context, extensionId} = session;
		const bookUrl = server.url('metadata/book-store-a.html');
		const book = await context.newPage();
		await book.goto(bookUrl);
		const page = await context.newPage();
		const base = `chrome-extension://${extensionId}`;
		await page.goto(`${base}/src/popup/index.html`);
		const tabId = await page.evaluate(async url => {
			const api = (globalThis as unknown as {chrome: Browser}).chrome;
			return (await api.tabs.query({})).find(tab => tab.url === url)?.id;
		}, bookUrl);
		if (tabId === undefined) throw new Error('the book tab is not visible to the extension');
		// The side panel follows the active tab of its window: the book, alone in a window of its own
		const readerWindow = await page.evaluate(async url => {
			const api = (globalThis as unknown as {chrome: Browser}).chrome;
			return (await api.windows.create({url})).id!;
		}, bookUrl);
		// `settled`: what to wait for after the measure, before the tab closes, so a run leaves the background idle
		// (the side panel's list asks for its rows once the form is ready: those requests must not slow the next run)
		const time = async (url: string, ready: string, settled?: string) => {
			const times: number[] = [];
			for (let run = 0; run < RUNS; run++) {
				const tab = await context.newPage();
				const start = performance.now();
				await tab.goto(url, {waitUntil: 'commit'});
				await tab.waitForSelector(ready, {state: 'attached'});
				times.push(performance.now() - start);
				if (settled) await tab.waitForSelector(settled, {state: 'attached'});
				await tab.close();
			}
			return median(times);
		};
		// An empty document of the extension's origin: the navigation and process cost without any script.
		const blank = await time(`${base}/src/popup/index.html?bench=blank#`, 'body');
		const ready = () => time(`${base}/src/popup/index.html?tab=${tabId}`, '[data-phase="ready"] textarea[name="title"]');
		const popup = await ready();
		const panel = `${base}/src/sidepanel/index.html?window=${readerWindow}`;
		const firstRow = '.side-list [role="row"][data-index="0"]';
		const listShown = `${firstRow}, .side-list .state`; // Its first row, or "Your list is empty"
		const panelReady = () => time(panel, '.side-page [data-phase="ready"] textarea[name="title"]', listShown);
		const sidePanel = await panelReady();
		// The same with a long list: "already saved?", recent items and topics must not grow with it
		await mergeDocs(page, makeDocs(10_000));
		const blankAtTen = await time(`${base}/src/popup/index.html?bench=blank#`, 'body');
		const popupAtTen = await ready();
		const sidePanelAtTen = await panelReady();
		const sideRowsAtTen = await time(panel, firstRow);
		return [
			{name: `blank extension page (median of ${RUNS})`, value: blank, unit: 'ms', budget: null},
			{name: `popup ready with the page's metadata (median of ${RUNS})`, value: popup, unit: 'ms', budget: null},
			{name: 'popup ready over a blank extension page', value: popup - blank, unit: 'ms', budget: 100},
			{name: 'popup ready over a blank extension page at 10,000 items', value: popupAtTen - blankAtTen, unit: 'ms', budget: 100},
			// The side panel is held to the popup's budget (issue 18): its top is the same form, the list is below
			{name: 'side panel ready over a blank extension page', value: sidePanel - blank, unit: 'ms', budget: 100},
			{name: 'side panel ready over a blank extension page at 10,000 items', value: sidePanelAtTen - blankAtTen, unit: 'ms', budget: 100},
			{name: 'side panel first rows at 10,000 items', value: sideRowsAtTen, unit: 'ms', budget: 300},
		];
	} finally {
		await session.close();
		await server.close();
	}
}
