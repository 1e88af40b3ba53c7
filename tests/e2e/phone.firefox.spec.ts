import {expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import type {Item} from '../../src/core/types.ts';
import {PHONE_FLAG, PHONE_MISSING} from '../../src/shared/phone-run.ts';
import {checkView} from './support/axe.ts';
import {describeBrowsers, PHONE_PREFS} from './support/browsers.ts';
import {callApi, type DriverPage, e2eHook, OPTIONS, POPUP, tabIdOf, waitUntil} from './support/driver.ts';

/** A phone's CSS viewport: 360 px is the narrowest common Android width. */
const PHONE = {width: 360, height: 740};

/** Rows and actions reachable by touch: no control the list hides until a pointer hovers. */
const hiddenUntilHover = (page: DriverPage) => page.evaluate(() =>
	[...document.querySelectorAll<HTMLElement>('.row button, .row input')]
		.filter(control => getComputedStyle(control).visibility === 'hidden'
			|| Number(getComputedStyle(control).opacity) === 0)
		.map(control => control.getAttribute('aria-label') ?? control.className));

// Firefox for Android is Firefox: the run removes, before the background or any page runs, the APIs Android lacks
describeBrowsers('Firefox for Android', ({driver, fixture}) => {
	test('the background starts without menus, commands, sidebar or windows; popup and list work at 360 px', async () => {
		const first = await driver.open(driver.extensionUrl(OPTIONS));
		await first.evaluate(flag => localStorage.setItem(flag, '1'), PHONE_FLAG);
		await driver.restart();

		const article = fixture('article.html');
		const page = await driver.open(article);
		const popup = await driver.open(driver.extensionUrl(POPUP));
		const missing = await e2eHook(popup, 'missingApis', PHONE_MISSING);
		expect(missing).toEqual({ok: true, value: PHONE_MISSING});
		const windows = await popup.evaluate(() =>
			typeof (globalThis as unknown as {browser: {windows?: unknown}}).browser.windows);
		expect(windows).toBe('undefined');

		// The popup at phone width reads the page and saves it
		const tabId = await tabIdOf(popup, article);
		await popup.setViewport(PHONE.width, PHONE.height);
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"] textarea[name="title"]');
		expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await checkView(popup, 'popup at 360 px');
		await popup.click('button[type="submit"]');
		await popup.waitForText('Saved.');

		// The harvest opens as a page: there are no windows
		const opened = await e2eHook(popup, 'clickHarvestMenu', tabId);
		expect(opened).toEqual({ok: true});
		await waitUntil(() => popup.evaluate(async () => {
			const api = (globalThis as unknown as {browser: Browser}).browser;
			return (await api.tabs.query({})).some(tab => tab.url?.includes('view=harvest'));
		}), 'the harvest did not open as a tab');

		// The list at phone width: the saved work, its actions visible without hover, the editor by a tap
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.setViewport(PHONE.width, PHONE.height);
		await options.waitFor('[role="row"][data-index="0"]');
		expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		expect(await hiddenUntilHover(options)).toEqual([]);
		await checkView(options, 'list at 360 px');
		await options.click('[role="row"][data-index="0"] .title');
		await options.waitFor('.editor');
		// Nothing in the editor wider than the phone (an identifier's row once pushed its remove button off screen)
		expect(await options.evaluate(() => {
			const editor = document.querySelector('.editor')!;
			return editor.scrollWidth - editor.clientWidth;
		})).toBe(0);
		await options.screenshot('phone-editor');
		await options.clickText('Close');
		await options.clickText('Settings');
		await options.waitForText('This browser has no context menus');
		await options.waitForText('This browser has no side panel');
		await checkView(options, 'settings at 360 px');
		await options.screenshot('phone-settings');
		const saved = await callApi<{items: Item[]}>(options, 'queryItems', {limit: 5});
		expect(saved.items.map(item => item.title)).toEqual(['Kubernetes Patterns']);
		await page.close();
	});
}, {only: 'firefox', prefs: PHONE_PREFS});
