import {copyFile, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {checkView} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import type {UiLocale} from './support/chromium.ts';
import {callApi as call, type ColorScheme, type Driver, OPTIONS, POPUP, tabIdOf, waitUntil} from './support/driver.ts';
import {type SeedServer, serveSeedPost} from './support/seed-post.ts';
import {showcaseWorks} from './support/showcase-works.ts';
import {startFixtureServer} from './support/server.ts';

/** What each language calls the views the test walks through. */
const WORDS: Record<UiLocale, {
	all: string; settings: string; topics: string; trash: string; sync: string; io: string;
}> = {
	en: {all: 'All items', settings: 'Settings', topics: 'Topics', trash: 'Trash', sync: 'Sync', io: 'Import & export'},
	zh_CN: {all: '全部条目', settings: '设置', topics: '主题', trash: '回收站', sync: '同步', io: '导入与导出'},
};

const WORKS = [
	// First, so the works above show at the top: enough topics that the sidebar's middle must scroll at 800 px
	...Array.from({length: 36}, (_, i) => ({title: `Notes on topic ${i + 1}`, kind: 'article', url: `https://notes.example/${i}`,
		topics: [`topic-${String(i + 1).padStart(2, '0')}`], status: 'want'})),
	...showcaseWorks(),
];

async function walkOptions(driver: Driver, locale: UiLocale, shots: Record<ColorScheme, string>) {
	const words = WORDS[locale];
	const options = await driver.open(driver.extensionUrl(OPTIONS));
	await options.setViewport(1280, 800);
	await options.waitFor('nav.sidebar');
	for (const work of WORKS) await call<Item>(options, 'saveItem', work);
	await options.waitForText('云原生模式');
	await waitUntil(() => options.evaluate(() => document.querySelectorAll('.nav-scroll [aria-pressed]').length === 15),
		'the sidebar lists the 15 most used topics');

	// The sidebar scrolls only in its middle: "All items" and Settings stay on screen; the page itself never scrolls
	const layout = await options.evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const scroll = document.querySelector('.nav-scroll')!;
		return {all: box('.sidebar .nav-item').top, settings: box('.nav-bottom li:last-child').bottom, height: innerHeight,
			middleScrolls: scroll.scrollHeight > scroll.clientHeight, page: document.scrollingElement!.scrollHeight};
	});
	expect(layout.all).toBeGreaterThanOrEqual(0);
	expect(layout.settings).toBeLessThanOrEqual(layout.height);
	expect(layout.middleScrolls).toBe(true);
	expect(layout.page).toBeLessThanOrEqual(layout.height);
	await checkView(options, 'list');

	// "All items" clears every filter: a topic and a search narrow the list, one click shows all 40 again
	const rowCount = () => options.evaluate(() =>
		Number(document.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')) - 1);
	const allCurrent = () => options.evaluate(() =>
		document.querySelector('.sidebar .nav-item')!.getAttribute('aria-current'));
	await options.click('.nav-scroll [aria-pressed="false"]'); // The most used topic: kubernetes
	await options.fill('input[type="search"]', 'Patterns');
	await waitUntil(async () => await rowCount() === 1, 'a topic and a search narrow the list to one work');
	expect(await allCurrent()).toBeNull();
	await options.click('.sidebar .nav-item');
	await waitUntil(async () => await rowCount() === WORKS.length, '"All items" shows every work again');
	expect(await allCurrent()).toBe('page');
	expect(await options.evaluate(() => (document.querySelector('input[type="search"]') as HTMLInputElement).value))
		.toBe('');
	expect(await options.evaluate(() => document.querySelectorAll('.nav-scroll [aria-pressed="true"]').length)).toBe(0);

	for (const scheme of ['light', 'dark'] as const) {
		await options.setColorScheme(scheme);
		shots[scheme] = await options.screenshot(`looks-${locale}-options-${scheme}`);
	}
	await options.setColorScheme('light');

	await options.click('[role="row"][data-id] .title');
	await options.waitFor('.editor');
	await checkView(options, 'editor');
	await options.press('Escape');

	for (const [name, view] of [
		['topics', words.topics], ['trash', words.trash], ['sync', words.sync], ['import', words.io],
		['settings', words.settings],
	] as const) {
		await options.clickText(view);
		await waitUntil(() => options.evaluate(() => Boolean(document.querySelector('.panel, .list-column'))), `${view} opens`);
		await checkView(options, view);
		await options.screenshot(`looks-${locale}-${name}`);
		if (name === 'sync') {
			// A view beside the list scrolls at the window's edge, never inside a box in the middle of it
			const edge = await options.evaluate(() =>
				[document.querySelector('.panel')!.getBoundingClientRect().right, innerWidth]);
			expect(edge[0]).toBe(edge[1]);
		}
	}
	await options.close();
}

async function walkPopup(driver: Driver, locale: UiLocale, postUrl: string, shots: Record<ColorScheme, string>) {
	await driver.open(postUrl);
	const popup = await driver.open(driver.extensionUrl(POPUP));
	const tabId = await tabIdOf(popup, postUrl);
	await popup.setViewport(400, 600);
	await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
	await popup.waitFor('.harvest-row', 15_000);
	await checkView(popup, 'popup');
	for (const scheme of ['light', 'dark'] as const) {
		await popup.setColorScheme(scheme);
		shots[scheme] = await popup.screenshot(`looks-${locale}-popup-${scheme}`);
	}
	await popup.setColorScheme('light');
	await popup.evaluate(() => { (document.querySelector('details.also-save') as HTMLDetailsElement).open = true; });
	await checkView(popup, 'popup with the post\'s own form');

	// The harvest window the context menu opens
	await popup.setViewport(700, 800);
	await popup.goto(driver.extensionUrl(`${POPUP}?view=harvest&tab=${tabId}`));
	await popup.waitFor('.harvest-row', 15_000);
	await checkView(popup, 'harvest window');
	await popup.close();
}

/** The options page and the popup side by side, as the README shows them. */
async function composeShot(driver: Driver, name: string, options: string, popup: string) {
	const dir = await mkdtemp(path.join(tmpdir(), 'shelfmark-shot-'));
	await copyFile(options, path.join(dir, 'options.png'));
	await copyFile(popup, path.join(dir, 'popup.png'));
	await writeFile(path.join(dir, 'index.html'), `<!doctype html><body style="margin:0;display:flex;gap:24px;padding:24px;
		align-items:flex-start;background:#8a96a3"><img src="options.png" width="1280" height="800"><img src="popup.png" width="400" height="600">`);
	const server = await startFixtureServer(dir);
	try {
		const page = await driver.open(server.url('index.html'));
		await page.setViewport(1280 + 400 + 72, 848);
		await page.screenshot(name);
		await page.close();
	} finally {
		await server.close();
		await rm(dir, {recursive: true, force: true});
	}
}

let seed: SeedServer | undefined;
beforeAll(async () => {
	seed = await serveSeedPost();
});
afterAll(async () => {
	await seed?.close();
});

for (const locale of ['en', 'zh_CN'] as const) {
	describeBrowsers(`every view, as a person sees it (${locale})`, ({driver}) => {
		test('axe and 24 px targets on every view; panes scroll at their own edges; "All items" clears filters; the README screenshots', async () => {
			const options = {} as Record<ColorScheme, string>;
			const popup = {} as Record<ColorScheme, string>;
			await walkOptions(driver, locale, options);
			await walkPopup(driver, locale, seed!.url, popup);
			for (const scheme of ['light', 'dark'] as const) {
				await composeShot(driver, `looks-${locale}-${scheme}`, options[scheme], popup[scheme]);
			}
		});
	}, {locale});
}
