import 'fake-indexeddb/auto';
import browser, {type Omnibox} from 'webextension-polyfill';
import {describe, expect, test, vi} from 'vitest';
import {ItemService} from '../../../src/background/items.ts';
import {
	OMNIBOX_LIMIT, type SearchWorks, destination, escapeXml, openOptionsAt, registerOmnibox, suggestion, suggestions,
} from '../../../src/background/omnibox.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
/** The real list (ItemService over IndexedDB) with `titles` saved, searched as the background searches it. */
async function listOf(titles: {title: string; authors?: string[]}[]) {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb(`omnibox-${++n}`)));
	const saved = [];
	for (const [i, work] of titles.entries()) saved.push(await items.save({url: `https://example.com/${i}`, kind: 'book', ...work}));
	const search: SearchWorks = (text, limit) => items.query({text, limit});
	return {items, saved, search};
}

const OPTIONS = 'chrome-extension://test-extension/src/options/index.html';

describe('the address bar keyword searches the list (issue 18)', () => {
	test('Chrome descriptions are XML with the five entities escaped; Firefox gets plain text', () => {
		expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
		const item = {id: 'i1', title: 'C++ & <Rust>', authors: ['Tom & Jerry']} as Parameters<typeof suggestion>[0];
		expect(suggestion(item, true)).toEqual({content: '#item=i1', description: '<match>C++ &amp; &lt;Rust&gt;</match> <dim>Tom &amp; Jerry</dim>'});
		expect(suggestion(item, false)).toEqual({content: '#item=i1', description: 'C++ & <Rust> (Tom & Jerry)'});
	});

	test('suggests at most six matching works, Chinese substrings included, and nothing for blank input', async () => {
		const {search} = await listOf([
			...Array.from({length: 9}, (_, i) => ({title: `Kubernetes volume ${i}`})),
			{title: '深入剖析 Kubernetes', authors: ['张磊']},
			{title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann']},
		]);
		expect(await suggestions('kubernetes', search, true)).toHaveLength(OMNIBOX_LIMIT);
		expect(await suggestions('剖析', search, false))
			.toEqual([{content: expect.stringMatching(/^#item=/), description: '深入剖析 Kubernetes (张磊)'}]);
		expect(await suggestions('kleppmann', search, true)).toHaveLength(1);
		expect(await suggestions('   ', search, true)).toEqual([]);
	});

	test('Enter opens a chosen work, the only match of typed text, or the list searched for it', async () => {
		const {saved, search} = await listOf([
			{title: 'Go in Action'}, {title: 'Go Programming'}, {title: 'Rust in Action'},
		]);
		expect(await destination(`#item=${saved[1]!.id}`, search)).toBe(`#item=${saved[1]!.id}`);
		expect(await destination(' rust ', search)).toBe(`#item=${saved[2]!.id}`);
		expect(await destination('go', search)).toBe('#search=go'); // Two match: the list shows both
		expect(await destination('haskell & co', search)).toBe('#search=haskell%20%26%20co'); // None: the empty list says so
	});

	test('a trashed work is neither suggested nor opened', async () => {
		const {items, saved, search} = await listOf([{title: 'Old Book'}]);
		await items.setDeleted([saved[0]!.id], true);
		expect(await suggestions('old', search, true)).toEqual([]);
		expect(await destination('old', search)).toBe('#search=old');
	});

	test('registered listeners answer the browser, and Enter opens the editor where the disposition says', async () => {
		const {saved, search} = await listOf([{title: 'Rust in Action'}]);
		const listeners: {changed?: (text: string, suggest: (r: Omnibox.SuggestResult[]) => void) => void;
			entered?: (text: string, disposition: Omnibox.OnInputEnteredDisposition) => void} = {};
		const omnibox = {
			onInputChanged: {addListener: (l: typeof listeners.changed) => { listeners.changed = l; }},
			onInputEntered: {addListener: (l: typeof listeners.entered) => { listeners.entered = l; }},
		} as unknown as Omnibox.Static;
		const opened: [string, string][] = [];
		registerOmnibox(omnibox, search, async (hash, disposition) => { opened.push([hash, disposition]); }, true,
			error => { throw error; });
		const suggested = await new Promise<Omnibox.SuggestResult[]>(resolve => listeners.changed!('rust', resolve));
		expect(suggested.map(row => row.description)).toEqual(['<match>Rust in Action</match>']);
		listeners.entered!(suggested[0]!.content, 'newBackgroundTab');
		await vi.waitFor(() => expect(opened).toEqual([[`#item=${saved[0]!.id}`, 'newBackgroundTab']]));
	});

	test('each disposition: this tab is navigated, a new tab opens in front or behind', async () => {
		const tabs = browser.tabs as unknown as Record<string, unknown>;
		const update = vi.fn(async () => ({}));
		const create = vi.fn(async () => ({}));
		Object.assign(tabs, {update, create});
		await openOptionsAt('#item=x', 'currentTab');
		await openOptionsAt('#search=go', 'newForegroundTab');
		await openOptionsAt('#search=go', 'newBackgroundTab');
		expect(update.mock.calls).toEqual([[{url: `${OPTIONS}#item=x`}]]);
		expect(create.mock.calls).toEqual([[{url: `${OPTIONS}#search=go`, active: true}], [{url: `${OPTIONS}#search=go`, active: false}]]);
	});
});
