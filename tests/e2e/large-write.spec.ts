import {expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {itemIdForUrl} from '../../src/core/url.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, type DriverPage, e2eHook, OPTIONS, POPUP, waitUntil} from './support/driver.ts';
import {generatedWork} from './support/generated-works.ts';

/** More than the 1,000 a write puts one view row each for (src/storage/repository.ts): its views go in pages. */
const WORKS = 3_000;
const FIRST_ROW = '[role="row"][data-index="0"]';

/** The pages of views still to move into the views store, read from an extension page (same origin, same database). */
const pagedViews = (page: DriverPage) => page.evaluate(() => new Promise<number>((resolve, reject) => {
	const open = indexedDB.open('shelfmark');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const count = open.result.transaction('viewPages').objectStore('viewPages').count();
		count.onsuccess = () => {
			open.result.close();
			resolve(count.result);
		};
	};
}));

describeBrowsers('a large write, then the browser closed at once', ({driver, server}) => {
	const urlBase = () => `${server.origin}/article.html?work=`;

	test('the next start shows the whole list, newest first, and moves the paged views into place', async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		expect((await e2eHook(page, 'keepViewsPaged')).ok).toBe(true);
		expect(await e2eHook(page, 'seedWorks', WORKS, 0, urlBase())).toEqual({ok: true, value: WORKS});
		expect(await pagedViews(page), 'the write paged its views').toBeGreaterThan(0);
		await driver.restart();

		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.waitFor(FIRST_ROW, 30_000);
		expect(await options.text(FIRST_ROW)).toContain(generatedWork(WORKS - 1, '').title);
		expect((await call<{total: number}>(options, 'queryItems', {limit: 1})).total).toBe(WORKS);
		await waitUntil(async () => await pagedViews(options) === 0, 'the paged views moved', 30_000);
		const deep = await call<Item | null>(options, 'getItem', itemIdForUrl(`${urlBase()}5`));
		expect(deep?.title).toBe(generatedWork(5, '').title);
	}, 120_000);
});
