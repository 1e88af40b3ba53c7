// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import browser from 'webextension-polyfill';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import type {SaveInput} from '../../../src/core/save.ts';
import {fakeApi, renderWithApi} from './render.tsx';

afterEach(async () => {
	cleanup();
	await browser.storage.local.remove('dismissedDuplicates');
});

const douban = 'https://book.douban.com/subject/26895993/';
const jd = 'https://item.jd.com/12345678.html';
const works: SaveInput[] = [
	{url: douban, title: '深入剖析 Kubernetes', kind: 'book', authors: ['张磊'], topics: ['kubernetes']},
	{url: jd, title: '深入剖析Kubernetes', kind: 'book', authors: ['张磊'], topics: ['cloud-native'],
		isbn: ['9787115546302']},
	{url: 'https://dataintensive.net/', title: 'Designing Data-Intensive Applications', kind: 'book', authors: ['Martin Kleppmann']},
];

const live = (api: ReturnType<typeof fakeApi>) => api.items.filter(item => !item.deletedAt);
const writes = (api: ReturnType<typeof fakeApi>) =>
	api.calls.filter(([method]) => method === 'mergeWorks' || method === 'updateItem' || method === 'saveItem');

async function selectBoth() {
	await screen.findByRole('row', {name: /Designing Data-Intensive/});
	fireEvent.click(screen.getByRole('checkbox', {name: 'Select 深入剖析 Kubernetes'}));
	fireEvent.click(screen.getByRole('checkbox', {name: 'Select 深入剖析Kubernetes'}));
	return screen.getByRole('region', {name: 'Bulk edit'});
}

describe('merging', () => {
	it('merges the selection into one after a preview: one item remains with both links', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /Designing Data-Intensive/});
		fireEvent.click(screen.getByRole('checkbox', {name: 'Select 深入剖析 Kubernetes'}));
		expect(within(screen.getByRole('region', {name: 'Bulk edit'})).queryByRole('button', {name: 'Merge into one'}))
			.toBeNull(); // One is not a merge
		fireEvent.click(screen.getByRole('checkbox', {name: 'Select 深入剖析Kubernetes'}));
		const bar = screen.getByRole('region', {name: 'Bulk edit'});
		fireEvent.click(within(bar).getByRole('button', {name: 'Merge into one'}));
		const dialog = await screen.findByRole('dialog', {name: 'Merge 2 items into one'});
		await within(dialog).findByText(douban);
		expect(within(dialog).getByText(jd)).toBeTruthy();
		expect(within(dialog).getByText('ISBN 9787115546302')).toBeTruthy();
		expect(api.calls.some(([method]) => method === 'mergeWorks')).toBe(false); // The preview writes nothing
		fireEvent.click(within(dialog).getByRole('button', {name: 'Merge'}));
		await screen.findByText(/^Merged 2 items into “深入剖析/);
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(live(api)).toHaveLength(2);
		const merged = live(api).find(item => item.title.startsWith('深入剖析'))!;
		expect([merged.url, ...merged.aliases].sort()).toEqual([douban, jd].sort());
		expect(merged.topics.sort()).toEqual(['cloud-native', 'kubernetes']);
		await waitFor(() => expect(screen.getAllByRole('row', {name: /深入剖析/})).toHaveLength(1));
		expect(screen.queryByRole('region', {name: 'Bulk edit'})).toBeNull(); // The merged items left the selection
	});

	it('refuses a merge with an item already merged: the INVALID_ITEM message, and nothing written', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		const bar = await selectBoth();
		const [a, b] = api.items.filter(item => item.title.startsWith('深入剖析')).map(item => item.id);
		await api.mergeWorks([a!, b!]); // Another page (or device) merged them meanwhile
		const before = writes(api).length;
		fireEvent.click(within(bar).getByRole('button', {name: 'Merge into one'}));
		const dialog = await screen.findByRole('dialog');
		const alert = await within(dialog).findByRole('alert');
		expect(alert.textContent).toBe('These items cannot be merged: choose two or more different items that are not already merged. Nothing was changed.');
		expect((within(dialog).getByRole('button', {name: 'Merge'}) as HTMLButtonElement).disabled).toBe(true);
		fireEvent.keyDown(dialog, {key: 'Escape'});
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(writes(api).slice(before)).toEqual([]);
	});

	it('"Merge with…" from a row asks for the other item (never the item itself), then previews', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		const row = await screen.findByRole('row', {name: /深入剖析 Kubernetes/});
		fireEvent.click(within(row).getByRole('button', {name: 'Actions for 深入剖析 Kubernetes'}));
		fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', {name: 'Merge with…'}));
		const dialog = await screen.findByRole('dialog', {name: 'Merge “深入剖析 Kubernetes” with…'});
		const search = await within(dialog).findByRole('searchbox', {name: 'Find the other item'});
		expect((search as HTMLInputElement).value).toBe('深入剖析 Kubernetes');
		fireEvent.input(search, {target: {value: '剖析'}});
		const choice = await within(dialog).findByRole('button', {name: /深入剖析Kubernetes/});
		expect(within(dialog).getAllByRole('button', {name: /深入剖析/})).toHaveLength(1); // The item itself is not offered
		fireEvent.click(choice);
		await within(dialog).findByText(jd);
		fireEvent.click(within(dialog).getByRole('button', {name: 'Merge'}));
		await screen.findByText(/^Merged 2 items/);
		expect(live(api)).toHaveLength(2);
	});

	it('lists possible duplicates with a count; "Not the same" is remembered, "Merge…" merges the group', async () => {
		const seed: SaveInput[] = [...works,
			{url: 'https://example.com/ddia', title: 'Designing data-intensive applications', kind: 'book', authors: ['Kleppmann, Martin']}];
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		fireEvent.click(await screen.findByRole('button', {name: /Possible duplicates\s*2/}));
		const ddia = await screen.findByRole('article', {name: '2 items titled “Designing Data-Intensive Applications”'});
		expect(screen.getAllByRole('article')).toHaveLength(2);
		fireEvent.click(within(ddia).getByRole('button', {name: 'Not the same'}));
		await screen.findByText('This group will not be offered again.');
		await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
		expect(screen.getByRole('button', {name: /Possible duplicates\s*1/})).toBeTruthy();
		expect(live(api)).toHaveLength(4); // Dismissing changes no item

		const k8s = screen.getByRole('article', {name: /2 items titled “深入剖析/});
		fireEvent.click(within(k8s).getByRole('button', {name: 'Merge…'}));
		const dialog = await screen.findByRole('dialog', {name: 'Merge 2 items into one'});
		fireEvent.click(await within(dialog).findByRole('button', {name: 'Merge'}));
		expect(await screen.findByText('No possible duplicates.')).toBeTruthy();
		expect(live(api)).toHaveLength(3);

		cleanup(); // Opened again: the dismissed group stays dismissed, and with nothing left the entry is gone
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /Designing Data-Intensive/});
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(screen.queryByRole('button', {name: /Possible duplicates/})).toBeNull();
		expect(api.calls.filter(([method]) => method === 'possibleDuplicates').length).toBeGreaterThan(2);
	});
});
