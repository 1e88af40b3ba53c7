import {readFile} from 'node:fs/promises';
import {expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import {describeViolations, seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {OPTIONS, POPUP, sendToBackground} from './support/driver.ts';

/** The harness itself, in each browser: later journeys rely on every piece checked here. */
describeBrowsers('smoke', ({driver, fixture}) => {
	test('the popup page renders', async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		await page.waitFor('#app > *');
		expect(await page.text('#app')).not.toBe('');
		await page.close();
	});

	test('the options page renders', async () => {
		const page = await driver.open(driver.extensionUrl(OPTIONS));
		await page.waitFor('#app > *');
		expect(await page.text('#app')).not.toBe('');
		await page.close();
	});

	test('a message from an extension page reaches the background and gets a Result envelope', async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		const reply = await sendToBackground(page, 'listTopics');
		expect(reply, 'no listener in the background answered').toBeDefined();
		expect(typeof reply?.ok).toBe('boolean');
		await page.close();
	});

	test('fixture pages open; colour scheme, text clicks and screenshots work', async () => {
		const page = await driver.open(fixture('article.html'));
		expect(await page.text('h1')).toBe('Kubernetes Patterns');
		await page.clickText('Kubernetes Patterns');
		await page.setColorScheme('dark');
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		await page.setColorScheme('light');
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
		const png = await readFile(await page.screenshot('smoke-article'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		await page.close();
	});

	test('the axe helper reports the critical violations of a broken page, and none on a clean one', async () => {
		const page = await driver.open(fixture('a11y-broken.html'));
		const ids = (await seriousViolations(page)).map(violation => violation.id).sort();
		expect(ids).toEqual(['button-name', 'image-alt']);
		await page.goto(fixture('article.html'));
		const violations = await seriousViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.close();
	});

	test('extension storage survives a browser restart on the same profile', async () => {
		const stamp = `kept-${Date.now()}`;
		const before = await driver.open(driver.extensionUrl(POPUP));
		await before.evaluate(async value => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			await (scope.browser ?? scope.chrome)!.storage.local.set({e2eRestartProbe: value});
		}, stamp);
		await driver.restart();
		const after = await driver.open(driver.extensionUrl(POPUP));
		const read = await after.evaluate(async () => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			return (await (scope.browser ?? scope.chrome)!.storage.local.get('e2eRestartProbe')).e2eRestartProbe;
		});
		expect(read).toBe(stamp);
		await after.close();
	});
});
