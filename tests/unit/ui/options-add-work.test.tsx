// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import browser from 'webextension-polyfill';
import {afterEach, describe, expect, it, test, vi} from 'vitest';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

async function openAdd() {
	fireEvent.click(await screen.findByRole('button', {name: 'Add'}));
	return screen.findByRole('dialog', {name: 'Add a work'});
}

describe('Add a work', () => {
	it('saves a book with no page from the toolbar: title and ISBN; a bad identifier is shown and never saved', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		const dialog = await openAdd();
		await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Title')));
		fireEvent.input(within(dialog).getByLabelText('Title'), {target: {value: '三体'}});
		fireEvent.change(within(dialog).getByRole('combobox', {name: 'Kind'}), {target: {value: 'book'}});
		fireEvent.input(within(dialog).getByLabelText('Authors'), {target: {value: '刘慈欣'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Add an identifier'}));
		fireEvent.input(within(dialog).getByLabelText('ISBN'), {target: {value: '978-7-5366-9293-1'}});
		expect(await within(dialog).findByText(/Not a valid ISBN/)).toBeTruthy();
		fireEvent.click(within(dialog).getByRole('button', {name: 'Save'}));
		await within(dialog).findByText(/Some fields need correcting/);
		expect(api.calls.some(([method]) => method === 'saveItem')).toBe(false);

		fireEvent.input(within(dialog).getByLabelText('ISBN'), {target: {value: '978-7-5366-9293-0'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Save'}));
		await screen.findByText('Added “三体”.');
		expect(screen.queryByRole('dialog', {name: 'Add a work'})).toBeNull();
		const saved = api.items.find(item => item.title === '三体')!;
		expect(saved).toMatchObject({kind: 'book', authors: ['刘慈欣'], isbn: ['9787536692930'], status: 'want'});
		expect(saved.url).toBeUndefined();
		await screen.findByRole('row', {name: /三体/});
	});

	it('fills in from Open Library after the site permission is granted in the click; what was typed wins', async () => {
		const api = fakeApi();
		api.options.openLibrary = {'9780262510875': {
			title: 'SICP', authors: ['Harold Abelson'], publisher: 'MIT Press',
			isbn: ['9780262510875'], ids: ['olid:OL7353617M'], authorKeys: [],
		}};
		const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
		renderWithApi(<OptionsApp/>, api);
		const dialog = await openAdd();
		fireEvent.input(within(dialog).getByLabelText('Title'), {target: {value: 'Structure and Interpretation'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Add an identifier'}));
		fireEvent.input(within(dialog).getByLabelText('ISBN'), {target: {value: '9780262510875'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Fill in from Open Library'}));
		expect(request).toHaveBeenCalledWith({origins: ['https://openlibrary.org/*']});
		await within(dialog).findByText(/Filled in the empty fields from Open Library/);
		expect((within(dialog).getByLabelText('Authors') as HTMLInputElement).value).toBe('Harold Abelson');
		expect((within(dialog).getByLabelText('Title') as HTMLTextAreaElement).value).toBe('Structure and Interpretation');
		fireEvent.click(within(dialog).getByRole('button', {name: 'Save'}));
		await screen.findByText('Added “Structure and Interpretation”.');
		expect(api.items[0])
			.toMatchObject({kind: 'book', publisher: 'MIT Press', isbn: ['9780262510875'], ids: ['olid:OL7353617M']});
	});

	it('without the permission, or with no answer, says why and changes nothing', async () => {
		const api = fakeApi();
		renderWithApi(<OptionsApp/>, api);
		const dialog = await openAdd();
		fireEvent.click(within(dialog).getByRole('button', {name: 'Fill in from Open Library'}));
		expect(await within(dialog).findByText('Type an ISBN or a title first.')).toBeTruthy();
		fireEvent.input(within(dialog).getByLabelText('Title'), {target: {value: 'Nothing known'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Fill in from Open Library'}));
		expect(await within(dialog).findByText('The permission was not granted.')).toBeTruthy();
		expect(api.calls.some(([method]) => method === 'lookupOpenLibrary')).toBe(false);
		vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
		fireEvent.click(within(dialog).getByRole('button', {name: 'Fill in from Open Library'}));
		expect(await within(dialog).findByText(/Open Library has no such book/)).toBeTruthy();
		expect((within(dialog).getByLabelText('Authors') as HTMLInputElement).value).toBe('');
		expect(api.items).toHaveLength(0);
	});
});

test('a work already in the list (same ISBN) is offered to open, never written over', async () => {
	const api = fakeApi([{title: '三体', kind: 'book', isbn: ['9787536692930'], status: 'done', notes: 'mine'}]);
	renderWithApi(<OptionsApp/>, api);
	await screen.findByRole('row', {name: /三体/});
	const dialog = await openAdd();
	fireEvent.input(within(dialog).getByLabelText('Title'), {target: {value: 'The Three-Body Problem'}});
	fireEvent.click(within(dialog).getByRole('button', {name: 'Add an identifier'}));
	fireEvent.input(within(dialog).getByLabelText('ISBN'), {target: {value: '9787536692930'}});
	fireEvent.click(within(dialog).getByRole('button', {name: 'Save'}));
	await within(dialog).findByText(/“三体” is already in your list/);
	expect(api.calls.some(([method]) => method === 'saveItem')).toBe(false);
	expect(api.items).toMatchObject([{title: '三体', status: 'done', notes: 'mine'}]);
	fireEvent.click(within(dialog).getByRole('button', {name: 'Open it'}));
	const editor = await screen.findByRole('complementary', {name: 'Edit item'});
	expect(await within(editor).findByDisplayValue('三体')).toBeTruthy();
	expect(screen.queryByRole('dialog', {name: 'Add a work'})).toBeNull();
});

describe('the editor uses the same form', () => {
	it('progress moves status to reading; reaching the total offers done; every field is there', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		fireEvent.click(await screen.findByRole('row', {name: /Kubernetes in Action/}));
		const editor = await screen.findByRole('complementary', {name: 'Edit item'});
		await within(editor).findByLabelText('Title');
		for (const label of [
			'Subtitle', 'Publisher', 'Published', 'Language', 'Cover image address', 'Finished on', 'Pages', 'Amount',
		]) {
			expect(within(editor).getByLabelText(label)).toBeTruthy();
		}
		fireEvent.input(within(editor).getByLabelText('Out of'), {target: {value: '450'}});
		fireEvent.input(within(editor).getByLabelText('Done so far'), {target: {value: '120'}});
		expect((within(editor).getByRole('combobox', {name: 'Status'}) as HTMLSelectElement).value).toBe('reading');
		fireEvent.click(within(editor).getByRole('button', {name: 'Save changes'}));
		await within(editor).findByText('Saved.');
		const saved = api.items.find(item => item.title === 'Kubernetes in Action')!;
		expect(saved).toMatchObject({status: 'reading', progress: {done: 120, total: 450, unit: 'page'}});
		const updates = api.calls.filter(([method]) => method === 'updateItem');
		expect(Object.keys(updates.at(-1)![2] as object).sort()).toEqual(['progress', 'status']);

		fireEvent.input(within(editor).getByLabelText('Done so far'), {target: {value: '450'}});
		fireEvent.click(within(editor).getByRole('button', {name: 'Mark as done'}));
		expect((within(editor).getByRole('combobox', {name: 'Status'}) as HTMLSelectElement).value).toBe('done');
	});

	it('an article shows no ISBN or price until the kind has them; links pick the primary', async () => {
		const api = fakeApi([{url: 'https://blog.example/post', title: 'A post', kind: 'article', aliases: ['https://mirror.example/post']}]);
		renderWithApi(<OptionsApp/>, api);
		fireEvent.click(await screen.findByRole('row', {name: /A post/}));
		const editor = await screen.findByRole('complementary', {name: 'Edit item'});
		await within(editor).findByLabelText('Title');
		expect(within(editor).queryByLabelText('Amount')).toBeNull();
		fireEvent.click(within(editor).getByRole('button', {name: 'Add an identifier'}));
		const scheme = within(editor).getByRole('combobox', {name: 'Identifier type'}) as HTMLSelectElement;
		expect(scheme.value).toBe('doi');
		expect([...scheme.options].map(option => option.value)).not.toContain('isbn');
		fireEvent.click(within(editor).getByRole('radio', {name: 'Make https://mirror.example/post the primary link'}));
		fireEvent.click(within(editor).getByRole('button', {name: 'Save changes'}));
		await within(editor).findByText('Saved.');
		await waitFor(() => expect(api.items[0]).toMatchObject({url: 'https://mirror.example/post', aliases: ['https://blog.example/post']}));
		fireEvent.change(within(editor).getByRole('combobox', {name: 'Kind'}), {target: {value: 'book'}});
		expect(await within(editor).findByLabelText('Amount')).toBeTruthy();
	});
});
