import {expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import type {Item} from '../../src/core/types.ts';
import type {TabInspection} from '../../src/shared/messages.ts';
import {SITE_HOST} from './support/paths.ts';
import {describeBrowsers} from './support/browsers.ts';
import {
	callApi as call, type DriverPage, OPTIONS, POPUP, sendToBackground, tabIdOf, waitUntil,
} from './support/driver.ts';

const ISBN = '9781492050285';

/** The badge text of a tab, through the e2e build's hook (headless browsers show no toolbar). */
async function badgeText(page: DriverPage, tabId: number): Promise<string> {
	return page.evaluate(async request => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		const reply = await (scope.browser ?? scope.chrome)!.runtime.sendMessage(request) as {value?: string};
		return reply?.value ?? '';
	}, {channel: 'e2e', method: 'badgeText', args: [tabId]});
}

const value = (page: DriverPage, selector: string) =>
	page.evaluate(s => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? null,
		selector);

describeBrowsers('metadata that understands books', ({driver, fixture}) => {
	/** Opens the popup on the tab showing `url`, as the toolbar button would, and waits for the form. */
	async function popupFor(url: string): Promise<{popup: DriverPage; tabId: number}> {
		const popup = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(popup, url);
		expect(tabId, `a tab shows ${url}`).toBeTypeOf('number');
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"]');
		return {popup, tabId: tabId!};
	}

	test('a book page shows its rich fields in the popup, and they are saved', async () => {
		const url = fixture('metadata/book-store-a.html');
		const page = await driver.open(url);
		const {popup} = await popupFor(url);
		expect(await value(popup, 'textarea[name="title"]')).toBe('Designing Shelves: A Field Guide');
		expect(await popup.text('details.details summary')).toContain(ISBN);
		await popup.click('details.details summary');
		expect(await value(popup, 'input[name="id-value"]')).toBe(ISBN);
		expect(await value(popup, 'input[name="publisher"]')).toBe('Lantern Press');
		expect(await value(popup, 'input[name="pages"]')).toBe('266');
		expect(await value(popup, 'input[name="currency"]')).toBe('USD');
		const contributors = await popup.evaluate(() =>
			[...document.querySelectorAll<HTMLInputElement>('input[name="contributor-name"]')].map(input => input.value));
		expect(contributors).toEqual(['Chen Yi', 'Dana Draft']);
		await popup.fill('input[name="minutes"]', '3');
		await popup.screenshot('popup-details');
		await popup.click('button.primary');
		await popup.waitFor('[data-phase="saved"]');
		const item = await call<Item | null>(popup, 'findItem', url);
		expect(item).toMatchObject({
			title: 'Designing Shelves: A Field Guide', kind: 'book', authors: ['Ada Archivist', 'Ben Binder'], isbn: [ISBN],
			contributors: [{name: 'Chen Yi', role: 'translator'}, {name: 'Dana Draft', role: 'editor'}],
			publisher: 'Lantern Press', duration: {pages: 266, minutes: 3}, price: {amount: 39.99, currency: 'USD'},
			image: fixture('metadata/cover.svg'),
		});
		await popup.close();
		await page.close();
	});

	test('on a site with an adapter, its own script is injected before the extractor and reads the site', async () => {
		const url = fixture('subject/1234567/').replace('127.0.0.1', SITE_HOST);
		const page = await driver.open(url);
		const {popup, tabId} = await popupFor(url);
		const {metadata} = await call<TabInspection>(popup, 'inspectTab', tabId, {url, title: ''});
		expect(metadata).toMatchObject({
			title: '云原生模式', kind: 'book', authors: ['康奈莉娅·戴维斯'], publisher: '电子工业出版社', publishedAt: '2020-04',
			contributors: [{name: '张若飞', role: 'translator'}], duration: {pages: 376},
			sources: {publisher: 'site:douban', contributors: 'site:douban'},
		});
		expect(await value(popup, 'textarea[name="title"]')).toBe('云原生模式');
		await popup.close();
		await page.close();
	});

	test('another store page of the same book (same ISBN) is offered as another link, and becomes an alias', async () => {
		const first = fixture('metadata/book-store-a.html');
		const url = fixture('metadata/book-store-b.html');
		const page = await driver.open(url);
		const {popup} = await popupFor(url);
		await popup.waitForText('Another page of “Designing Shelves: A Field Guide”');
		await popup.clickText('Add as another link of');
		await popup.waitForText('Added as another link of “Designing Shelves: A Field Guide”.');
		const item = await call<Item | null>(popup, 'findItem', first);
		expect(item?.aliases).toContain(url);
		expect(item?.title).toBe('Designing Shelves: A Field Guide');
		expect((await call<{total: number}>(popup, 'queryItems', {})).total).toBe(1);
		// The page now counts as saved by its own URL.
		expect((await call<Item | null>(popup, 'findItem', url))?.id).toBe(item?.id);
		await popup.close();
		await page.close();
	});

	test('a single-page app that changes route shows the new route in the popup, never the previous one', async () => {
		const url = fixture('metadata/spa.html');
		const page = await driver.open(url);
		const {popup, tabId} = await popupFor(url);
		expect(await value(popup, 'textarea[name="title"]')).toBe('Route one: Gardening for Beginners');
		await page.click('#next');
		await waitUntil(
			async () => (await page.evaluate(() => location.search)) === '?route=two',
			'the app changed route',
		);
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"]');
		expect(await value(popup, 'textarea[name="title"]')).toBe('Route two: Tea Ceremony Course');
		expect(await popup.text('.page-summary .url')).toContain('route=two');
		await popup.close();
		await page.close();
	});

	test('an address a newsletter added tracking to is shown and saved without it', async () => {
		const tracked = `${fixture('metadata/tracked.html')}?utm_source=newsletter&b=2&a=1`;
		const page = await driver.open(tracked);
		const {popup} = await popupFor(tracked);
		expect(await value(popup, 'textarea[name="title"]')).toBe('Reading the tide tables');
		await popup.click('button.primary');
		await popup.waitFor('[data-phase="saved"]');
		const item = await call<Item | null>(popup, 'findItem', `${fixture('metadata/tracked.html')}?a=1&b=2`);
		expect(item?.url).toBe(`${fixture('metadata/tracked.html')}?a=1&b=2`);
		await popup.close();
		await page.close();
	});
});

/** Runs `fn` with the extension API in an extension page. */
function withApi<R, A>(page: DriverPage, fn: (api: Browser, arg: A) => Promise<R>, arg: A): Promise<R> {
	return page.evaluate(async ({source, arg}) => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		// The driver serialises functions: this rebuilds `fn` in the page with the API in scope.
		return new Function('api', 'arg', `return (${source})(api, arg);`)((scope.browser ?? scope.chrome)!, arg) as Promise<R>;
	}, {source: fn.toString(), arg});
}

describeBrowsers('opt-in detection of books and courses', ({driver, fixture}) => {
	test('with the setting on, the background registers the detector; book and course pages get a badge hint, saved ones a check', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.clickText('Settings');
		await options.waitForText('Detect books and courses on the pages I visit');
		const disabled = await options.evaluate(() =>
			(document.querySelector('input[type="checkbox"][aria-describedby$="-detect-hint"]') as HTMLInputElement).disabled);
		expect(disabled).toBe(false);
		// What the toggle does once the browser grants `<all_urls>` (a prompt headless browsers cannot answer; see the
		// Firefox test below): the setting is saved, and the background registers the detector. The e2e build
		// registers it as the grant would.
		await withApi(options, api => api.storage.sync.set({settings: {autoDetect: true}}), null);
		expect((await sendToBackground(options, 'listTopics'))?.ok).toBe(true);
		const hook = await options.evaluate(async () => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			return await (scope.browser ?? scope.chrome)!.runtime.sendMessage({
				channel: 'e2e', method: 'registerDetector', args: [],
			}) as {ok: boolean; value?: boolean};
		});
		expect(hook).toEqual({ok: true, value: true});
		const scripts = await withApi(options, api => api.scripting.getRegisteredContentScripts(), null);
		expect(scripts.map(script => script.id)).toEqual(['shelfmark-detect']);
		expect(scripts[0]!.js?.[0]).toMatch(/detect-script/);

		const saved = fixture('metadata/book-store-a.html');
		await call(options, 'saveItem', {url: saved, title: 'Designing Shelves: A Field Guide', kind: 'book', isbn: [ISBN]});

		const course = await driver.open(fixture('metadata/course.html'));
		const courseTab = (await tabIdOf(options, fixture('metadata/course.html')))!;
		await waitUntil(async () => await badgeText(options, courseTab) === '🎓', 'the course page gets the course hint');

		const otherStore = await driver.open(fixture('metadata/book-store-b.html'));
		const otherTab = (await tabIdOf(options, fixture('metadata/book-store-b.html')))!;
		await waitUntil(async () => await badgeText(options, otherTab) === '✓', 'another store page of a saved book (same ISBN) gets the check');

		const plain = await driver.open(fixture('metadata/plain.html'));
		const plainTab = (await tabIdOf(options, fixture('metadata/plain.html')))!;
		await new Promise(resolve => setTimeout(resolve, 500));
		expect(await badgeText(options, plainTab)).toBe('');

		// Turning the setting off unregisters the detector.
		await withApi(options, api => api.storage.sync.remove('settings'), null);
		await waitUntil(
			async () => (await withApi(options, api => api.scripting.getRegisteredContentScripts(), null)).length === 0,
			'the detector is unregistered',
		);
		for (const page of [course, otherStore, plain, options]) await page.close();
	});
});
