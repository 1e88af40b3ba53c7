// @vitest-environment jsdom
import {cleanup, fireEvent, screen, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {ImportExportView} from '../../../src/options/ImportExportView.tsx';
import {importedTopics, mapTopics} from '../../../src/options/import-topics.ts';
import {fakeApi, renderWithApi} from './render.tsx';

afterEach(cleanup);

const link = (n: number, tags = '') => `<DT><A HREF="https://example.com/${n}"${tags ? ` TAGS="${tags}"` : ''}>Work ${n}</A>`;
/** A bookmarks file: a "Cloud Native" folder and a "Machine-Learning" tag beside "machine learning". */
const BOOKMARKS = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
<DT><H3>Cloud Native</H3>
<DL><p>
${link(1)}
${link(2, 'Machine-Learning')}
</DL><p>
${link(3, 'machine learning')}
${link(4, 'machine learning,go')}
</DL><p>
`;

function choose(name: string, text: string) {
	const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
	Object.defineProperty(input, 'files', {value: [new File([text], name)], configurable: true});
	fireEvent.change(input);
}

describe('import: topics spelled like another', () => {
	it('says an imported topic looks like an existing one and maps it onto that spelling with one click', async () => {
		const api = fakeApi([{url: 'https://example.com/0', title: 'Mine', topics: ['cloud-native']}]);
		renderWithApi(<ImportExportView topics={[{name: 'cloud-native', count: 40}]} onMessage={() => {}}/>, api);
		choose('bookmarks.html', BOOKMARKS);
		const hints = await screen.findByRole('region', {name: 'Topics spelled another way'});
		const [existing, imported] = within(hints).getAllByRole('listitem');
		expect(existing!.textContent).toContain('“cloud native” (2 items) looks like your topic “cloud-native”.');
		expect(imported!.textContent).toContain('“machine-learning” (1 item) looks like “machine learning” in this import.');

		fireEvent.click(within(existing!).getByRole('button', {name: 'Use “cloud-native”'}));
		const mapped = await screen.findByText('“cloud native” will be imported as “cloud-native”.');
		expect(within(mapped.closest('li')!).getByRole('button', {name: 'Keep “cloud native”'})).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Use “machine learning”'}));
		await screen.findByText('“machine-learning” will be imported as “machine learning”.');
		fireEvent.click(await screen.findByRole('button', {name: 'Import 4 items'}));
		await screen.findByText('Imported: 4 new, 0 merged, 0 skipped.');
		const topics = Object.fromEntries(api.items.map(item => [item.title, item.topics]));
		expect(topics).toEqual({
			'Mine': ['cloud-native'], 'Work 1': ['cloud-native'], 'Work 2': ['cloud-native', 'machine learning'],
			'Work 3': ['machine learning'], 'Work 4': ['go', 'machine learning'],
		});
	});

	it('imports the file’s own spelling when the hint is left alone, and undoes a mapping with Keep', async () => {
		const api = fakeApi();
		renderWithApi(<ImportExportView topics={[{name: 'cloud-native', count: 40}]} onMessage={() => {}}/>, api);
		choose('bookmarks.html', BOOKMARKS);
		fireEvent.click(await screen.findByRole('button', {name: 'Use “cloud-native”'}));
		fireEvent.click(await screen.findByRole('button', {name: 'Keep “cloud native”'}));
		await screen.findByRole('button', {name: 'Use “cloud-native”'});
		fireEvent.click(await screen.findByRole('button', {name: 'Import 4 items'}));
		await screen.findByText('Imported: 4 new, 0 merged, 0 skipped.');
		expect(api.items.find(item => item.title === 'Work 1')!.topics).toEqual(['cloud native']);
	});

	it('keeps a ticked possible duplicate ticked when a topic is mapped', async () => {
		const api = fakeApi([{url: 'https://elsewhere.example/work-1', title: 'Work 1', topics: ['cloud-native']}]);
		renderWithApi(<ImportExportView topics={[{name: 'cloud-native', count: 1}]} onMessage={() => {}}/>, api);
		choose('bookmarks.html', BOOKMARKS);
		fireEvent.click(await screen.findByRole('checkbox', {name: 'Merge'}));
		await screen.findByText('4 records: 3 new, 1 merged, 0 skipped, 0 failed');
		fireEvent.click(screen.getByRole('button', {name: 'Use “cloud-native”'}));
		await screen.findByText('“cloud native” will be imported as “cloud-native”.');
		expect((await screen.findByRole('checkbox', {name: 'Merge'}) as HTMLInputElement).checked).toBe(true);
		expect(screen.getByText('4 records: 3 new, 1 merged, 0 skipped, 0 failed')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Import 4 items'}));
		await screen.findByText('Imported: 3 new, 1 merged, 0 skipped.');
		expect(api.items.filter(item => item.title === 'Work 1')).toHaveLength(1);
	});

	it('maps every topic that has an existing spelling with one click', async () => {
		const api = fakeApi();
		const existing = [
			{name: 'cloud-native', count: 4}, {name: 'machine learning', count: 2}, {name: 'golang', count: 1},
		];
		renderWithApi(<ImportExportView topics={existing} onMessage={() => {}}/>, api);
		choose('bookmarks.html', BOOKMARKS);
		fireEvent.click(await screen.findByRole('button', {name: 'Use the existing spelling for all'}));
		await screen.findByText('“cloud native” will be imported as “cloud-native”.');
		await screen.findByText('“machine-learning” will be imported as “machine learning”.');
		expect(screen.queryByRole('button', {name: 'Use the existing spelling for all'})).toBeNull();
		fireEvent.click(await screen.findByRole('button', {name: 'Import 4 items'}));
		await screen.findByText('Imported: 4 new, 0 merged, 0 skipped.');
		expect(api.items.flatMap(item => item.topics).sort()).toEqual([
			'cloud-native', 'cloud-native', 'go', 'machine learning', 'machine learning', 'machine learning',
		]);
	});

	it('says nothing when every topic is new or already spelled as in the list', async () => {
		const topics = [
			{name: 'cloud native', count: 1}, {name: 'machine learning', count: 1},
			{name: 'machine-learning', count: 3},
		];
		renderWithApi(<ImportExportView topics={topics} onMessage={() => {}}/>, fakeApi());
		choose('bookmarks.html', BOOKMARKS);
		await screen.findByRole('button', {name: 'Import 4 items'});
		expect(screen.queryByRole('region', {name: 'Topics spelled another way'})).toBeNull();
	});
});

describe('importedTopics and mapTopics', () => {
	const records = [
		{line: 1, title: 'A', topics: ['Cloud Native', 'cloud native', 'go']},
		{line: 2, title: 'B', topics: ['#Cloud  Native']},
		{line: 3, title: 'C', topics: ['Cloud Native'], doc: {} as never},
	];

	it('counts records per topic as saved, leaving a backup’s own records out', () => {
		expect(importedTopics(records)).toEqual([{name: 'cloud native', count: 2}, {name: 'go', count: 1}]);
	});

	it('spells mapped topics the chosen way, once per record, and leaves backup records as they are', () => {
		const mapped = mapTopics({format: 'netscape-html', records, problems: []},
			new Map([['cloud native', 'cloud-native']]));
		expect(mapped.records.map(record => record.topics))
			.toEqual([['cloud-native', 'go'], ['cloud-native'], ['Cloud Native']]);
		expect(mapped.records[2]).toBe(records[2]);
	});
});
