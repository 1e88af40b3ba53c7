import {expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, OPTIONS, waitUntil} from './support/driver.ts';

const TITLE = 'The Three-Body Problem';
const ISBN = '9787536692930';

describeBrowsers('works without a page', ({driver}) => {
	test('add a book with no page from the options page, then record progress in the editor', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.waitFor('button.add-work-button');

		// "Add" opens the shared form, empty: a title, the kind and an ISBN are enough.
		await options.click('button.add-work-button');
		await options.waitFor('[role="dialog"] form');
		await options.fill('[role="dialog"] textarea[name="title"]', TITLE);
		await options.fill('[role="dialog"] select[name="kind"]', 'book');
		await options.fill('[role="dialog"] input[name="authors"]', 'Liu Cixin');
		await options.clickText('Add an identifier');
		await options.fill('[role="dialog"] input[name="id-value"]', '978-7-5366-9293-0');
		await options.screenshot('works-add');
		await options.click('[role="dialog"] button[type="submit"]');
		await options.waitForText(`Added “${TITLE}”.`);

		// It is in the list, saved as a work with no address.
		await options.waitFor('[role="row"] .title');
		await options.waitForText(TITLE);
		const {items} = await call<{items: Item[]}>(options, 'queryItems', {});
		expect(items).toHaveLength(1);
		const [work] = items;
		expect(work).toMatchObject({title: TITLE, kind: 'book', authors: ['Liu Cixin'], isbn: [ISBN], status: 'want'});
		expect(work!.url).toBeUndefined();

		// In the editor, the first pages read move the work to "reading".
		await options.clickText(TITLE);
		await options.waitFor('aside.editor input[name="progress-done"]');
		await options.fill('aside.editor input[name="progress-total"]', '302');
		await options.fill('aside.editor input[name="progress-done"]', '12');
		const status = await options.evaluate(() =>
			(document.querySelector('aside.editor select[name="status"]') as HTMLSelectElement).value);
		expect(status).toBe('reading');
		await options.setColorScheme('light');
		await options.screenshot('editor-light');
		await options.setColorScheme('dark');
		await options.screenshot('editor-dark');
		await options.setColorScheme('light');
		await options.click('aside.editor button[type="submit"]');
		await waitUntil(async () => {
			const item = await call<Item | null>(options, 'getItem', work!.id);
			return item?.status === 'reading' && item.progress?.done === 12;
		}, 'progress and the status it set are saved from the editor');
		expect(await call<Item | null>(options, 'getItem', work!.id))
			.toMatchObject({progress: {done: 12, total: 302, unit: 'page'}, status: 'reading'});
		await options.close();
	});
});
