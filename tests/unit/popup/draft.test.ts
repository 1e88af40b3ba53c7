import {describe, expect, test} from 'vitest';
import type {Item, PageMetadata} from '../../../src/core/types.ts';
import {initialDraft, savesPage, toSaveInput} from '../../../src/popup/draft.ts';

const tab = {url: 'https://book.douban.com/subject/1/?utm_source=feed', title: 'Cloud Native Go (豆瓣)'};
const metadata: PageMetadata = {
	url: 'https://book.douban.com/subject/1/', title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'], description: 'A book.',
	isbn: ['9787121317279'], image: 'https://img.example/c.jpg', contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'foreword'}],
};
const saved: Item = {
	id: 'abc', url: 'https://book.douban.com/subject/1/', aliases: [], ids: [], kind: 'book', title: 'My title', authors: ['K. Hoffman'],
	contributors: [], isbn: [], topics: ['go'], status: 'reading', notes: 'mine', recommendedBy: [],
	addedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('initialDraft', () => {
	test('prefills every field from the page when nothing is saved', () => {
		const inspection = {tabId: 1, metadata, existing: null};
		expect(initialDraft(inspection, tab, {defaultStatus: 'want', defaultKind: null})).toMatchObject({
			title: 'Cloud Native Go', kind: 'book', authors: 'Kevin Hoffman', topics: [], status: 'want', notes: '', image: 'https://img.example/c.jpg',
			contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}],
			ids: [{scheme: 'isbn', value: '9787121317279'}],
			links: ['https://book.douban.com/subject/1/'], publisher: '', progress: {done: '', total: '', unit: 'page'},
		});
	});
	test('new items start from the default status and kind in the settings', () => {
		const inspection = {tabId: 1, metadata, existing: null};
		expect(initialDraft(inspection, tab, {defaultStatus: 'reading', defaultKind: 'paper'}))
			.toMatchObject({status: 'reading', kind: 'paper'});
	});
	test('opens the saved item for editing, its gaps filled from the page', () => {
		expect(initialDraft({tabId: 1, metadata, existing: saved}, tab))
			.toMatchObject({title: 'My title', status: 'reading', notes: 'mine', authors: 'K. Hoffman', image: 'https://img.example/c.jpg'});
	});
	test('falls back to the tab title and address on web pages that cannot be read', () => {
		const draft = initialDraft({tabId: 1, metadata: null, existing: null, blocked: 'EXTRACT_BLOCKED'}, tab);
		expect(draft).toMatchObject({title: tab.title, links: [tab.url]});
	});
	test('a tab that is no web page (chrome://, the store) starts an empty work to fill in by hand', () => {
		const newTab = {url: 'chrome://newtab/', title: 'New Tab'};
		const inspection = {tabId: 1, metadata: null, existing: null, blocked: 'EXTRACT_BLOCKED' as const};
		expect(savesPage(inspection, newTab)).toBe(false);
		expect(initialDraft(inspection, newTab)).toMatchObject({title: '', links: [], ids: []});
	});
});

describe('toSaveInput', () => {
	test('a new save carries the form fields and the page description, and no alias for the same page', () => {
		const draft = {...initialDraft({tabId: 1, metadata, existing: null}, tab), topics: ['go']};
		const input = toSaveInput({tabId: 1, metadata, existing: null}, tab, draft);
		expect(input).toMatchObject({
			url: metadata.url, title: 'Cloud Native Go', isbn: ['9787121317279'], topics: ['go'],
			description: 'A book.', contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}],
		});
		expect(input.aliases).toBeUndefined();
	});
	test('a tab URL naming another page than the canonical one becomes an alias', () => {
		const other = {url: 'https://m.douban.com/book/subject/1/', title: ''};
		const input = toSaveInput({tabId: 1, metadata, existing: null}, other,
			initialDraft({tabId: 1, metadata, existing: null}, other));
		expect(input).toMatchObject({url: metadata.url, aliases: ['https://m.douban.com/book/subject/1/']});
	});
	test('a work by hand has no address', () => {
		const newTab = {url: 'chrome://newtab/', title: 'New Tab'};
		const inspection = {tabId: 1, metadata: null, existing: null};
		const draft = {
			...initialDraft(inspection, newTab), title: '三体',
			ids: [{scheme: 'isbn' as const, value: '978-7-5366-9293-0'}],
		};
		const input = toSaveInput(inspection, newTab, draft);
		expect(input).toEqual({title: '三体', kind: 'other', status: 'want', isbn: ['9787536692930']});
	});
	test('an update sends only what differs: the gaps the page filled, never the user data', () => {
		const inspection = {tabId: 1, metadata, existing: saved};
		const input = toSaveInput(inspection, tab, initialDraft(inspection, tab));
		expect(input).toMatchObject({id: 'abc', title: 'My title', isbn: ['9787121317279'], image: 'https://img.example/c.jpg'});
		expect(input).not.toHaveProperty('authors');
		expect(input).not.toHaveProperty('notes');
	});
	test('a field cleared in the form is sent as null, which survives messaging, and clears it', () => {
		const item = {...saved, publisher: 'Old publisher', isbn: ['9787121317279'], duration: {pages: 100}};
		const inspection = {tabId: 1, metadata: null, existing: item};
		const input = toSaveInput(inspection, tab, {...initialDraft(inspection, tab), publisher: '', pages: ''});
		expect(JSON.parse(JSON.stringify(input))).toMatchObject({id: 'abc', publisher: null, duration: null});
	});
	test('another page of a saved book (same ISBN) is added to its links, with the tab URL when it differs', () => {
		const jd: PageMetadata = {...metadata, url: 'https://item.jd.com/12345.html', publisher: '电子工业出版社'};
		const item = {...saved, isbn: ['9787121317279'], aliases: ['https://www.amazon.cn/dp/B0']};
		const inspection = {tabId: 1, metadata: jd, existing: item};
		const jdTab = {url: 'https://item.m.jd.com/product/12345.html', title: ''};
		const input = toSaveInput(inspection, jdTab, initialDraft(inspection, jdTab));
		expect(input).toMatchObject({id: 'abc', publisher: '电子工业出版社', title: 'My title',
			aliases: ['https://www.amazon.cn/dp/B0', 'https://item.jd.com/12345.html', 'https://item.m.jd.com/product/12345.html']});
		expect(input).not.toHaveProperty('url');
	});
});
