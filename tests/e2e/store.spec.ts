import {expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import {describeBrowsers} from './support/browsers.ts';
import {OPTIONS, POPUP, callApi} from './support/driver.ts';

type Manifest = {omnibox?: {keyword: string}; homepage_url?: string; action?: {default_icon?: Record<string, string>}};

/** What the stores look at, in the extension each browser loaded (issue 18). */
describeBrowsers('store build', ({driver}) => {
	test('the loaded manifest has the address bar keyword, the homepage and a 24 px toolbar icon', async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		const manifest = await page.evaluate(() => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			return (scope.browser ?? scope.chrome)!.runtime.getManifest() as unknown;
		}) as Manifest;
		expect(manifest.omnibox).toEqual({keyword: 'sm'});
		expect(manifest.homepage_url).toMatch(/^https:\/\//);
		expect(manifest.action?.default_icon?.['24']).toMatch(/(^|\/)icons\/24.png$/); // Firefox gives full URLs
		await page.close();
	});

	test("the keyword's answer for text matching several works: the options page opens searched for it", async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		for (const title of ['Omnibox Patterns', 'Omnibox in Action']) {
			await callApi(page, 'saveItem', {url: `https://example.com/${encodeURIComponent(title)}`, title, kind: 'book'});
		}
		await page.goto(driver.extensionUrl(`${OPTIONS}#search=omnibox`));
		await page.waitForText('Omnibox in Action');
		await page.waitForText('Omnibox Patterns');
		expect(await page.evaluate(() => (document.querySelector('input[type=search]') as HTMLInputElement).value))
			.toBe('omnibox');
		await page.close();
	});
});
