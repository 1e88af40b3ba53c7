import {expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import type {Item} from '../../src/core/types.ts';
import {describeBrowsers} from './support/browsers.ts';
import {type DriverPage, OPTIONS, POPUP, sendToBackground, tabIdOf, waitUntil} from './support/driver.ts';

const ISBN = '9781492050285';

async function call<T>(page: DriverPage, method: string, ...args: unknown[]): Promise<T> {
	const reply = await sendToBackground(page, method, ...args);
	if (!reply?.ok) throw new Error(`${method}: ${JSON.stringify(reply)}`);
	return reply.value as T;
}

/** The badge text of a tab, through the e2e build's hook (headless browsers show no toolbar). */
async function badgeText(page: DriverPage, tabId: number): Promise<string> {
	return page.evaluate(async request => {
		const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
		const reply = await (scope.browser ?? scope.chrome)!.runtime.sendMessage(request) as {value?: string};
		return reply?.value ?? '';
	}, {channel: 'e2e', method: 'badgeText', args: [tabId]});
}

const value = (page: DriverPage, selector: string) =>
	page.evaluate(s => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? null, selector);

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
		expect(await value(popup, 'input[name="isbn"]')).toBe(ISBN);
		expect(await value(popup, 'input[name="publisher"]')).toBe('Lantern Press');
		expect(await value(popup, 'input[name="pages"]')).toBe('266');
		expect(await value(popup, 'input[name="currency"]')).toBe('USD');
		expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="contributor-name"]')].map(input => input.value)))
			.toEqual(['Chen Yi', 'Dana Draft']);
		await popup.fill('input[name="lessons"]', '3');
		await popup.screenshot('popup-details');
		await popup.click('button.primary');
		await popup.waitFor('[data-phase="saved"]');
		const item = await call<Item | null>(popup, 'findItem', url);
		expect(item).toMatchObject({
			title: 'Designing Shelves: A Field Guide', kind: 'book', authors: ['Ada Archivist', 'Ben Binder'], isbn: [ISBN],
			contributors: [{name: 'Chen Yi', role: 'translator'}, {name: 'Dana Draft', role: 'editor'}], publisher: 'Lantern Press',
			duration: {pages: 266, lessons: 3}, price: {amount: 39.99, currency: 'USD'}, image: fixture('metadata/cover.svg'),
		});
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
		await waitUntil(async () => (await page.evaluate(() => location.search)) === '?route=two', 'the app changed route');
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"]');
		expect(await value(popup, 'textarea[name="title"]')).toBe('Route two: Tea Ceremony Course');
		expect(await popup.text('.page-summary .url')).toContain('route=two');
		await popup.close();
		await page.close();
	});
});
