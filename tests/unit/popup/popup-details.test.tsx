// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen, within} from '@testing-library/preact';
import {afterEach, describe, expect, test} from 'vitest';
import type {PageMetadata} from '../../../src/core/types.ts';
import {PopupApp} from '../../../src/popup/PopupApp.tsx';
import {ApiContext} from '../../../src/ui/api-context.ts';
import {createFakeApi, type FakeApi} from '../../fakes/api.ts';

const defaults = async () => ({defaultStatus: 'want' as const, defaultKind: null});
const book: PageMetadata = {
	url: 'https://books.example/kubernetes-patterns', title: 'Kubernetes Patterns', kind: 'book', authors: ['Bilgin Ibryam', 'Roland Huß'],
	isbn: ['9781492050285'], publisher: "O'Reilly", duration: {pages: 266}, price: {amount: 49.99, currency: 'USD'},
	contributors: [{name: 'Jane Doe', role: 'editor'}], image: 'https://books.example/cover.jpg',
};

/** A fake api whose inspectTab reads `metadata` and finds the saved item by URL, then by ISBN, like the background. */
function withPage(api: FakeApi, metadata: PageMetadata): FakeApi {
	api.inspectTab = async (tabId, fallback) => {
		const byUrl = api.items.find(item => [item.url, ...item.aliases].includes(metadata.url)
			|| item.url === fallback.url);
		const byIsbn = api.items.find(item => item.isbn.some(code => metadata.isbn?.includes(code)));
		return {tabId, metadata, existing: byUrl ?? byIsbn ?? null};
	};
	return api;
}

function renderPopup(api: FakeApi, url: string) {
	render(<ApiContext.Provider value={api}>
		<PopupApp loadTab={async () => ({id: 3, url, title: 'tab'})} loadDefaults={defaults}
			openList={() => {}} openSync={() => {}}/>
	</ApiContext.Provider>);
}

afterEach(cleanup);

describe('popup details', () => {
	test('shows every field behind a disclosure, lets them be edited, and saves them', async () => {
		const api = withPage(createFakeApi(), book);
		renderPopup(api, book.url);
		const summary = await screen.findByText('Details');
		expect(summary.closest('summary')?.textContent).toContain('9781492050285');
		expect((screen.getByLabelText('ISBN') as HTMLInputElement).value).toBe('9781492050285');
		expect((screen.getByLabelText('Publisher') as HTMLInputElement).value).toBe("O'Reilly");
		expect((screen.getByLabelText('Pages') as HTMLInputElement).value).toBe('266');
		expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('49.99');
		expect((await screen.findAllByRole('img', {name: 'Cover of Kubernetes Patterns'})).length).toBeGreaterThan(0);

		fireEvent.click(screen.getByRole('button', {name: 'Add a contributor'}));
		const names = screen.getAllByLabelText('Name') as HTMLInputElement[];
		fireEvent.input(names[1]!, {target: {value: '译者甲'}});
		fireEvent.change(screen.getByLabelText('Role of 译者甲'), {target: {value: 'translator'}});
		fireEvent.click(screen.getByRole('button', {name: 'Add an identifier'}));
		const values = screen.getAllByLabelText('ISBN') as HTMLInputElement[];
		fireEvent.input(values[1]!, {target: {value: 'not-an-isbn'}});
		await screen.findByText(/Not a valid ISBN/);
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText(/Some fields need correcting/);
		expect(api.items).toHaveLength(0);
		fireEvent.change(screen.getAllByLabelText('Identifier type')[1]!, {target: {value: 'asin'}});
		fireEvent.input(screen.getByLabelText('ASIN'), {target: {value: 'b0abcdefgh'}});
		fireEvent.click(screen.getByRole('button', {name: 'Remove Jane Doe'}));
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText('Saved.');
		expect(api.items[0]).toMatchObject({
			title: 'Kubernetes Patterns', isbn: ['9781492050285'], ids: ['asin:B0ABCDEFGH'], publisher: "O'Reilly",
			duration: {pages: 266}, price: {amount: 49.99, currency: 'USD'},
			contributors: [{name: '译者甲', role: 'translator'}], image: book.image,
		});
	});

	test('progress: the first page read sets "reading"; reaching the total offers "done"', async () => {
		const api = withPage(createFakeApi(), book);
		renderPopup(api, book.url);
		const done = await screen.findByLabelText('Done so far');
		expect((screen.getByLabelText('Out of') as HTMLInputElement).value).toBe('266');
		fireEvent.input(done, {target: {value: '12'}});
		expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('reading');
		expect(screen.queryByRole('button', {name: 'Mark as done'})).toBeNull();
		fireEvent.input(done, {target: {value: '266'}});
		expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('reading');
		fireEvent.click(screen.getByRole('button', {name: 'Mark as done'}));
		expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('done');
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText('Saved.');
		expect(api.items[0]).toMatchObject({status: 'done', progress: {done: 266, total: 266, unit: 'page'}});
	});

	test('another page of a saved book offers to add it as another link, and doing so adds the alias', async () => {
		const api = withPage(createFakeApi([{url: 'https://douban.example/subject/1', title: '库伯内特斯模式', kind: 'book', isbn: ['9781492050285']}]),
			{...book, url: 'https://store.example/item/9'});
		renderPopup(api, 'https://store.example/item/9?from=feed');
		const offer = (await screen.findByText(/Another page of “库伯内特斯模式”/)).closest('.same-work') as HTMLElement;
		// A shared ISBN is the same work: a separate item would only merge back into it, so none is offered
		expect(within(offer).getAllByRole('button').map(button => button.textContent)).toEqual(['Add as another link of “库伯内特斯模式”']);
		fireEvent.click(within(offer).getByRole('button', {name: 'Add as another link of “库伯内特斯模式”'}));
		await screen.findByText('Added as another link of “库伯内特斯模式”.');
		expect(api.items).toHaveLength(1);
		expect(api.items[0]).toMatchObject({title: '库伯内特斯模式', publisher: "O'Reilly", aliases: ['https://store.example/item/9', 'https://store.example/item/9?from=feed']});
	});
});
