import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import type {Item} from '../../src/core/types.ts';
import {SIDE_PANEL} from '../../manifest.config.ts';
import {seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi, type DriverPage, waitUntil} from './support/driver.ts';
import {type SeedServer, serveSeedPost} from './support/seed-post.ts';

type Api = {browser?: Browser; chrome?: Browser};

let seed: SeedServer | undefined;
beforeAll(async () => {
	seed = await serveSeedPost();
});
afterAll(async () => {
	await seed?.close();
});

/** A window of its own holding `urls`, as the reader's window beside which the panel sits; its id and tab ids. */
function openReaderWindow(page: DriverPage, urls: string[]): Promise<{windowId: number; tabs: number[]}> {
	return page.evaluate(async wanted => {
		const api = ((globalThis as unknown as Api).browser ?? (globalThis as unknown as Api).chrome)!;
		const made = await api.windows.create({url: wanted});
		return {windowId: made.id!, tabs: (made.tabs ?? []).map(tab => tab.id!)};
	}, urls);
}

/** Switches the reader's window to `tabId`, as a click on its tab does. */
function activate(page: DriverPage, tabId: number): Promise<void> {
	return page.evaluate(async id => {
		const api = ((globalThis as unknown as Api).browser ?? (globalThis as unknown as Api).chrome)!;
		await api.tabs.update(id, {active: true});
	}, tabId);
}

const titleInForm = (page: DriverPage) => page.evaluate(() =>
	document.querySelector<HTMLTextAreaElement>('.side-page [data-phase="ready"] textarea[name="title"]')?.value ?? '');

describeBrowsers('the list beside the page', ({driver, fixture}) => {
	test('follows the active tab, saves from it, harvests from it, and lists and edits what was saved', async () => {
		const article = fixture('article.html');
		const panel = await driver.open(driver.extensionUrl(SIDE_PANEL));
		const reader = await openReaderWindow(panel, [article, seed!.url]);
		await panel.setViewport(400, 800);
		await panel.goto(driver.extensionUrl(`${SIDE_PANEL}?window=${reader.windowId}`));

		// The first tab: its form, read from the page, on top of the (empty) list
		await activate(panel, reader.tabs[0]!);
		await waitUntil(async () => await titleInForm(panel) === 'Kubernetes Patterns', 'the panel did not read the article', 15_000);
		await panel.waitForText('Your list is empty');
		await panel.click('.side-page button[type="submit"]');
		await panel.waitForText('Saved.');
		await panel.waitFor('.side-list [role="row"][data-index="0"]');
		expect(await panel.text('.side-list [role="row"][data-index="0"] .title')).toBe('Kubernetes Patterns');

		// Switching to the post: the panel follows, opening on its checklist
		await activate(panel, reader.tabs[1]!);
		await panel.waitFor('.side-page .harvest-row', 15_000);
		expect(await panel.text('#harvest-heading')).toMatch(/^This page recommends \d+ works$/);
		const offered = await panel.evaluate(() => document.querySelectorAll('.side-page .harvest-row input[type="checkbox"]:checked').length);
		expect(offered).toBeGreaterThanOrEqual(5);
		await panel.click('.side-page .harvest-save');
		await panel.waitForText(`Saved: ${offered} new`);
		await waitUntil(
			async () => (await callApi<{total: number}>(panel, 'queryItems', {limit: 0})).total === offered + 1,
			'the harvested works are not in the list',
		);
		await waitUntil(
			async () => await panel.evaluate(() => document.querySelectorAll('.side-list [role="row"][data-index]').length) > 1,
			'the list below did not show the harvested works',
		);
		expect(await seriousViolations(panel)).toEqual([]);
		await panel.screenshot('side-panel-harvest');

		// Back to the article: already saved, said so; the list's search and editor work in the narrow pane
		await activate(panel, reader.tabs[0]!);
		await panel.waitForText('Already in your list');
		await panel.fill('.side-list input[type="search"]', 'Kubernetes Patterns');
		await waitUntil(
			async () => await panel.evaluate(() => document.querySelectorAll('.side-list [role="row"][data-index]').length) === 1,
			'search did not narrow the list to the article',
		);
		await panel.click('.side-list [role="row"][data-index="0"] .title');
		await panel.waitFor('.side-list .editor');
		await panel.screenshot('side-panel-editor');
		const saved = await callApi<{items: Item[]}>(panel, 'queryItems', {text: 'Kubernetes Patterns', limit: 5});
		expect(saved.items.map(item => item.title)).toEqual(['Kubernetes Patterns']);
	});
});
