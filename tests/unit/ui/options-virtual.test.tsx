// @vitest-environment jsdom
import {cleanup, fireEvent, screen} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {PAGE_SIZE} from '../../../src/options/use-item-pages.ts';
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
		const queries = () => api.calls.filter(([method, query]) => method === 'queryItems' && (query as {limit?: number}).limit === PAGE_SIZE);
		const before = queries().length;
		const viewport = grid.querySelector('.viewport')!;
		viewport.scrollTop = 800 * ROW_HEIGHT;
		fireEvent.scroll(viewport);
		await screen.findByRole('row', {name: /Item 0199/});
		expect(queries().length).toBeGreaterThan(before);
		expect(queries().every(([, query]) => (query as {limit: number}).limit <= PAGE_SIZE)).toBe(true);
		expect(screen.queryByRole('row', {name: /Item 0999/})).toBeNull();
	});
});
