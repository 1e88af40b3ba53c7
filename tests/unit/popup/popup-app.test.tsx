// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import browser from 'webextension-polyfill';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {PopupApp} from '../../../src/popup/PopupApp.tsx';
import {ApiContext} from '../../../src/ui/api-context.ts';
import {AppError} from '../../../src/core/errors.ts';
import {createFakeApi} from '../../fakes/api.ts';
import {SYNC_OFF} from '../../fakes/sync.ts';

const tab = {id: 7, url: 'https://example.com/books/cng?utm_source=x', title: 'Cloud Native Go | Example'};
const defaults = async () => ({defaultStatus: 'want' as const, defaultKind: null});

function renderPopup(api = createFakeApi(), loadTab = async () => tab as typeof tab | undefined) {
	const openList = vi.fn();
	const openSync = vi.fn();
	render(<ApiContext.Provider value={api}>
		<PopupApp loadTab={loadTab} loadDefaults={defaults} openList={openList} openSync={openSync}/>
	</ApiContext.Provider>);
	return {api, openList, openSync};
}

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe('PopupApp', () => {
	test('a page that cannot be read still saves by address and title, with topics picked by keyboard', async () => {
		const {api} = renderPopup();
		await screen.findByText(/does not let extensions read this page/);
		expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe(tab.title);
		const topics = screen.getByLabelText('Topics');
		fireEvent.input(topics, {target: {value: 'Cloud Native'}});
		fireEvent.keyDown(topics, {key: 'Enter'});
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText('Saved.');
		expect(api.items).toMatchObject([{url: 'https://example.com/books/cng', title: tab.title, topics: ['cloud native'], status: 'want'}]);
	});

	test('a page already in the list opens its item and the button updates it', async () => {
		const api = createFakeApi([{url: 'https://example.com/books/cng', title: 'Saved title', status: 'reading'}]);
		renderPopup(api);
		await screen.findByText(/Already in your list/);
		expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe('Saved title');
		fireEvent.change(screen.getByLabelText('Status'), {target: {value: 'done'}});
		fireEvent.click(screen.getByRole('button', {name: 'Update'}));
		await screen.findByText('Updated.');
		expect(api.items).toHaveLength(1);
		expect(api.items[0]).toMatchObject({status: 'done', title: 'Saved title'});
	});

	test('Ctrl+Enter saves from any field; a failed save says why and keeps the draft', async () => {
		const api = createFakeApi([], {fail: {saveItem: new AppError('QUOTA_EXCEEDED', 'full')}});
		renderPopup(api);
		const notes = await screen.findByLabelText('Note');
		fireEvent.input(notes, {target: {value: 'read chapter 3'}});
		fireEvent.keyDown(notes, {key: 'Enter', ctrlKey: true});
		await waitFor(() => expect(api.calls.some(([method]) => method === 'saveItem')).toBe(true));
		expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('read chapter 3');
		await screen.findByText(/storage for Shelfmark is full/);
	});

	test('recent items and the list link', async () => {
		const api = createFakeApi([{url: 'https://example.com/a', title: 'An older book', kind: 'book'}]);
		const {openList} = renderPopup(api);
		await screen.findByText('An older book');
		fireEvent.click(screen.getByRole('button', {name: 'Open list'}));
		expect(openList).toHaveBeenCalled();
	});

	test('on a tab that is no web page, the same form saves a work by hand, with no address', async () => {
		const api = createFakeApi();
		api.options.openLibrary = {'三体': {
			title: '三体', authors: ['刘慈欣'], publisher: '重庆出版社', isbn: [], ids: ['olid:OL17267881W'], authorKeys: [],
		}};
		vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
		renderPopup(api, async () => ({id: 9, url: 'chrome://newtab/', title: 'New Tab'}));
		await screen.findByText('This page cannot be saved. You can add a work by hand.');
		expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe('');
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText('A work needs a title, a link or an identifier.');
		fireEvent.input(screen.getByLabelText('Title'), {target: {value: '三体'}});
		fireEvent.click(screen.getByRole('button', {name: 'Fill in from Open Library'}));
		await screen.findByText(/Filled in the empty fields/);
		expect((screen.getByLabelText('Authors') as HTMLInputElement).value).toBe('刘慈欣');
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText('Saved.');
		expect(api.items).toHaveLength(1);
		expect(api.items[0]).toMatchObject({
			title: '三体', kind: 'book', authors: ['刘慈欣'], publisher: '重庆出版社', ids: ['olid:OL17267881W'],
		});
		expect(api.items[0]!.url).toBeUndefined();
	});

	test('a work by hand with the ISBN of a saved one opens that one to update, never writing over it', async () => {
		const api = createFakeApi([
			{title: '三体', kind: 'book', isbn: ['9787536692930'], status: 'done', notes: 'mine'},
		]);
		renderPopup(api, async () => ({id: 9, url: 'about:blank', title: ''}));
		await screen.findByText('This page cannot be saved. You can add a work by hand.');
		fireEvent.input(screen.getByLabelText('Title'), {target: {value: 'Three-Body'}});
		fireEvent.input(screen.getByLabelText('Authors'), {target: {value: '刘慈欣'}});
		fireEvent.click(screen.getByRole('button', {name: 'Add an identifier'}));
		fireEvent.input(screen.getByLabelText('ISBN'), {target: {value: '9787536692930'}});
		fireEvent.click(screen.getByRole('button', {name: 'Save'}));
		await screen.findByText(/Already in your list/);
		expect(api.calls.some(([method]) => method === 'saveItem')).toBe(false);
		expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe('三体');
		expect((screen.getByLabelText('Authors') as HTMLInputElement).value).toBe('刘慈欣');
		fireEvent.click(screen.getByRole('button', {name: 'Update'}));
		await screen.findByText('Updated.');
		expect(api.items).toHaveLength(1);
		expect(api.items[0]).toMatchObject({title: '三体', status: 'done', notes: 'mine', authors: ['刘慈欣']});
	});

	test('the sync line: nothing while sync is off, when it last synced, or what stopped it with a way to the Sync view', async () => {
		const webdav = {...SYNC_OFF, kind: 'webdav' as const, url: 'https://dav.example/shelf/'};
		renderPopup();
		await screen.findByRole('button', {name: 'Save'});
		expect(document.querySelector('.sync-line')).toBeNull();
		cleanup();
		renderPopup(createFakeApi([], {syncStatus: {...webdav, lastSyncAt: Date.now() - 5 * 60_000}}));
		expect((await screen.findByText(/^Synced/)).textContent).toBe('Synced 5 minutes ago');
		cleanup();
		const failing = {...webdav, lastError: {code: 'SYNC_AUTH' as const, message: '401', at: 1}, failures: 0};
		const {openSync} = renderPopup(createFakeApi([], {syncStatus: failing}));
		expect((await screen.findByRole('alert')).textContent).toMatch(/^Sync stopped: .*password/);
		fireEvent.click(screen.getByRole('button', {name: 'Open Sync'}));
		expect(openSync).toHaveBeenCalled();
	});

	test('no tab to save says so', async () => {
		renderPopup(createFakeApi(), async () => undefined);
		await screen.findByText(/no page to save/);
	});
});
