import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import type {ItemDoc} from '../../src/core/item-doc.ts';
import type {Item} from '../../src/core/types.ts';
import {describeViolations, seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {chooseFile} from './support/choose-file.ts';
import {chromiumDriver} from './support/driver-chromium.ts';
import {firefoxDriver} from './support/driver-firefox.ts';
import {callApi as call, type Driver, type DriverPage, OPTIONS} from './support/driver.ts';
import {ROOT} from './support/paths.ts';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/e2e/imports', name), 'utf8');

/** Imports one file through the view and waits for the result line. */
async function importFile(
	page: DriverPage, name: string, text: string, detected: string, summary: string, count: number,
) {
	await chooseFile(page, name, text);
	await page.waitForText(`Detected format: ${detected}`);
	await page.waitForText(summary);
	await page.clickText(`Import ${count} items`);
	await page.waitFor('.import-done');
}

async function openImportExport(driver: Driver): Promise<DriverPage> {
	const page = await driver.open(driver.extensionUrl(OPTIONS));
	await page.waitFor('nav.sidebar');
	await page.clickText('Import & export');
	await page.waitFor('input[type="file"]');
	return page;
}

const byId = (docs: ItemDoc[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));

describeBrowsers('import and export', ({driver}) => {
	test('below a preview of 200 rows, the Import button stays in view at 1280 x 800', async () => {
		const page = await openImportExport(driver);
		await page.setViewport(1280, 800);
		const rows = Array.from({length: 200}, (_, i) => `Book ${i},https://books.example/${i},1600322788,reading,unread`);
		await chooseFile(page, 'part_000000.csv', `title,url,time_added,tags,status\n${rows.join('\n')}\n`);
		await page.waitForText('200 records: 200 new');
		const button = await page.evaluate(() => {
			const rect = [...document.querySelectorAll('button')].find(b => b.textContent === 'Import 200 items')!
				.getBoundingClientRect();
			return {top: rect.top, bottom: rect.bottom, height: innerHeight};
		});
		expect(button.height).toBe(800);
		expect(button.top).toBeGreaterThan(0);
		expect(button.bottom).toBeLessThanOrEqual(800);
		await page.screenshot('import-sticky');
		await page.clickText('Cancel');
		await page.close();
	});

	test('import Pocket and Goodreads files, export the backup, restore it into a fresh profile', async () => {
		const page = await openImportExport(driver);
		await chooseFile(page, 'part_000000.csv', fixture('pocket.csv'));
		await page.waitForText('2 records: 2 new, 0 merged, 0 skipped, 0 failed');
		const violations = await seriousViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.clickText('Import 2 items');
		await page.waitFor('.import-done');
		await importFile(page, 'goodreads_library_export.csv', fixture('goodreads.csv'), 'Goodreads library CSV',
			'2 records: 2 new', 2);

		const {items} = await call<{items: Item[]}>(page, 'queryItems', {});
		const find = (title: string) => items.find(item => item.title.startsWith(title));
		expect(find('Kubernetes Patterns'))
			.toMatchObject({url: 'https://patterns.example/kubernetes', topics: ['cloud-native', 'kubernetes'], status: 'want'});
		expect(find('The Service Mesh')).toMatchObject({topics: ['cloud-native'], status: 'done'});
		expect(find('Site Reliability Notebook'))
			.toMatchObject({kind: 'book', status: 'done', rating: 4, isbn: ['9780306406157'], topics: ['sre']});
		expect(find('Distributed Things')).toMatchObject({status: 'want', topics: ['distributed']});

		// The list shows them, with their topics in the sidebar.
		await page.clickText('All items');
		await page.waitForText('Site Reliability Notebook');
		await page.waitForText('# cloud-native');

		// Trash one so the backup carries a tombstone, then download the backup (the anchor's Blob URL is read back).
		await call(page, 'deleteItems', [find('Distributed Things')!.id]);
		await page.clickText('Import & export');
		await page.evaluate(() => {
			const scope = globalThis as unknown as {downloaded?: {name: string; href: string}};
			HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) {
				scope.downloaded = {name: this.download, href: this.href};
			};
		});
		await page.fill('select[name="export-format"]', 'backup');
		await page.clickText('Download');
		const download = await page.evaluate(async () => {
			const scope = globalThis as unknown as {downloaded?: {name: string; href: string}};
			for (let i = 0; i < 100 && !scope.downloaded; i++) await new Promise(resolve => setTimeout(resolve, 50));
			const {name, href} = scope.downloaded!;
			return {name, text: await (await fetch(href)).text()};
		});
		expect(download.name).toMatch(/^shelfmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = JSON.parse(download.text) as {docs: ItemDoc[]};
		expect(exported.docs).toHaveLength(4);
		const before = byId(exported.docs);

		// A second, fresh profile of the same browser: import the backup there.
		const fresh = await (driver.name === 'chromium' ? chromiumDriver() : firefoxDriver());
		try {
			const other = await openImportExport(fresh);
			await importFile(other, download.name, download.text, 'Shelfmark backup', '4 records: 4 new, 0 merged, 0 skipped, 0 failed', 4);
			const exported = await call<{text: string}>(other, 'exportList', 'backup');
			const after = byId((JSON.parse(exported.text) as {docs: ItemDoc[]}).docs);
			expect(after).toEqual(before);
			const trash = await call<{items: Item[]}>(other, 'queryItems', {trash: true});
			expect(trash.items.map(item => item.title)).toEqual(['Distributed Things']);

			// Importing the same backup again merges: nothing new, nothing lost.
			await chooseFile(other, download.name, download.text);
			await other.waitForText('4 records: 0 new, 4 merged');
		} finally {
			await fresh.close();
		}
	});

	test('a StoryGraph CSV whose rows carry only ASINs imports every row as a work without a link', async () => {
		const page = await openImportExport(driver);
		const storygraph = readFileSync(path.join(ROOT, 'tests/fixtures/formats/storygraph-asin.csv'), 'utf8');
		await importFile(page, 'storygraph_export.csv', storygraph, 'StoryGraph CSV', '3 records: 3 new, 0 merged, 0 skipped, 0 failed', 3);
		const {items} = await call<{items: Item[]}>(page, 'queryItems', {});
		const imported = items.filter(item => item.ids.some(id => id.startsWith('asin:B0ASIN')));
		expect(imported.map(item => [item.title, item.url, item.ids]).sort()).toEqual([
			['An Audiobook Only', undefined, ['asin:B0ASINBBB2']],
			['Kindle Field Notes', undefined, ['asin:B0ASINAAA1']],
			['The Third Ebook', undefined, ['asin:B0ASINCCC3']],
		]);
		expect(imported.find(item => item.title === 'The Third Ebook'))
			.toMatchObject({kind: 'book', status: 'done', rating: 4});
		expect(imported.find(item => item.title === 'An Audiobook Only')).toMatchObject({
			status: 'reading', contributors: [{name: 'Cy Reed', role: 'narrator'}],
		});

		// The same file again finds every row by its ASIN: nothing new, nothing failed.
		await chooseFile(page, 'storygraph_export.csv', storygraph);
		await page.waitForText('3 records: 0 new, 0 merged, 3 skipped, 0 failed');
		await page.clickText('Cancel');

		// The list shows the works.
		await page.clickText('All items');
		await page.waitForText('Kindle Field Notes');
	});

	test('a possible duplicate merges only when ticked; the bookmarks export says how many works it left out', async () => {
		const page = await openImportExport(driver);
		const old = await call<Item>(page, 'saveItem', {
			title: 'Cloud-Native Go', authors: ['Titmus, Matthew'], isbn: ['9781492076322'],
		});
		await chooseFile(page, 'books.csv', 'title,authors,isbn\nCloud Native Go,Matthew Titmus,9781492076339\nUnrelated Pamphlet,Someone,\n');
		await page.waitForText('1 may be works already here');
		await page.waitForText('Possible duplicate of “Cloud-Native Go”');
		await page.click('input[name="merge-0"]');
		await page.waitForText('2 records: 1 new, 1 merged, 0 skipped, 0 failed');
		await page.clickText('Import 2 items');
		await page.waitFor('.import-done');
		const {items} = await call<{items: Item[]}>(page, 'queryItems', {});
		expect(items.filter(item => item.title.includes('Go') && item.authors.length > 0)).toEqual([
			expect.objectContaining({id: old.id, isbn: ['9781492076322', '9781492076339']}),
		]);

		await page.evaluate(() => {
			HTMLAnchorElement.prototype.click = () => {}; // No download dialog: the message is what is checked
		});
		await page.fill('select[name="export-format"]', 'netscape');
		await page.clickText('Download');
		await page.waitForText('Left out for want of a web link');
	});
});
