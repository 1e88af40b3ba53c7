// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {AppError} from '../../../src/core/errors.ts';
import {ImportExportView} from '../../../src/options/ImportExportView.tsx';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

const POCKET = `title,url,time_added,tags,status
Kubernetes Patterns,https://k8s.example/patterns,1600322788,kubernetes|cloud-native,unread
Go Proverbs,https://go.example/proverbs,1600172739,go,archive
`;

/** Chooses files on the view's file input, as the user would. */
function choose(...files: [name: string, text: string][]) {
	const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
	const list = files.map(([name, text]) => new File([text], name));
	Object.defineProperty(input, 'files', {value: list, configurable: true});
	fireEvent.change(input);
}

describe('import', () => {
	it('previews a Pocket CSV, then imports it with topics and statuses', async () => {
		const api = fakeApi();
		const show = vi.fn();
		renderWithApi(<ImportExportView topics={[]} onMessage={show}/>, api);
		choose(['part_000000.csv', POCKET]);
		await screen.findByText('Detected format: Pocket (CSV)');
		expect(screen.getByText('2 records: 2 new, 0 merged, 0 skipped, 0 failed')).toBeTruthy();
		expect(api.items).toHaveLength(0);
		fireEvent.click(screen.getByRole('button', {name: 'Import 2 items'}));
		await screen.findByText('Imported: 2 new, 0 merged, 0 skipped.');
		expect(show).toHaveBeenCalledWith('Imported: 2 new, 0 merged, 0 skipped.');
		expect(api.items.find(item => item.url === 'https://go.example/proverbs')).toMatchObject({status: 'done', topics: ['go']});
		expect(api.calls.filter(([method]) => method === 'stageImport')).toHaveLength(1);
	});

	it('while the import is written, the progress bar shows how many docs the background has stored', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['pocket.csv', POCKET]);
		await screen.findByText('2 records: 2 new, 0 merged, 0 skipped, 0 failed');
		const apply = api.applyImport;
		let release!: () => void;
		api.applyImport = async (...args) => {
			await new Promise<void>(resolve => { release = resolve; });
			return apply(...args);
		};
		api.importProgress = async () => ({done: 1, total: 2});
		fireEvent.click(screen.getByRole('button', {name: 'Import 2 items'}));
		const bar = screen.getByRole('progressbar') as HTMLProgressElement;
		expect(bar.hasAttribute('value')).toBe(false); // No value until the background says how far it is
		await waitFor(() => expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1));
		expect((screen.getByRole('progressbar') as HTMLProgressElement).max).toBe(2);
		release();
		await screen.findByText('Imported: 2 new, 0 merged, 0 skipped.');
	});

	it('an import that hits the storage quota says so, and the list is as it was', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['pocket.csv', POCKET]);
		await screen.findByText('2 records: 2 new, 0 merged, 0 skipped, 0 failed');
		api.options.fail = {applyImport: new AppError('QUOTA_EXCEEDED', 'IndexedDB quota exceeded')};
		fireEvent.click(screen.getByRole('button', {name: 'Import 2 items'}));
		await screen.findByText('The browser’s storage for Shelfmark is full. Nothing was changed.');
		expect(api.items).toHaveLength(0);
	});

	it('shows a merge with an item already in the list', async () => {
		const api = fakeApi([{url: 'https://go.example/proverbs', title: 'Go Proverbs', topics: ['mine']}]);
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['pocket.csv', POCKET]);
		await screen.findByText('2 records: 1 new, 1 merged, 0 skipped, 0 failed');
		const table = screen.getByRole('table');
		expect(within(table).getByRole('row', {name: /Go Proverbs Merged/})).toBeTruthy();
	});

	it('lists a bad row with its line and field and imports nothing until the user leaves it out', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['books.csv', 'Title,ASIN\nKubernetes in Action,B0KUBEAAA1\nMystery,B00\n']);
		await screen.findByText('1 record: 1 new, 0 merged, 0 skipped, 0 failed');
		const problem = await screen.findByText(/line 3: ASIN: Not an identifier Shelfmark reads/);
		expect(problem.textContent).toContain('B00');
		const button = screen.getByRole('button', {name: 'Import 1 item'}) as HTMLButtonElement;
		expect(button.disabled).toBe(true);
		fireEvent.click(screen.getByRole('checkbox', {name: /leave out the 1/}));
		fireEvent.click(button);
		await screen.findByText('Imported: 1 new, 0 merged, 0 skipped.');
		expect(api.items.map(item => item.title)).toEqual(['Kubernetes in Action']);
	});

	it('imports a StoryGraph CSV whose rows carry only ASINs: works without a link, no failure', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['storygraph.csv', readFileSync('tests/fixtures/formats/storygraph-asin.csv', 'utf8')]);
		await screen.findByText('3 records: 3 new, 0 merged, 0 skipped, 0 failed');
		fireEvent.click(screen.getByRole('button', {name: 'Import 3 items'}));
		await screen.findByText('Imported: 3 new, 0 merged, 0 skipped.');
		expect(api.items.map(item => [item.url, item.ids[0]]).sort()).toEqual([
			[undefined, 'asin:B0ASINAAA1'], [undefined, 'asin:B0ASINBBB2'], [undefined, 'asin:B0ASINCCC3'],
		]);
	});

	it('shows a possible duplicate under its title with a Merge box; ticked, the record merges into the item', async () => {
		const api = fakeApi([{title: 'Cloud-Native Go', authors: ['Titmus, Matthew'], isbn: ['9781492076322']}]);
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['books.csv', 'title,authors,isbn\nCloud Native Go,Matthew Titmus,9781492076339\nUnrelated,Someone,\n']);
		await screen.findByText(/1 may be works already here/);
		const row = within(screen.getByRole('table')).getByRole('row', {name: /Cloud Native Go/});
		expect(row.textContent).toContain('Possible duplicate of “Cloud-Native Go”');
		const box = within(row).getByRole('checkbox', {name: 'Merge'});
		expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe('Possible duplicate of “Cloud-Native Go”');
		fireEvent.click(box);
		// The preview is planned again with the box ticked: its counts follow
		await screen.findByText('2 records: 1 new, 1 merged, 0 skipped, 0 failed');
		expect((within(screen.getByRole('table')).getByRole('checkbox', {name: 'Merge'}) as HTMLInputElement).checked)
			.toBe(true);
		fireEvent.click(screen.getByRole('button', {name: 'Import 2 items'}));
		await screen.findByText('Imported: 1 new, 1 merged, 0 skipped.');
		expect(api.calls.find(([method]) => method === 'applyImport')!.slice(1))
			.toEqual([expect.any(String), {skipFailed: false, merge: [0]}]);
		expect(api.items.filter(item => !item.mergedInto).map(item => item.title).sort())
			.toEqual(['Cloud-Native Go', 'Unrelated']);
		expect(api.items.find(item => item.title === 'Cloud-Native Go')!.isbn)
			.toEqual(['9781492076322', '9781492076339']);
	});

	it('an unknown file names the problem and offers nothing to import', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['notes.txt', 'nothing to see']);
		await screen.findByText(/Not a file Shelfmark can import/);
		expect(screen.getByText('Detected format: unknown')).toBeTruthy();
		expect((screen.getByRole('button', {name: 'Import 0 items'}) as HTMLButtonElement).disabled).toBe(true);
	});

	it('maps the columns of a generic CSV and previews again', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[]} onMessage={() => {}}/>, api);
		choose(['mine.csv', 'Name,Link,Shelf\nA Book,https://a.example/book,reading\n']);
		await screen.findByText('Detected format: CSV (choose the columns)');
		const shelf = screen.getByRole('combobox', {name: 'Shelf'}) as HTMLSelectElement;
		fireEvent.change(shelf, {target: {value: 'topics'}});
		fireEvent.click(screen.getByRole('button', {name: 'Update preview'}));
		await waitFor(() => expect(api.calls.filter(([method]) => method === 'planImport')).toHaveLength(2));
		fireEvent.click(await screen.findByRole('button', {name: 'Import 1 item'}));
		await screen.findByText(/Imported: 1 new/);
		expect(api.items[0]).toMatchObject({url: 'https://a.example/book', topics: ['reading']});
	});

	it('asks for the bookmarks permission from the click and says when it is refused', async () => {
		const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false);
		const show = vi.fn();
		renderWithApi(<ImportExportView topics={[]} onMessage={show}/>, fakeApi());
		fireEvent.click(screen.getByRole('button', {name: /browser’s bookmarks/}));
		expect(request).toHaveBeenCalledWith({permissions: ['bookmarks']});
		await waitFor(() => expect(show).toHaveBeenCalledWith('The permission was not granted.', true));
	});
});

describe('export', () => {
	it('downloads the chosen format through a Blob link, with a topic for Publish', async () => {
		const api = fakeApi(books);
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => { blobs.push(blob); return 'blob:test'; });
		URL.revokeObjectURL = vi.fn();
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		const show = vi.fn();
		renderWithApi(<ImportExportView topics={[{name: 'kubernetes', count: 2}]} onMessage={show}/>, api);
		fireEvent.change(screen.getByRole('combobox', {name: 'Format'}), {target: {value: 'publish-markdown'}});
		fireEvent.change(screen.getByRole('combobox', {name: 'Topic to publish'}), {target: {value: 'kubernetes'}});
		fireEvent.click(screen.getByRole('button', {name: 'Download'}));
		await waitFor(() => expect(show).toHaveBeenCalledWith('Exported 2 items to shelfmark-kubernetes.md.'));
		expect(click).toHaveBeenCalledTimes(1);
		expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('shelfmark-kubernetes.md');
		const text = await blobs[0]!.text();
		expect(text).toContain('Kubernetes in Action');
		expect(text).not.toContain('Designing Data-Intensive Applications');
	});

	it('says how many works without a link the bookmarks export left out', async () => {
		const api = fakeApi([{url: 'https://a.example/', title: 'Linked'}, {title: 'A book', isbn: ['9781617293726']}]);
		URL.createObjectURL = vi.fn(() => 'blob:test');
		URL.revokeObjectURL = vi.fn();
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		const show = vi.fn();
		renderWithApi(<ImportExportView topics={[]} onMessage={show}/>, api);
		fireEvent.change(screen.getByRole('combobox', {name: 'Format'}), {target: {value: 'netscape'}});
		fireEvent.click(screen.getByRole('button', {name: 'Download'}));
		await waitFor(() => expect(show).toHaveBeenCalledWith(expect.stringMatching(/^Exported 1 item to .*\.html\. Left out for want of a web link \(a bookmark needs one\): 1\./)));
	});
});
