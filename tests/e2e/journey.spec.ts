import {expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, type DriverPage, e2eHook, OPTIONS, POPUP, tabIdOf, waitUntil} from './support/driver.ts';

const inputValue = (page: DriverPage, selector: string) =>
	page.evaluate(s => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null, selector);

describeBrowsers('reading list journey', ({driver, fixture}) => {
	test('save a page from the popup, manage it on the options page, and keep it across a restart', async () => {
		const articleUrl = fixture('article.html');
		const article = await driver.open(articleUrl);
		const popup = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(popup, articleUrl);
		expect(tabId, 'the fixture tab is visible to the extension').toBeTypeOf('number');

		// The popup opens on the tab with the page's metadata prefilled.
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('[data-phase="ready"]');
		expect(await inputValue(popup, 'textarea[name="title"]')).toContain('Kubernetes Patterns');
		await popup.setColorScheme('light');
		await popup.screenshot('popup-light');
		await popup.setColorScheme('dark');
		await popup.screenshot('popup-dark');
		await popup.setColorScheme('light');

		// Pick a topic by keyboard, then save with the button.
		await popup.click('.topic-input input');
		await popup.type('kubernetes');
		await popup.press('Enter');
		await popup.clickText('Save');
		await popup.waitFor('[data-phase="saved"]');
		const [saved] = (await call<{items: Item[]}>(popup, 'queryItems', {})).items;
		expect(saved).toMatchObject({
			title: expect.stringContaining('Kubernetes Patterns'), topics: ['kubernetes'], status: 'want',
		});
		expect((await e2eHook(popup, 'badgeText', tabId)).value).toBe('✓');

		// Opening the popup again on the same page edits the saved item.
		await popup.reload();
		await popup.waitFor('[data-phase="ready"]');
		await popup.waitForText('Already in your list');
		expect(await popup.text('button.primary')).toBe('Update');
		await popup.close();
		await article.close();

		// The options page lists it; search finds it, including by a substring.
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.waitForText('Kubernetes Patterns');
		await options.setColorScheme('light');
		await options.screenshot('options-light');
		await options.setColorScheme('dark');
		await options.screenshot('options-dark');
		await options.setColorScheme('light');
		await options.fill('input[type="search"]', 'ernetes Patt');
		await options.waitForText('Kubernetes Patterns');

		// Change its status and topics in the editor.
		await options.clickText('Kubernetes Patterns');
		await options.waitFor('aside.editor form');
		await options.fill('aside.editor select[name="status"]', 'reading');
		await options.click('aside.editor .topic-input input');
		await options.type('cloud-native');
		await options.press('Enter');
		await options.click('aside.editor button[type="submit"]');
		await waitUntil(async () => {
			const item = await call<Item | null>(options, 'getItem', saved!.id);
			return item?.status === 'reading' && item.topics.includes('cloud-native');
		}, 'status and topics are saved from the editor');

		// Delete, then undo from the toast.
		await options.click('[data-testid="editor-delete"]');
		await waitUntil(
			async () => Boolean((await call<Item | null>(options, 'getItem', saved!.id))?.deletedAt),
			'the item is in the trash',
		);
		await options.clickText('Undo');
		await waitUntil(
			async () => !(await call<Item | null>(options, 'getItem', saved!.id))?.deletedAt,
			'undo restores it',
		);
		await options.close();

		// A browser restart on the same profile keeps the list.
		await driver.restart();
		const after = await driver.open(driver.extensionUrl(OPTIONS));
		await after.waitForText('Kubernetes Patterns');
		expect(await call<Item | null>(after, 'getItem', saved!.id))
			.toMatchObject({status: 'reading', topics: ['cloud-native', 'kubernetes']});
		await after.close();
	});

	test('"Save link" saves the link\'s own URL and text, not the page\'s title; "Save page" saves the page', async () => {
		const pageUrl = fixture('links.html');
		const linkUrl = fixture('article.html?book=ddia');
		const page = await driver.open(pageUrl);
		const extension = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(extension, pageUrl);
		const reply = await e2eHook(extension, 'clickMenu', 'save-link', tabId, {linkUrl, pageUrl, frameId: 0});
		expect(reply.ok, JSON.stringify(reply)).toBe(true);
		const item = await call<Item | null>(extension, 'findItem', linkUrl);
		expect(item).toMatchObject({url: linkUrl, title: 'Designing Data-Intensive Applications'});

		const pageReply = await e2eHook(extension, 'clickMenu', 'save-page', tabId, {pageUrl, frameId: 0});
		expect(pageReply.ok, JSON.stringify(pageReply)).toBe(true);
		expect(await call<Item | null>(extension, 'findItem', pageUrl)).toMatchObject({title: 'Five books a colleague recommends'});
		expect((await e2eHook(extension, 'badgeText', tabId)).value).toBe('✓');
		await extension.close();
		await page.close();
	});

	test('pages the browser does not let extensions read can still be saved by address and title', async () => {
		const extension = await driver.open(driver.extensionUrl(POPUP));
		const inspection = await call<{metadata: unknown; blocked?: string}>(extension, 'inspectTab', 999_999, {
			url: 'about:blank', title: 'Blank',
		});
		expect(inspection).toMatchObject({metadata: null, blocked: 'EXTRACT_BLOCKED'});
		await extension.close();
	});
});
