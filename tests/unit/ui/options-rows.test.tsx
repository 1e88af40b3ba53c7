// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import type {SaveInput} from '../../../src/core/save.ts';
import {getSettings, setSettings} from '../../../src/shared/settings.ts';
import {fakeApi, renderWithApi} from './render.tsx';

afterEach(async () => {
	cleanup();
	vi.restoreAllMocks();
	await setSettings({remoteCovers: true});
});

const works: SaveInput[] = [
	{url: 'https://www.oreilly.com/library/view/ddia/9781491903063/', title: 'Designing Data-Intensive Applications', kind: 'book',
		authors: ['Martin Kleppmann'], publisher: "O'Reilly", publishedAt: '2017-03', image: 'https://covers.example/ddia.jpg', topics: ['databases']},
	{url: 'https://time.geekbang.org/column/intro/100015201', title: '趣谈网络协议', kind: 'course', authors: ['刘超'], provider: '极客时间',
		progress: {done: 12, total: 45, unit: 'lesson'}, status: 'reading', topics: ['network']},
	{title: 'The Mythical Man-Month', kind: 'book', authors: ['Frederick P. Brooks'], isbn: ['9780201835953']},
	{url: 'https://example.com/k8s-course', title: 'Kubernetes Fundamentals', kind: 'course', duration: {lessons: 10},
		progress: {done: 9, total: 10, unit: 'lesson'}},
];

const rowOf = (title: string) => screen.findByRole('row', {name: new RegExp(title)});

describe('list rows show works', () => {
	it('shows a lazy, referrer-less cover in a fixed box, and the kind icon without one or when it fails to load', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(works));
		const ddia = await rowOf('Designing Data-Intensive');
		const image = await waitFor(() => ddia.querySelector('.cover img')!);
		expect(image.getAttribute('src')).toBe('https://covers.example/ddia.jpg');
		expect(image.getAttribute('loading')).toBe('lazy');
		expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
		expect(image.getAttribute('alt')).toBe('');
		fireEvent.error(image);
		await waitFor(() => expect(ddia.querySelector('.cover img')).toBeNull());
		expect(ddia.querySelector('.cover svg.kind-icon')).not.toBeNull();
		expect(ddia.querySelector('.cover')!.getAttribute('data-kind')).toBe('book');
		const course = (await rowOf('趣谈网络协议')).querySelector('.cover')!;
		expect(course.getAttribute('data-kind')).toBe('course');
		expect(course.querySelector('path')!.getAttribute('d'))
			.not.toBe(ddia.querySelector('.cover path')!.getAttribute('d'));
	});

	it('shows the kind icon instead of remote covers when the setting is off', async () => {
		await setSettings({remoteCovers: false});
		const get = browser.storage.sync.get.bind(browser.storage.sync);
		vi.spyOn(browser.storage.sync, 'get').mockImplementation(async keys => { // Settings slower than the list
			await new Promise(resolve => setTimeout(resolve, 100));
			return get(keys);
		});
		let images = 0; // Not even for a moment while the page starts: no request may leave
		const observer = new MutationObserver(() => { images += document.querySelectorAll('img').length; });
		observer.observe(document.body, {childList: true, subtree: true});
		renderWithApi(<OptionsApp/>, fakeApi(works));
		const ddia = await rowOf('Designing Data-Intensive');
		await new Promise(resolve => setTimeout(resolve, 150));
		observer.disconnect();
		expect(images).toBe(0);
		expect(ddia.querySelector('.cover svg.kind-icon')).not.toBeNull();
	});

	it('turns remote covers off from Settings', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(works));
		fireEvent.click(await screen.findByRole('button', {name: 'Settings'}));
		const box = await screen.findByRole('checkbox', {name: 'Show cover images from the web in the list'});
		expect((box as HTMLInputElement).checked).toBe(true);
		fireEvent.click(box);
		await waitFor(async () => expect((await getSettings()).remoteCovers).toBe(false));
	});

	it('shows authors, kind, publisher and year or provider, progress and topics', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(works));
		const ddia = await rowOf('Designing Data-Intensive');
		expect(ddia.querySelector('.details')!.textContent).toBe("Martin Kleppmann · Book · O'Reilly 2017");
		expect(within(ddia).getByText('databases')).toBeTruthy();
		expect(within(ddia).queryByRole('progressbar')).toBeNull();
		const course = await rowOf('趣谈网络协议');
		expect(course.querySelector('.details')!.textContent).toBe('刘超 · Course · 极客时间');
		const bar = within(course).getByRole('progressbar');
		expect(bar.getAttribute('aria-valuetext')).toBe('12 of 45 lessons');
		expect(bar.getAttribute('aria-valuenow')).toBe('27');
		expect(within(course).getByText('12 of 45 lessons')).toBeTruthy();
	});

	it('bumps progress from the row: one lesson per click, each counted from the last', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		const course = await rowOf('趣谈网络协议');
		const bump = within(course).getByRole('button', {name: 'Add 1 lesson to the progress of 趣谈网络协议'});
		expect(bump.textContent).toBe('+1');
		fireEvent.click(bump);
		fireEvent.click(bump); // Before the list has refetched: still counts from 13
		await waitFor(() => expect(api.items.find(item => item.title === '趣谈网络协议')!.progress)
			.toEqual({done: 14, total: 45, unit: 'lesson'}));
		await screen.findByText('Progress of “趣谈网络协议”: 14 of 45 lessons.');
		await waitFor(() => {
			const progress = within(screen.getByRole('row', {name: /趣谈网络协议/})).getByRole('progressbar');
			expect(progress.getAttribute('aria-valuetext')).toBe('14 of 45 lessons');
		});
		const updates = api.calls.filter(([method]) => method === 'updateItem');
		expect(updates.map(call => call[2])).toEqual([
			{progress: {done: 13, total: 45, unit: 'lesson'}}, {progress: {done: 14, total: 45, unit: 'lesson'}},
		]);
	});

	it('the first progress sets "reading"; reaching the total offers "Mark as done"', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		const row = await rowOf('Kubernetes Fundamentals');
		expect(within(row).getByText('Want')).toBeTruthy();
		fireEvent.click(within(row).getByRole('button', {name: 'Add 1 lesson to the progress of Kubernetes Fundamentals'}));
		const toast = await screen.findByText(/You reached the end of “Kubernetes Fundamentals”/);
		const item = () => api.items.find(work => work.title === 'Kubernetes Fundamentals')!;
		expect(item()).toMatchObject({progress: {done: 10, total: 10, unit: 'lesson'}, status: 'reading'});
		fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', {name: 'Mark as done'}));
		await waitFor(() => expect(item().status).toBe('done'));
		await waitFor(() => {
			const row = within(screen.getByRole('row', {name: /Kubernetes Fundamentals/}));
			expect(row.queryByRole('button', {name: /Add 1 lesson/})).toBeNull();
		});
	});

	it('sets a progress value from the row menu, without the editor', async () => {
		const api = fakeApi(works);
		renderWithApi(<OptionsApp/>, api);
		const row = await rowOf('The Mythical Man-Month');
		fireEvent.click(within(row).getByRole('button', {name: 'Actions for The Mythical Man-Month'}));
		fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', {name: 'Update progress…'}));
		const dialog = await screen.findByRole('dialog', {name: 'Progress of “The Mythical Man-Month”'});
		expect((within(dialog).getByRole('combobox', {name: 'Counted in'}) as HTMLSelectElement).value).toBe('page');
		expect(document.activeElement).toBe(within(dialog).getByRole('spinbutton', {name: 'Done so far'}));
		fireEvent.input(within(dialog).getByRole('spinbutton', {name: 'Done so far'}), {target: {value: '120'}});
		fireEvent.input(within(dialog).getByRole('spinbutton', {name: 'Out of (optional)'}), {target: {value: '350'}});
		fireEvent.click(within(dialog).getByRole('button', {name: 'Save progress'}));
		await screen.findByText('Progress of “The Mythical Man-Month”: 120 of 350 pages.');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(api.items.find(item => item.title === 'The Mythical Man-Month')).toMatchObject({
			progress: {done: 120, total: 350, unit: 'page'}, status: 'reading',
		});
		expect(screen.queryByRole('complementary', {name: 'Edit item'})).toBeNull();
	});

	it('keeps row actions in a menu: edit, open link, Find it for works without one, keyboard and Escape', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(works));
		const ddia = await rowOf('Designing Data-Intensive');
		const button = within(ddia).getByRole('button', {name: 'Actions for Designing Data-Intensive Applications'});
		expect(button.getAttribute('aria-expanded')).toBe('false');
		fireEvent.click(button);
		const menu = screen.getByRole('menu', {name: 'Actions for Designing Data-Intensive Applications'});
		expect(button.getAttribute('aria-expanded')).toBe('true');
		const items = within(menu).getAllByRole('menuitem');
		expect(items.map(item => item.textContent))
			.toEqual(['Edit', 'Open link', 'Update progress…', 'Merge with…', 'Move to Trash']);
		expect(items[1]!.getAttribute('href')).toBe('https://www.oreilly.com/library/view/ddia/9781491903063/');
		expect(items[1]!.getAttribute('rel')).toContain('noopener');
		await waitFor(() => expect(document.activeElement).toBe(items[0]));
		fireEvent.keyDown(items[0]!, {key: 'ArrowDown'});
		expect(document.activeElement).toBe(items[1]);
		fireEvent.keyDown(items[1]!, {key: 'ArrowUp'});
		fireEvent.keyDown(items[0]!, {key: 'ArrowUp'});
		expect(document.activeElement).toBe(items[4]);
		fireEvent.keyDown(items[4]!, {key: 'Escape'});
		expect(screen.queryByRole('menu')).toBeNull();
		expect(document.activeElement).toBe(button);

		const book = await rowOf('The Mythical Man-Month');
		fireEvent.click(within(book).getByRole('button', {name: 'Actions for The Mythical Man-Month'}));
		const find = within(screen.getByRole('menu')).getByRole('group', {name: 'Find it'});
		const links = within(find).getAllByRole('menuitem');
		expect(links[0]!.getAttribute('aria-label')).toBe('Find on Open Library');
		expect(links[0]!.getAttribute('href')).toBe('https://openlibrary.org/isbn/9780201835953');
		expect(within(screen.getByRole('menu')).queryByRole('menuitem', {name: 'Open link'})).toBeNull();
		fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', {name: 'Edit'}));
		expect(screen.queryByRole('menu')).toBeNull();
		expect(await screen.findByRole('complementary', {name: 'Edit item'})).toBeTruthy();
	});

	it('closes the menu on a click elsewhere', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(works));
		const ddia = await rowOf('Designing Data-Intensive');
		fireEvent.click(within(ddia).getByRole('button', {name: /Actions for/}));
		expect(screen.getByRole('menu')).toBeTruthy();
		fireEvent.pointerDown(document.body);
		expect(screen.queryByRole('menu')).toBeNull();
	});
});
