import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {launchChromium, type ChromiumSession, type UiLocale} from './chromium.ts';
import {MARK, markByText, toExpression, waitUntil, type Driver, type DriverPage} from './driver.ts';
import {SCREENSHOTS} from './paths.ts';

function wrapPage(page: Page): DriverPage {
	return {
		url: () => page.url(),
		async goto(url) {
			await page.goto(url, {waitUntil: 'load'});
		},
		async reload() {
			await page.reload({waitUntil: 'load'});
		},
		evaluate: (fn, arg) => page.evaluate(toExpression(fn, arg)),
		async evaluateSource(source) {
			await page.evaluate(source);
		},
		async waitFor(selector, timeoutMs = 10_000) {
			await page.locator(selector).first().waitFor({state: 'visible', timeout: timeoutMs});
		},
		async waitForText(text, timeoutMs = 10_000) {
			await page.waitForFunction(wanted => document.body?.innerText.includes(wanted), text, {timeout: timeoutMs});
		},
		async text(selector) {
			return (await page.locator(selector).first().innerText()).trim();
		},
		async click(selector) {
			await page.locator(selector).locator('visible=true').first().click();
		},
		async clickText(text) {
			await waitUntil(
				() => page.evaluate(toExpression(markByText, {text, mark: MARK})) as Promise<boolean>,
				`no visible element with text "${text}"`,
			);
			await page.click(`[${MARK}]`);
		},
		async fill(selector, value) {
			const locator = page.locator(selector).first();
			const isSelect = await locator.evaluate(element => element instanceof HTMLSelectElement);
			if (isSelect) await locator.selectOption(value);
			else await locator.fill(value);
		},
		async type(text) {
			await page.keyboard.type(text);
		},
		async press(key) {
			await page.keyboard.press(key);
		},
		async setViewport(width, height) {
			await page.setViewportSize({width, height});
		},
		async setColorScheme(scheme) {
			await page.emulateMedia({colorScheme: scheme});
		},
		async screenshot(name) {
			const file = path.join(SCREENSHOTS, `chromium-${name}.png`);
			await mkdir(SCREENSHOTS, {recursive: true});
			await page.screenshot({path: file});
			return file;
		},
		close: () => page.close(),
	};
}

/** The driver over Debian's Chromium and playwright-core. */
export async function chromiumDriver(locale: UiLocale = 'en'): Promise<Driver & {session(): ChromiumSession}> {
	let session = await launchChromium({locale});
	return {
		name: 'chromium',
		session: () => session,
		extensionUrl: file => `chrome-extension://${session.extensionId}/${file.replace(/^\//, '')}`,
		async open(url) {
			const page = wrapPage(await session.context.newPage());
			await page.goto(url);
			return page;
		},
		async restart() {
			await session.close({keepProfile: true});
			session = await launchChromium({profileDir: session.profileDir, locale});
		},
		close: () => session.close(),
	};
}
