// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {afterEach, describe, expect, test} from 'vitest';
import browser from 'webextension-polyfill';
import {HarvestPanel} from '../../../src/popup/HarvestPanel.tsx';
import {PopupApp} from '../../../src/popup/PopupApp.tsx';
import {ApiContext} from '../../../src/ui/api-context.ts';
import {AppError} from '../../../src/core/errors.ts';
import type {HarvestWork} from '../../../src/shared/harvest-protocol.ts';
import {createFakeApi, type FakeApi} from '../../fakes/api.ts';

const tab = {id: 3, url: 'https://blog.example/k8s-books', title: 'Kubernetes books'};
const works: HarvestWork[] = [
	{title: 'Cloud Native Go', url: 'https://www.oreilly.com/library/view/cloud-native-go/9781491968635/', kind: 'book', authors: ['Kevin Hoffman'], publisher: "O'Reilly", context: 'Read Cloud Native Go first.'},
	{title: 'Kubernetes Handbook', url: 'https://github.com/rootsongjc/kubernetes-handbook', kind: 'repository', authors: ['Jimmy Song']},
	{title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊'], provider: '极客时间'},
];

async function renderPanel(api = createFakeApi([], {harvest: works, keywords: ['kubernetes', 'cloud native']})) {
	const view = await api.harvestTab(tab.id, tab);
	render(<HarvestPanel api={api} view={view} knownTopics={[]}/>);
	return api;
}

afterEach(cleanup);

describe('HarvestPanel', () => {
	test('lists the works with their people, saves the selected ones with edits, topics and provenance', async () => {
		const api = await renderPanel();
		expect(screen.getByRole('heading', {name: 'This page recommends 3 works'})).toBeTruthy();
		expect(screen.getByText(/Kevin Hoffman · O'Reilly/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Select none'}));
		expect((screen.getByRole('button', {name: 'Save selected (0)'}) as HTMLButtonElement).disabled).toBe(true);
		fireEvent.click(screen.getByLabelText('Select Kubernetes Handbook'));
		fireEvent.click(screen.getByLabelText('Select 深入剖析Kubernetes'));
		fireEvent.input(screen.getByLabelText('Title of work 2'), {target: {value: 'The Kubernetes Handbook'}});
		fireEvent.change(screen.getByLabelText('Kind of work 2'), {target: {value: 'book'}});
		fireEvent.click(screen.getByRole('button', {name: 'Add topic kubernetes'}));
		fireEvent.click(screen.getByRole('button', {name: 'Add topic cloud-native'}));
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (2)'}));
		await screen.findByText('Saved: 2 new, 0 merged.');
		expect(api.items.map(item => [item.title, item.kind, item.topics])).toEqual(expect.arrayContaining([
			['The Kubernetes Handbook', 'book', ['cloud-native', 'kubernetes']],
			['深入剖析Kubernetes', 'course', ['cloud-native', 'kubernetes']],
		]));
		expect(api.items).toHaveLength(2);
		expect(api.items.every(item => item.recommendedBy[0]?.url === tab.url)).toBe(true);
		// Saved works say so and are unticked; the one left out says that
		await waitFor(() => expect(screen.getAllByText('Saved')).toHaveLength(2));
		expect(screen.getByText('Left out last time')).toBeTruthy();
		expect(screen.getByRole('button', {name: 'Save selected (0)'})).toHaveProperty('disabled', true);
	});

	test('the byline names each contributor\'s role in the UI\'s words, not the data\'s code', async () => {
		const translated: HarvestWork = {title: '云原生模式', kind: 'book', authors: ['Cornelia Davis'],
			contributors: [{name: '张若飞', role: 'translator'}, {name: 'Ann Lee', role: 'other'}]};
		await renderPanel(createFakeApi([], {harvest: [translated]}));
		expect(screen.getByText('Cornelia Davis, 张若飞 (translator), Ann Lee (contributor)')).toBeTruthy();
	});

	test('a work already in the list is marked and merged, not duplicated', async () => {
		const api = createFakeApi([{url: works[1]!.url!, title: 'My handbook', topics: ['k8s']}], {harvest: works});
		await renderPanel(api);
		expect(screen.getByText('My handbook')).toBeTruthy();
		expect(screen.getByText('In your list: will be merged')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 2 new, 1 merged.');
		expect(api.items).toHaveLength(3);
		expect(api.items.find(item => item.title === 'My handbook'))
			.toMatchObject({topics: ['k8s'], recommendedBy: [{url: tab.url}]});
	});

	test('a failed save says why and keeps the selection', async () => {
		const api = createFakeApi([], {harvest: works, fail: {saveHarvest: new AppError('QUOTA_EXCEEDED', 'full')}});
		await renderPanel(api);
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText(/storage for Shelfmark is full/);
		expect(screen.getByRole('button', {name: 'Save selected (3)'})).toBeTruthy();
	});

	test('fetch details asks for the host, then fills what the harvest left empty', async () => {
		const url = works[0]!.url!;
		const api = createFakeApi([], {harvest: works, details: {[url]: {
			url, title: 'Other title', kind: 'book', authors: ['Someone'],
			isbn: ['9781491968635'], publishedAt: '2016-08',
		}}});
		const asked: unknown[] = [];
		(browser.permissions as {request: (p: unknown) => Promise<boolean>}).request = async permissions => {
			asked.push(permissions);
			return true;
		};
		await renderPanel(api);
		// O'Reilly and GitHub; the course has no link
		expect(screen.getAllByRole('button', {name: 'Fetch details'})).toHaveLength(2);
		fireEvent.click(screen.getAllByRole('button', {name: 'Fetch details'})[0]!);
		await screen.findByText('Details filled in from the linked page.');
		expect(asked).toEqual([{origins: ['https://www.oreilly.com/*']}]);
		expect(screen.getByText(/2016-08/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText(/Saved:/);
		expect(api.items.find(item => item.url === url)).toMatchObject({
			title: 'Cloud Native Go', authors: ['Kevin Hoffman'], isbn: ['9781491968635'], publishedAt: '2016-08',
		});
	});
});

describe('HarvestPanel: works without a link', () => {
	test('an unlinked work shows Find it searches, made now, and is saved with no url', async () => {
		const api = await renderPanel();
		const find = screen.getAllByRole('link', {name: /^Find 深入剖析Kubernetes on /});
		expect(find.map(link => link.textContent)).toEqual(['Douban', 'JD', 'Open Library', 'WorldCat', 'Amazon']);
		expect(find[0]!.getAttribute('href')).toBe(`https://search.douban.com/book/subject_search?search_text=${encodeURIComponent('深入剖析Kubernetes 张磊')}`);
		expect(find[0]!.getAttribute('rel')).toBe('noreferrer');
		expect(screen.queryByRole('link', {name: /^Find Cloud Native Go on /})).toBeNull(); // It has a page of its own
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 3 new, 0 merged.');
		const course = api.items.find(item => item.title === '深入剖析Kubernetes')!;
		expect(course.url).toBeUndefined();
		expect(course.aliases).toEqual([]);
		expect(course.id).toMatch(/^[0-9a-f]{16}$/);
		// Still no page: the Find it links stay
		expect(screen.getAllByRole('link', {name: /^Find 深入剖析Kubernetes on /})).toHaveLength(5);
	});

	test('harvesting the same post again finds the unlinked work by title among the post\'s own: nothing duplicated', async () => {
		const api = await renderPanel();
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 3 new, 0 merged.');
		cleanup();
		await renderPanel(api);
		expect(screen.getAllByText('Saved')).toHaveLength(3); // Saved from this post: unticked
		fireEvent.click(screen.getByRole('button', {name: 'Select all'}));
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 0 new, 3 merged.');
		expect(api.items).toHaveLength(3);
		expect(api.items.find(item => item.title === '深入剖析Kubernetes')!.recommendedBy).toHaveLength(1);
	});

	const elsewhere = {title: '深入剖析 Kubernetes', authors: ['张磊'], topics: ['k8s'], recommendedBy: [{url: 'https://other.example/list'}]};

	test('the same title and first author elsewhere is "possibly in your list", merged only once "same work" is ticked', async () => {
		const api = createFakeApi([elsewhere], {harvest: works});
		await renderPanel(api);
		expect(screen.getByText('Possibly in your list: 深入剖析 Kubernetes · 张磊')).toBeTruthy();
		const same = screen.getByRole('checkbox', {name: 'Same work: merge into it'}) as HTMLInputElement;
		expect(same.checked).toBe(false);
		fireEvent.click(same);
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 2 new, 1 merged.');
		expect(api.items).toHaveLength(3);
		expect(api.items.find(item => item.title === '深入剖析 Kubernetes')!.recommendedBy.map(r => r.url).sort())
			.toEqual(['https://blog.example/k8s-books', 'https://other.example/list']);
		await waitFor(() => expect(screen.getAllByText('Saved')).toHaveLength(3));
	});

	test('left unticked, the work is saved as a new item, and a second harvest finds that one, not the other', async () => {
		const api = createFakeApi([elsewhere], {harvest: works});
		await renderPanel(api);
		expect((screen.getByRole('checkbox', {name: 'Same work: merge into it'}) as HTMLInputElement).checked).toBe(false);
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 3 new, 0 merged.');
		expect(api.items.filter(item => item.title.replace(' ', '') === '深入剖析Kubernetes')).toHaveLength(2);
		expect(screen.queryByRole('checkbox', {name: 'Same work: merge into it'})).toBeNull();
		cleanup();
		await renderPanel(api);
		expect(screen.queryByText(/Possibly in your list/)).toBeNull();
		fireEvent.click(screen.getByRole('button', {name: 'Select all'}));
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (3)'}));
		await screen.findByText('Saved: 0 new, 3 merged.');
		expect(api.items).toHaveLength(4);
		expect(api.items.find(item => item.title === '深入剖析 Kubernetes')!.recommendedBy).toHaveLength(1);
	});
});

describe('the popup on a page that recommends works', () => {
	const open = (api: FakeApi) => render(<ApiContext.Provider value={api}>
		<PopupApp loadTab={async () => tab}
			loadDefaults={async () => ({defaultStatus: 'want' as const, defaultKind: null})}
			openList={() => {}} openSync={() => {}}/>
	</ApiContext.Provider>);

	test('a page without recommendations keeps the save form first, with no checklist', async () => {
		const api = createFakeApi();
		open(api);
		await screen.findByRole('button', {name: 'Save'});
		await waitFor(() => expect(api.calls.some(([method]) => method === 'harvestTab')).toBe(true));
		expect(screen.queryByRole('heading', {name: /recommends/})).toBeNull();
		expect(document.querySelector('details.also-save')).toBeNull();
	});

	test('opens on the checklist; saving the post itself is one collapsed row', async () => {
		open(createFakeApi([], {harvest: works}));
		expect(await screen.findByRole('heading', {name: 'This page recommends 3 works'})).toBeTruthy();
		const also = document.querySelector<HTMLDetailsElement>('details.also-save')!;
		expect(also.open).toBe(false);
		expect(also.querySelector('summary')!.textContent).toBe('Also save this post');
		const main = document.querySelector('main')!;
		expect(main.firstElementChild!.nextElementSibling!.matches('section.harvest')).toBe(true);
	});

	test('after saving, rows say Saved and are unticked; reopening remembers what was saved and what was left out', async () => {
		const api = createFakeApi([], {harvest: works});
		open(api);
		fireEvent.click(await screen.findByRole('checkbox', {name: 'Select Kubernetes Handbook'}));
		fireEvent.click(screen.getByRole('button', {name: 'Save selected (2)'}));
		await screen.findByText('Saved: 2 new, 0 merged.');
		const marks = () => [...document.querySelectorAll<HTMLElement>('.harvest-row')].map(row =>
			`${row.dataset.mark ?? ''}:${(row.querySelector('input[type=checkbox]') as HTMLInputElement).checked}`);
		expect(marks()).toEqual(['saved:false', 'left:false', 'saved:false']);
		await waitFor(() => expect(screen.getByRole('button', {name: 'Save selected (0)'}))
			.toHaveProperty('disabled', true));
		// "Saved" links to the work, opened in the options page's editor
		const handbook = api.items.find(item => item.title === 'Cloud Native Go')!;
		expect(screen.getByRole('link', {name: 'Saved: open Cloud Native Go in your list'}).getAttribute('href'))
			.toBe(`chrome-extension://test-extension/src/options/index.html#item=${handbook.id}`);
		cleanup();
		open(api);
		await screen.findByRole('heading', {name: 'This page recommends 3 works'});
		await waitFor(() => expect(marks()).toEqual(['saved:false', 'left:false', 'saved:false']));
		expect(screen.getByText('Left out last time')).toBeTruthy();
		expect(screen.getAllByText('Saved')).toHaveLength(2);
	});
});
