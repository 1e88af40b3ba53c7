import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Browser} from 'webextension-polyfill';
import type {Item} from '../../src/core/types.ts';
import type {HarvestView} from '../../src/shared/harvest-protocol.ts';
import {describeBrowsers} from './support/browsers.ts';
import {
	callApi as call, type DriverPage, e2eHook, OPTIONS, POPUP, sendToBackground, tabIdOf, waitUntil,
} from './support/driver.ts';
import {type SeedServer, serveSeedPost} from './support/seed-post.ts';

const POST_URL = 'https://jimmysong.io/posts/kubernetes-tutorial-recommendation/'; // Its canonical link
const POST_TITLE = 'Kubernetes精品教程推荐——深入剖析Kubernetes';
/** The work the post names without a link: saved with no url, found through "Find it" searches made on display. */
const UNLINKED = '深入剖析Kubernetes';
const REQUIRED = [UNLINKED, 'Kubernetes Handbook——Kubernetes中文指南/云原生应用架构实践手册', 'Cloud Native Go', 'Python云原生', '云原生Java'];

async function itemsOfPost(page: DriverPage): Promise<Item[]> {
	return (await call<{items: Item[]}>(page, 'queryItems', {recommendedBy: POST_URL, limit: 100})).items;
}

let seed: SeedServer | undefined;
beforeAll(async () => {
	seed = await serveSeedPost();
});
afterAll(async () => {
	await seed?.close();
});

describeBrowsers('harvest a recommendation post', ({driver}) => {
	test('the popup panel saves the five works with topics, and the options page shows them by post', async () => {
		const postUrl = seed!.url;
		const post = await driver.open(postUrl);
		const popup = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(popup, postUrl);
		expect(tabId).toBeTypeOf('number');

		// A page that recommends works opens on its checklist: at a real popup's 600 px, the first screen shows the
		// post's title, the first works and "Save selected"; saving the post itself is one collapsed row.
		await popup.setViewport(400, 600);
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"]');
		await popup.waitFor('.harvest-row', 15_000);
		expect(await popup.text('#harvest-heading')).toMatch(/^This page recommends \d+ works$/);
		const firstScreen = await popup.evaluate(() => {
			const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
			const rows = [...document.querySelectorAll('.harvest-row')]
				.filter(row => row.getBoundingClientRect().bottom <= innerHeight);
			return {
				height: innerHeight, post: bottom('.harvest-post'), save: bottom('.harvest-save'), rows: rows.length,
				pageFormOpen: (document.querySelector('details.also-save') as HTMLDetailsElement).open,
			};
		});
		expect(firstScreen.height).toBe(600);
		expect(firstScreen.post).toBeLessThan(600);
		expect(firstScreen.save).toBeLessThanOrEqual(600);
		expect(firstScreen.rows).toBeGreaterThanOrEqual(2);
		expect(firstScreen.pageFormOpen).toBe(false);
		await popup.screenshot('popup-harvest-first');

		// The unlinked course offers searches to find it (Chinese title: Douban first), no page of its own.
		const find = await popup.evaluate(title => [...document.querySelectorAll(`.harvest-find a[aria-label^="Find ${title} on "]`)]
			.map(link => ({text: link.textContent, href: link.getAttribute('href')})), UNLINKED);
		expect(find.map(link => link.text)).toEqual(['Douban', 'JD', 'Open Library', 'WorldCat', 'Amazon']);
		expect(find[0]!.href).toMatch(/^https:\/\/search\.douban\.com\/book\/subject_search\?search_text=/);
		expect(await popup.evaluate(() => document.querySelectorAll('.harvest-find a[aria-label^="Find Cloud Native Go on "]').length)).toBe(0);

		// Pick exactly the five required works, fix one kind inline, and add two topics.
		await popup.clickText('Select none');
		for (const title of REQUIRED) await popup.click(`.harvest input[type="checkbox"][aria-label="Select ${title}"]`);
		const handbookIndex = await popup.evaluate(title => [...document.querySelectorAll('.harvest-row input[type="checkbox"]')]
			.findIndex(box => box.getAttribute('aria-label') === `Select ${title}`) + 1, REQUIRED[1]!);
		await popup.fill(`select[aria-label="Kind of work ${handbookIndex}"]`, 'book');
		for (const topic of ['kubernetes', 'cloud-native']) {
			await popup.click('.harvest .topic-input input');
			await popup.type(topic);
			await popup.press('Enter');
		}
		await popup.clickText('Save selected (5)');
		await popup.waitForText('Saved: 5 new, 0 merged.');

		const saved = await itemsOfPost(popup);
		expect(saved.map(item => item.title).sort()).toEqual([...REQUIRED].sort());
		for (const item of saved) {
			expect(item.topics).toEqual(['cloud-native', 'kubernetes']);
			expect(item.recommendedBy).toEqual([expect.objectContaining({url: POST_URL, title: POST_TITLE})]);
		}
		expect(saved.find(item => item.title === 'Cloud Native Go')).toMatchObject({
			kind: 'book', authors: ['Kevin Hoffman', 'Dan Nemeth'], publisher: '电子工业出版社', publishedAt: '2017-06',
			recommendedBy: [expect.objectContaining({context: expect.stringContaining('电子工业出版社')})],
		});
		const course = saved.find(item => item.title === UNLINKED);
		expect(course).toMatchObject({kind: 'course', authors: ['张磊'], provider: '极客时间', aliases: []});
		expect(course!.url).toBeUndefined(); // Never a made-up search address
		// After the save the row is the item in the list, and still offers its Find it links
		expect(await popup.evaluate(title => document.querySelectorAll(`.harvest-find a[aria-label^="Find ${title} on "]`).length, UNLINKED)).toBe(5);
		// Saved rows say so, unticked; reopening remembers them, and the works left out stay left out
		const marks = () => popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.harvest-row')]
			.map(row => `${row.dataset.mark ?? ''}:${(row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked}`));
		const afterSave = await marks();
		expect(afterSave.filter(mark => mark === 'saved:false')).toHaveLength(5);
		expect(afterSave.every(mark => mark === 'saved:false' || mark === 'left:false')).toBe(true);
		await popup.reload();
		await popup.waitFor('.harvest-row', 15_000);
		await waitUntil(async () => (await marks()).join() === afterSave.join(), 'reopened with the same choices', 5_000);
		await popup.close();
		await post.close();

		// The options page: the post is a "Recommended by" entry; it shows everything the post recommended.
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.waitFor('.recommenders button');
		await options.clickText(POST_TITLE);
		await options.waitForText(`Recommended by: ${POST_TITLE}`);
		await options.waitForText('5 results');
		for (const title of REQUIRED) await options.waitForText(title);
		await options.clickText('Python云原生');
		await options.waitFor('aside.editor .provenance');
		expect(await options.text('aside.editor .provenance')).toContain('Manish Sethi');
		await options.close();
	});

	test('the context menu opens the harvest window for the tab; saving again merges, never duplicates', async () => {
		const postUrl = seed!.url;
		const post = await driver.open(postUrl);
		const page = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(page, postUrl);
		const view = await call<HarvestView>(page, 'harvestTab', tabId, {url: postUrl, title: 'seed'});
		expect(view.suggestedTopics).toEqual(expect.arrayContaining(['kubernetes', 'cloud-native']));

		const reply = await e2eHook(page, 'clickHarvestMenu', tabId);
		expect(reply.ok, JSON.stringify(reply)).toBe(true);
		const windowId = reply.value as number;

		// The window is an extension view: read its checklist and press its save button from this page.
		const readWindow = () => page.evaluate(() => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			const views = (scope.browser ?? scope.chrome)!.extension.getViews() as Window[];
			const harvest = views.find(view => view.location.search.includes('view=harvest'));
			const doc = harvest?.document;
			return {
				found: Boolean(harvest),
				rows: doc?.querySelectorAll('.harvest-row').length ?? 0,
				existing: doc?.querySelectorAll('.harvest-row[data-existing]').length ?? 0,
				selected: doc?.querySelectorAll('.harvest-row.selected').length ?? 0,
				status: doc?.querySelector('.harvest [role="status"]')?.textContent ?? '',
			};
		});
		await waitUntil(async () => (await readWindow()).rows > 0, 'the harvest window lists the works', 15_000);
		const before = await readWindow();
		expect(before.existing).toBeGreaterThanOrEqual(5); // Saved by the first journey (same browser profile)
		expect(before.selected).toBe(0); // Saved ones and the ones left out then: none ticked again by default

		// Tick them all and save again: everything merges into what is there
		await page.evaluate(() => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			const views = (scope.browser ?? scope.chrome)!.extension.getViews() as Window[];
			const doc = views.find(view => view.location.search.includes('view=harvest'))!.document;
			(doc.querySelector('.harvest-tools button') as HTMLButtonElement).click();
			setTimeout(() => (doc.querySelector('.harvest-save') as HTMLButtonElement).click(), 100);
		});
		await waitUntil(async () => /Saved:/.test((await readWindow()).status), 'the window saved');
		expect((await readWindow()).status).toMatch(new RegExp(`Saved: ${before.rows - before.existing} new, ${before.existing} merged\\.`));

		const after = await itemsOfPost(page);
		for (const title of REQUIRED) {
			const matches = after.filter(item => item.title === title);
			expect(matches, title).toHaveLength(1);
			expect(matches[0]!.recommendedBy).toHaveLength(1);
		}
		// The unlinked course was found again by its title among the post's own works, not saved a second time
		expect(after.find(item => item.title === UNLINKED)!.url).toBeUndefined();
		await page.evaluate(id => {
			const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};
			return (scope.browser ?? scope.chrome)!.windows.remove(id);
		}, windowId);
		await page.close();
		await post.close();
	});

	test('fetch details reads a linked page in the background (offscreen document in Chrome, event page in Firefox)', async () => {
		const page = await driver.open(driver.extensionUrl(POPUP));
		const details = await call<{title: string}>(page, 'fetchDetails', seed!.url);
		expect(details)
			.toMatchObject({title: POST_TITLE, authors: ['Jimmy Song'], keywords: ['cloud native', 'kubernetes']});
		const denied = await sendToBackground(page, 'fetchDetails', 'https://example.invalid/book');
		expect(denied).toMatchObject({ok: false, error: {code: 'PERMISSION_DENIED'}});
		await page.close();
	});
});
