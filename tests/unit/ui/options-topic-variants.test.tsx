// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import type {SaveInput} from '../../../src/core/save.ts';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {fakeApi, renderWithApi} from './render.tsx';

afterEach(cleanup);

const work = (n: number, topics: string[]): SaveInput => ({url: `https://example.com/${n}`, title: `Work ${n}`, topics});
const seed = [
	work(1, ['cloud-native', 'kubernetes']), work(2, ['cloud-native']), work(3, ['cloud-native']),
	work(4, ['cloud native']), work(5, ['Cloud Natives', 'cloud-native']), work(6, ['databases']),
	work(7, ['database']),
];

async function openTopics() {
	fireEvent.click(await screen.findByRole('button', {name: /^Topics/}));
	return screen.findByRole('region', {name: 'Possibly the same topic'});
}

describe('topic manager: spellings of one topic', () => {
	it('flags each group with its counts and merges it into the most used spelling with one click', async () => {
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		const flagged = await openTopics();
		const items = within(flagged).getAllByRole('listitem');
		expect(items.map(item => item.querySelector('span')!.textContent)).toEqual([
			'cloud-native (4), cloud native (1), and cloud natives (1) look like the same topic.',
			'database (1) and databases (1) look like the same topic.',
		]);
		fireEvent.click(within(items[0]!).getByRole('button', {name: 'Merge into cloud-native'}));
		await screen.findByText('Merged the spellings into “cloud-native” on 2 items.');
		expect(document.activeElement).toBe(screen.getByRole('heading', {name: 'Topics'}));
		expect(api.items.map(item => item.topics)).toEqual([
			['cloud-native', 'kubernetes'], ['cloud-native'], ['cloud-native'], ['cloud-native'], ['cloud-native'],
			['databases'], ['database'],
		]);
		const table = screen.getByRole('table');
		await waitFor(() => expect(within(table).queryByRole('button', {name: 'Show items with topic cloud native'})).toBeNull());
		const row = within(table).getByRole('row', {name: /cloud-native/});
		expect(within(row).getByRole('cell', {name: '5'})).toBeTruthy();
		expect(within(screen.getByRole('region', {name: 'Possibly the same topic'})).getAllByRole('listitem'))
			.toHaveLength(1);
	});

	it('merges into the other spelling when the user picks it', async () => {
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		const flagged = await openTopics();
		const group = within(flagged).getAllByRole('listitem')[0]!;
		fireEvent.change(within(group).getByRole('combobox', {name: 'Spelling to keep'}),
			{target: {value: 'cloud native'}});
		fireEvent.click(within(group).getByRole('button', {name: 'Merge into cloud native'}));
		await screen.findByText('Merged the spellings into “cloud native” on 4 items.');
		expect(api.items.filter(item => item.topics.includes('cloud native'))).toHaveLength(5);
		expect(api.items.some(item => item.topics.includes('cloud-native') || item.topics.includes('cloud natives')))
			.toBe(false);
	});

	it('undoes a merge from its toast', async () => {
		const api = fakeApi(seed);
		renderWithApi(<OptionsApp/>, api);
		const before = api.items.map(item => item.topics);
		fireEvent.click(within(await openTopics()).getByRole('button', {name: 'Merge into database'}));
		const toast = (await screen.findByText('Merged the spellings into “database” on 1 item.')).closest('.toast') as HTMLElement;
		expect(api.items.filter(item => item.topics.includes('databases'))).toHaveLength(0);
		fireEvent.click(within(toast).getByRole('button', {name: 'Undo'}));
		await screen.findByText('Put the earlier spellings back on 1 item.');
		expect(api.items.map(item => item.topics)).toEqual(before);
		await screen.findByRole('button', {name: 'Merge into database'});
	});

	it('shows nothing when no two topics look alike', async () => {
		renderWithApi(<OptionsApp/>, fakeApi([
			work(1, ['aws', 'css', 'kubernetes']), work(2, ['aw', 'cs', 'news', 'new']),
		]));
		fireEvent.click(await screen.findByRole('button', {name: /^Topics/}));
		await screen.findByRole('table');
		expect(screen.queryByRole('region', {name: 'Possibly the same topic'})).toBeNull();
	});
});
