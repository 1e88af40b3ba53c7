// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {ROW_HEIGHT} from '../../../src/options/ItemRow.tsx';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(cleanup);

/** A key pressed wherever the focus is (the page itself when nothing has it). */
const key = (name: string, init: KeyboardEventInit = {}) =>
	fireEvent.keyDown(document.activeElement ?? document.body, {key: name, ...init});
const row = (title: RegExp) => screen.getByRole('row', {name: title});

async function renderList() {
	const api = fakeApi(books);
	renderWithApi(<OptionsApp/>, api);
	await screen.findByRole('row', {name: /Designing Data-Intensive/});
	return api;
}

describe('the list keys', () => {
	it('j and k move the active row, which holds the focus and the only tab stop', async () => {
		await renderList();
		key('j'); // From the page: the active row takes the focus first
		expect(document.activeElement).toBe(row(/Designing Data-Intensive/));
		key('j');
		key('j');
		await waitFor(() => expect(document.activeElement).toBe(row(/Kubernetes in Action/)));
		key('k');
		await waitFor(() => expect(document.activeElement).toBe(row(/趣谈网络协议/)));
		expect(row(/趣谈网络协议/).tabIndex).toBe(0);
		expect(row(/Kubernetes in Action/).tabIndex).toBe(-1);
	});

	it('x selects the active row (the bulk bar appears), e and Enter open the editor on it', async () => {
		await renderList();
		key('j');
		key('x');
		const bar = await screen.findByRole('region', {name: 'Bulk edit'});
		expect(within(bar).getByText('1 selected')).toBeTruthy();
		expect(row(/Designing Data-Intensive/).getAttribute('aria-selected')).toBe('true');
		key('x');
		await waitFor(() => expect(screen.queryByRole('region', {name: 'Bulk edit'})).toBeNull());
		key('j');
		key('e');
		expect((await screen.findByRole('textbox', {name: 'Title'}) as HTMLTextAreaElement).value).toBe('趣谈网络协议');
		key('Escape');
		await waitFor(() => expect(screen.queryByRole('complementary', {name: 'Edit item'})).toBeNull());
		(document.activeElement as HTMLElement).blur();
		key('Enter'); // From the page, not a control: the active row
		expect((await screen.findByRole('textbox', {name: 'Title'}) as HTMLTextAreaElement).value).toBe('趣谈网络协议');
	});

	it('/ focuses the search box, where letters are typed, not obeyed', async () => {
		await renderList();
		key('/');
		const search = screen.getByRole('searchbox', {name: 'Search'});
		expect(document.activeElement).toBe(search);
		key('x');
		key('j');
		expect(screen.queryByRole('region', {name: 'Bulk edit'})).toBeNull();
		expect(document.activeElement).toBe(search);
	});

	it('t opens the topic field for the active row when nothing is selected, and for the selection otherwise', async () => {
		const api = await renderList();
		key('j');
		key('t');
		const bar = await screen.findByRole('region', {name: 'Bulk edit'});
		const field = within(bar).getByRole('combobox', {name: 'Topic for the selected items'});
		await waitFor(() => expect(document.activeElement).toBe(field));
		expect(within(bar).getByText('1 selected')).toBeTruthy();
		fireEvent.input(field, {target: {value: 'systems'}});
		fireEvent.keyDown(field, {key: 'Enter'});
		await waitFor(() => expect(api.items.find(item => item.title.startsWith('Designing'))!.topics)
			.toContain('systems'));
		row(/趣谈网络协议/).focus();
		key('x');
		key('t');
		const again = screen.getByRole('combobox', {name: 'Topic for the selected items'});
		await waitFor(() => expect(document.activeElement).toBe(again));
		expect(screen.getByRole('region', {name: 'Bulk edit'}).textContent).toContain('2 selected');
	});

	it('? lists the keys; Escape closes the list and the focus goes back', async () => {
		await renderList();
		key('j');
		const active = document.activeElement;
		key('?', {shiftKey: true});
		const dialog = await screen.findByRole('dialog', {name: 'Keyboard shortcuts'});
		expect(within(dialog).getByText('Next work')).toBeTruthy();
		expect(within(dialog).getByText('Add a topic to the selected works (or to this one)')).toBeTruthy();
		expect(document.activeElement).toBe(within(dialog).getByRole('button', {name: 'Close'}));
		key('j'); // The dialog's, not the list's
		key('Escape');
		await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
		expect(document.activeElement).toBe(active);
	});

	it('no key fires with Ctrl, Cmd or Alt held', async () => {
		await renderList();
		key('j');
		key('x', {ctrlKey: true});
		key('x', {metaKey: true});
		key('x', {altKey: true});
		key('j', {ctrlKey: true});
		expect(screen.queryByRole('region', {name: 'Bulk edit'})).toBeNull();
		expect(document.activeElement).toBe(row(/Designing Data-Intensive/));
	});

	it('j past the rows drawn scrolls the virtualised grid and focuses the row once it is drawn', async () => {
		const seed = Array.from({length: 300}, (_, n) => ({url: `https://example.com/${n}`, title: `Item ${String(n).padStart(4, '0')}`}));
		renderWithApi(<OptionsApp/>, fakeApi(seed));
		const grid = await screen.findByRole('grid', {name: 'Reading list'});
		await screen.findByRole('row', {name: /Item 0299/});
		key('j');
		for (let n = 0; n < 40; n++) key('j');
		await waitFor(() => expect(document.activeElement).toBe(row(/Item 0259/)));
		expect(grid.querySelector('.viewport')!.scrollTop).toBeGreaterThan(30 * ROW_HEIGHT);
		expect(screen.queryByRole('row', {name: /Item 0299/})).toBeNull(); // Drawn no more: the list is still virtual
	});

	it('the Keys button opens the same list', async () => {
		await renderList();
		fireEvent.click(screen.getByRole('button', {name: 'Keys (?)'}));
		expect(await screen.findByRole('dialog', {name: 'Keyboard shortcuts'})).toBeTruthy();
	});
});
