// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {AppError} from '../../../src/core/errors.ts';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(cleanup);

const rowTitles = () => screen.queryAllByRole('row').slice(1).map(row => row.querySelector('.title')?.textContent);
const search = (text: string) =>
	fireEvent.input(screen.getByRole('searchbox', {name: 'Search'}), {target: {value: text}});

describe('options list', () => {
	it('lists items newest first in a labelled grid, with counts in the sidebar', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(books));
		const grid = await screen.findByRole('grid', {name: 'Reading list'});
		await waitFor(() => expect(rowTitles())
			.toEqual(['Designing Data-Intensive Applications', '趣谈网络协议', 'Kubernetes in Action', '深入剖析 Kubernetes']));
		expect(grid.getAttribute('aria-rowcount')).toBe('5');
		await waitFor(() => expect(screen.getByRole('button', {name: /All items\s*4/})).toBeTruthy());
		expect(screen.getByRole('button', {name: /Reading\s*1/})).toBeTruthy();
	});

	it('searches as you type, Chinese substrings included', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(books));
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		search('剖析');
		await waitFor(() => expect(rowTitles()).toEqual(['深入剖析 Kubernetes']));
		search('kleppmann');
		await waitFor(() => expect(rowTitles()).toEqual(['Designing Data-Intensive Applications']));
		search('nothing like this');
		expect(await screen.findByText('Nothing matches. Try fewer words or other filters.')).toBeTruthy();
	});

	it('filters by status view, kind and topic, and sorts by title', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(books));
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		fireEvent.change(screen.getByRole('combobox', {name: 'Kind'}), {target: {value: 'course'}});
		await waitFor(() => expect(rowTitles()).toEqual(['趣谈网络协议']));
		fireEvent.change(screen.getByRole('combobox', {name: 'Kind'}), {target: {value: ''}});
		fireEvent.click(screen.getByRole('button', {name: /# kubernetes/}));
		await waitFor(() => expect(rowTitles()).toEqual(['Kubernetes in Action', '深入剖析 Kubernetes']));
		fireEvent.change(screen.getByRole('combobox', {name: 'Sort by'}), {target: {value: 'title'}});
		await waitFor(() => expect(rowTitles()).toEqual(['Kubernetes in Action', '深入剖析 Kubernetes']));
		fireEvent.click(screen.getByRole('button', {name: 'Stop filtering by topic kubernetes'}));
		await waitFor(() => expect(rowTitles())
			.toEqual(['Designing Data-Intensive Applications', 'Kubernetes in Action', '深入剖析 Kubernetes', '趣谈网络协议']));
		fireEvent.click(screen.getByRole('button', {name: /^Done/}));
		await waitFor(() => expect(rowTitles()).toEqual(['Designing Data-Intensive Applications']));
	});

	it('"All items" is current only when nothing narrows the list, and clears every filter but the sort', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(books));
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		const all = () => screen.getByRole('button', {name: /All items/});
		expect(all().getAttribute('aria-current')).toBe('page');
		fireEvent.change(screen.getByRole('combobox', {name: 'Sort by'}), {target: {value: 'title'}});
		fireEvent.click(await screen.findByRole('button', {name: /# kubernetes/}));
		search('Action');
		await waitFor(() => expect(rowTitles()).toEqual(['Kubernetes in Action']));
		expect(all().getAttribute('aria-current')).toBeNull();
		fireEvent.click(all());
		await waitFor(() => expect(rowTitles())
			.toEqual(['Designing Data-Intensive Applications', 'Kubernetes in Action', '深入剖析 Kubernetes', '趣谈网络协议']));
		expect(all().getAttribute('aria-current')).toBe('page');
		expect((screen.getByRole('searchbox', {name: 'Search'}) as HTMLInputElement).value).toBe('');
	});

	it('Escape closes the editor wherever the focus is; topic suggestions put prefix matches first', async () => {
		renderWithApi(<OptionsApp/>, fakeApi([
			...books, {url: 'https://example.com/t', title: 'Tech', topics: ['tech', 'cloud-native', 'containers']},
		]));
		fireEvent.click(await screen.findByRole('row', {name: /Kubernetes in Action/}));
		const editor = await screen.findByRole('complementary', {name: 'Edit item'});
		const topics = await within(editor).findByRole('combobox', {name: 'Topics'});
		fireEvent.input(topics, {target: {value: 'c'}});
		const suggested = (await within(editor).findAllByRole('option')).map(option => option.textContent);
		expect(suggested.indexOf('tech')).toBeGreaterThan(suggested.indexOf('containers'));
		expect(suggested.indexOf('tech')).toBeGreaterThan(suggested.indexOf('cloud-native'));
		fireEvent.input(topics, {target: {value: ''}});
		screen.getByRole('searchbox', {name: 'Search'}).focus();
		fireEvent.keyDown(document.activeElement!, {key: 'Escape'});
		await waitFor(() => expect(screen.queryByRole('complementary', {name: 'Edit item'})).toBeNull());
	});

	it('opens on the editor of the work its #item= hash names (the popup\'s "Saved" link)', async () => {
		const api = fakeApi(books);
		const target = api.items.find(item => item.title === '趣谈网络协议')!;
		location.hash = `#item=${target.id}`;
		try {
			renderWithApi(<OptionsApp/>, api);
			const editor = await screen.findByRole('complementary', {name: 'Edit item'});
			expect((within(editor).getByRole('textbox', {name: 'Title'}) as HTMLTextAreaElement).value).toBe('趣谈网络协议');
		} finally {
			location.hash = '';
		}
	});

		it('edits an item: topics, status and notes are saved with updateItem', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		fireEvent.click(await screen.findByRole('row', {name: /Kubernetes in Action/}));
		const editor = await screen.findByRole('complementary', {name: 'Edit item'});
		const topics = await within(editor).findByRole('combobox', {name: 'Topics'});
		fireEvent.input(topics, {target: {value: 'Containers'}});
		fireEvent.keyDown(topics, {key: 'Enter'});
		fireEvent.change(within(editor).getByRole('combobox', {name: 'Status'}), {target: {value: 'done'}});
		fireEvent.click(within(editor).getByRole('radio', {name: '4 of 5'}));
		fireEvent.click(within(editor).getByRole('button', {name: 'Save changes'}));
		await within(editor).findByText('Saved.');
		const saved = api.items.find(item => item.title === 'Kubernetes in Action')!;
		expect(saved.topics).toEqual(['containers', 'kubernetes']);
		expect(saved.status).toBe('done');
		expect(saved.rating).toBe(4);
		const update = api.calls.find(([method]) => method === 'updateItem')!;
		expect(Object.keys(update[2] as object).sort()).toEqual(['rating', 'status', 'topics']); // Only what changed
		await waitFor(() => expect(screen.getByRole('row', {name: /Kubernetes in Action/}).textContent)
			.toContain('containers'));
	});

	it('deletes an item from its row menu (no Delete button on the row) and brings it back with Undo', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		const row = await screen.findByRole('row', {name: /Kubernetes in Action/});
		expect(within(row).queryByRole('button', {name: 'Delete'})).toBeNull();
		fireEvent.click(within(row).getByRole('button', {name: 'Actions for Kubernetes in Action'}));
		fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', {name: 'Move to Trash'}));
		await screen.findByText('Moved “Kubernetes in Action” to the Trash.');
		await waitFor(() => expect(screen.queryByRole('row', {name: /Kubernetes in Action/})).toBeNull());
		fireEvent.click(screen.getByRole('button', {name: 'Undo'}));
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		expect(api.items.find(item => item.title === 'Kubernetes in Action')!.deletedAt).toBeUndefined();
	});

	it('restores from the Trash view', async () => {
		const api = fakeApi(books);
		await api.deleteItems([api.items.find(item => item.title === '趣谈网络协议')!.id]);
		renderWithApi(<OptionsApp/>, api);
		fireEvent.click(await screen.findByRole('button', {name: /Trash\s*1/}));
		const row = await screen.findByRole('row', {name: /趣谈网络协议/});
		expect(screen.getByRole('grid', {name: 'Items in the trash'})).toBeTruthy();
		fireEvent.click(within(row).getByRole('button', {name: 'Restore'}));
		expect(await screen.findByText('The trash is empty.')).toBeTruthy();
		expect(api.items.every(item => !item.deletedAt)).toBe(true);
	});

	it('bulk edits the selection: add a topic, set status, move to trash', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		fireEvent.click(screen.getByRole('checkbox', {name: 'Select Kubernetes in Action'}));
		fireEvent.click(screen.getByRole('checkbox', {name: 'Select 趣谈网络协议'}));
		const bar = screen.getByRole('region', {name: 'Bulk edit'});
		expect(within(bar).getByText('2 selected')).toBeTruthy();
		fireEvent.input(within(bar).getByRole('combobox', {name: 'Topic for the selected items'}),
			{target: {value: 'to-read-2025'}});
		fireEvent.click(within(bar).getByRole('button', {name: 'Add topic'}));
		await screen.findByText('Changed 2 items.');
		fireEvent.change(within(bar).getByRole('combobox', {name: 'Set status'}), {target: {value: 'dropped'}});
		await waitFor(() => expect(api.items.filter(item => item.status === 'dropped')).toHaveLength(2));
		expect(api.items.filter(item => item.topics.includes('to-read-2025')).map(item => item.title).sort())
			.toEqual(['Kubernetes in Action', '趣谈网络协议']);
		fireEvent.click(within(bar).getByRole('button', {name: 'Move to Trash'}));
		await screen.findByText('Moved 2 items to the Trash.');
		expect(api.items.filter(item => item.deletedAt)).toHaveLength(2);
		expect(screen.queryByRole('region', {name: 'Bulk edit'})).toBeNull();
	});

	it('moves through rows with the keyboard, Enter opens the editor and Delete trashes', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		const first = await screen.findByRole('row', {name: /Designing Data-Intensive/});
		expect(first.tabIndex).toBe(0);
		first.focus();
		fireEvent.keyDown(first, {key: 'ArrowDown'});
		const second = screen.getByRole('row', {name: /趣谈网络协议/});
		await waitFor(() => expect(document.activeElement).toBe(second));
		fireEvent.keyDown(second, {key: 'Enter'});
		expect((await screen.findByRole('textbox', {name: 'Title'}) as HTMLTextAreaElement).value).toBe('趣谈网络协议');
		fireEvent.keyDown(second, {key: 'Delete'});
		await screen.findByRole('button', {name: 'Undo'});
		expect(api.items.find(item => item.title === '趣谈网络协议')!.deletedAt).toBeDefined();
	});

	it('shows the empty list, and an error with Retry when the background fails', async () => {
		const empty = fakeApi();
		renderWithApi(<OptionsApp/>, empty);
		expect(await screen.findByText(/Your list is empty/)).toBeTruthy();
		cleanup();
		const api = fakeApi(books);
		api.options.fail = {queryItems: new AppError('STORAGE_FAILED', 'disk')};
		renderWithApi(<OptionsApp/>, api);
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('The list could not be written');
		api.options.fail = {};
		fireEvent.click(within(alert).getByRole('button', {name: 'Try again'}));
		await screen.findByRole('row', {name: /Kubernetes in Action/});
	});
});
