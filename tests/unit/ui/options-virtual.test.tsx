// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor} from '@testing-library/preact';
import {options, type VNode} from 'preact';
import browser from 'webextension-polyfill';
import {afterEach, describe, expect, it} from 'vitest';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {FIRST_PAGE, PAGE_SIZE} from '../../../src/options/list-page.ts';
import {ROW_HEIGHT} from '../../../src/options/ItemRow.tsx';
import {fakeApi, renderWithApi} from './render.tsx';

afterEach(cleanup);

describe('virtualised list', () => {
	it('renders only the rows in view of 1,000 items and pages in more on scroll', async () => {
		const seed = Array.from({length: 1000}, (_, n) => ({url: `https://example.com/${n}`, title: `Item ${String(n).padStart(4, '0')}`}));
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		const grid = await screen.findByRole('grid', {name: 'Reading list'});
		await screen.findByRole('row', {name: /Item 0999/});
		expect(grid.getAttribute('aria-rowcount')).toBe('1001');
		expect(screen.getAllByRole('row').length).toBeLessThan(40);
		const queries = () => api.calls
			.filter(([method, query]) => method === 'queryItems' && (query as {limit?: number}).limit === PAGE_SIZE);
		const before = queries().length;
		const viewport = grid.querySelector('.viewport')!;
		viewport.scrollTop = 800 * ROW_HEIGHT;
		fireEvent.scroll(viewport);
		await screen.findByRole('row', {name: /Item 0199/});
		expect(queries().length).toBeGreaterThan(before);
		expect(queries().every(([, query]) => (query as {limit: number}).limit <= PAGE_SIZE)).toBe(true);
		expect(screen.queryByRole('row', {name: /Item 0999/})).toBeNull();
	});

	it('fetches the next page before its rows come into view', async () => {
		const seed = Array.from({length: 1000}, (_, n) => ({url: `https://example.com/${n}`, title: `Item ${String(n).padStart(4, '0')}`}));
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		const grid = await screen.findByRole('grid', {name: 'Reading list'});
		await screen.findByRole('row', {name: /Item 0999/});
		const offsets = () => api.calls
			.filter(([method, query]) => method === 'queryItems' && (query as {limit?: number}).limit === PAGE_SIZE)
			.map(([, query]) => (query as {offset: number}).offset);
		const viewport = grid.querySelector('.viewport')!;
		// The rows in view and drawn around them all lie in the first page; the second is already asked for
		viewport.scrollTop = 60 * ROW_HEIGHT;
		fireEvent.scroll(viewport);
		await waitFor(() => expect(offsets()).toContain(PAGE_SIZE));
		const indexes = [...grid.querySelectorAll<HTMLElement>('[data-index]')].map(row => Number(row.dataset.index));
		expect(Math.max(...indexes)).toBeLessThan(PAGE_SIZE);
	});

	it('renders on a scroll only the rows it brings into view', async () => {
		const seed = Array.from({length: 300}, (_, n) => ({url: `https://example.com/${n}`, title: `Item ${String(n).padStart(4, '0')}`}));
		renderWithApi(<OptionsApp/>, fakeApi(seed));
		const grid = await screen.findByRole('grid', {name: 'Reading list'});
		await screen.findByRole('row', {name: /Item 0299/});
		const drawn = grid.querySelectorAll('[data-index]').length;
		let rendered = 0;
		const previous = options.diffed;
		options.diffed = (vnode: VNode) => {
			if (typeof vnode.type === 'function' && vnode.type.name === 'ItemRow') rendered++;
			previous?.(vnode);
		};
		try {
			const viewport = grid.querySelector('.viewport')!;
			viewport.scrollTop = 10 * ROW_HEIGHT;
			fireEvent.scroll(viewport);
			await waitFor(() => expect(grid.querySelector('[data-index="1"]')).toBeNull());
		} finally {
			options.diffed = previous;
		}
		// Ten rows scrolled: ten new rows rendered; the fifteen still in view are left as they were
		expect(drawn).toBe(17);
		expect(rendered).toBeLessThanOrEqual(10);
	});

	it('asks for the first page once at start, though the list was written before the page opened', async () => {
		await browser.storage.local.set({revision: 'written-before'});
		const api = fakeApi(Array.from({length: 50}, (_, n) => ({url: `https://example.com/${n}`, title: `Item ${n}`})));
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /Item 49/});
		await new Promise(resolve => setTimeout(resolve, 100)); // A second fetch, if any, would have been sent by now
		const fetched = api.calls
			.filter(([method, query]) => method === 'queryItems' && (query as {limit?: number}).limit === PAGE_SIZE);
		expect(fetched).toHaveLength(1);
		// Exactly the request the page's first module sends early (main.tsx), to the order of its keys: it takes
		// that answer
		expect(JSON.stringify(fetched[0]![1])).toBe(JSON.stringify(FIRST_PAGE));
	});

	it('asks again when the list changes after the page opened', async () => {
		const api = fakeApi([{url: 'https://example.com/a', title: 'First'}]);
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /First/});
		await browser.storage.local.set({revision: 'written-elsewhere'});
		await waitFor(() => expect(api.calls.filter(([method, query]) => method === 'queryItems'
			&& (query as {limit?: number}).limit === PAGE_SIZE)).toHaveLength(2));
	});
});
