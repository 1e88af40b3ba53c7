// The scale and import benches' view of Firefox ESR: tabs, an idle event page as the cold start, memory reporters.
import type {Browser, Page} from 'puppeteer-core';
import {toExpression, waitUntil} from '../e2e/support/driver.ts';
import {evaluateInChrome, type FirefoxSession, setIntPref} from '../e2e/support/firefox.ts';
import type {BenchBrowser, BenchTab} from './scale-measure.ts';

/**
 * Firefox suspends an idle event page after this (default 30 s, as Chrome's service worker). Shorter, a suspension
 * may cut a first load of 100,000 works short: 3 s did on a loaded machine, where that read took longer.
 */
export const IDLE_MS = 6_000;
const MB = 1024 * 1024;
/** The document Firefox makes for an MV3 `background.scripts` event page. */
const BACKGROUND_PAGE = '_generated_background_page.html';

/** BiDi never reports a moz-extension navigation as finished: start it, then wait for the new document only. */
export function benchTab(page: Page): BenchTab {
	return {
		async navigate(url) {
			const before = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
			void page.goto(url).catch(() => undefined);
			await waitUntil(
				async () => await page.evaluate(() => performance.timeOrigin).catch(() => before) !== before,
				`navigation to ${url} did not start`, 15_000);
		},
		evaluate: (fn, arg) => page.evaluate(toExpression(fn, arg)) as never,
		close: () => page.close(),
	};
}

/**
 * The JS memory of one extension document, in MB: Firefox's memory reporters (about:memory's numbers) under
 * `window-objects/top(URL...)` (slashes written as backslashes there), the JS realms' objects, strings, shapes and
 * scripts of that window. Firefox has no
 * `performance.memory` nor Runtime.getHeapUsage; this is the closest it exposes.
 */
async function documentJsHeap(browser: Browser, url: string, collect = false): Promise<number> {
	if (collect) {
		// about:memory's "Minimize memory usage": GC and CC in every process, the extension's too (asked, not awaited)
		await evaluateInChrome(browser, `new Promise(resolve => {
			Services.obs.notifyObservers(null, 'child-mmu-request');
			Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager).minimizeMemoryUsage(resolve);
		})`);
		await new Promise(resolve => setTimeout(resolve, 1_000)); // Within IDLE_MS, or the event page is suspended
	}
	const bytes = await evaluateInChrome(browser, `new Promise(resolve => {
		const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
		let sum = 0;
		const prefix = 'explicit/window-objects/top(' + ${JSON.stringify(url.replaceAll('/', '\\'))};
		manager.getReports((process, path, kind, units, amount) => {
			if (units === Ci.nsIMemoryReporter.UNITS_BYTES && path.startsWith(prefix) && path.includes('/js-')) sum += amount;
		}, null, () => resolve(sum), null, false);
	})`);
	if (typeof bytes !== 'number' || bytes === 0) throw new Error(`no JS memory reported for ${url}`);
	return bytes / MB;
}

export function firefoxTarget(session: FirefoxSession): BenchBrowser {
	const base = `moz-extension://${session.uuid}/`;
	return {
		suffix: ' (firefox)',
		extensionUrl: path => base + path,
		newTab: async () => benchTab(await session.browser.newPage()),
		/**
		 * "Cold" in Firefox: the event page was suspended for being idle, as Firefox does after 30 s (here IDLE_MS), so
		 * the next page wakes a new background with nothing in memory (coldFirstRows checks that it restarted).
		 */
		async makeCold(tab) {
			await tab.navigate('about:blank');
			await new Promise(resolve => setTimeout(resolve, IDLE_MS * 2));
		},
		backgroundHeap: async (_tab, collect) => documentJsHeap(session.browser, base + BACKGROUND_PAGE, collect),
		pageHeap: async () => documentJsHeap(session.browser, `${base}src/options/index.html`),
		// Set while running, the idle timeout no longer suspends the event page (read at startup only)
		keepAwake: () => setIntPref(session.browser, 'extensions.background.idle.timeout', 3_600_000),
	};
}

