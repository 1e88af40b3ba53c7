import {describe, expect, test} from 'vitest';
import type {Item, PageMetadata} from '../../../src/core/types.ts';
import {initialDraft, toSaveInput} from '../../../src/popup/draft.ts';

const tab = {url: 'https://book.douban.com/subject/1/?utm_source=feed', title: 'Cloud Native Go (豆瓣)'};
const metadata: PageMetadata = {
	url: 'https://book.douban.com/subject/1/', title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'],
	isbn: ['9787121317279'], image: 'https://img.example/c.jpg', contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'foreword'}],
};
const saved: Item = {
	id: 'abc', url: 'https://book.douban.com/subject/1/', aliases: [], ids: [], kind: 'book', title: 'My title', authors: ['K. Hoffman'],
	contributors: [], isbn: [], topics: ['go'], status: 'reading', notes: 'mine', recommendedBy: [], addedAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('initialDraft', () => {
	test('prefills from the page when nothing is saved', () => {
		expect(initialDraft({tabId: 1, metadata, existing: null}, tab, {defaultStatus: 'want', defaultKind: null}))
			.toEqual({title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'], topics: [], status: 'want', notes: '',
				image: 'https://img.example/c.jpg', contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}],
				isbn: ['9787121317279'], publisher: '', provider: '', duration: {}});
	});
	test('new items start from the default status and kind in the settings', () => {
		expect(initialDraft({tabId: 1, metadata, existing: null}, tab, {defaultStatus: 'reading', defaultKind: 'paper'}))
			.toMatchObject({status: 'reading', kind: 'paper'});
	});
	test('opens the saved item for editing', () => {
		expect(initialDraft({tabId: 1, metadata, existing: saved}, tab)).toMatchObject({title: 'My title', status: 'reading', notes: 'mine'});
	});
	test('falls back to the tab title on pages that cannot be read', () => {
		expect(initialDraft({tabId: 1, metadata: null, existing: null, blocked: 'EXTRACT_BLOCKED'}, tab).title).toBe(tab.title);
	});
});

describe('toSaveInput', () => {
	test('a new save carries the page metadata, the edits, and no alias for the same page', () => {
		const draft = {...initialDraft({tabId: 1, metadata, existing: null}, tab), topics: ['go']};
		const input = toSaveInput({tabId: 1, metadata, existing: null}, tab, draft);
		expect(input).toMatchObject({url: metadata.url, title: 'Cloud Native Go', isbn: ['9787121317279'], topics: ['go'],
			contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}]});
		expect(input.aliases).toBeUndefined();
	});
	test('a tab URL naming another page than the canonical one becomes an alias', () => {
		const input = toSaveInput({tabId: 1, metadata, existing: null}, {url: 'https://m.douban.com/book/subject/1/', title: ''}, initialDraft({tabId: 1, metadata, existing: null}, tab));
		expect(input.aliases).toEqual(['https://m.douban.com/book/subject/1/']);
	});
	test('an update fills what the item lacks and never overwrites the user data', () => {
		const inspection = {tabId: 1, metadata, existing: saved};
		const input = toSaveInput(inspection, tab, initialDraft(inspection, tab));
		expect(input).toMatchObject({id: 'abc', title: 'My title', authors: ['K. Hoffman'], isbn: ['9787121317279'], image: 'https://img.example/c.jpg'});
	});
});

describe('rich fields', () => {
	test('edited details are saved; a field emptied in the form does not come back from the page', () => {
		const draft = {...initialDraft({tabId: 1, metadata, existing: null}, tab), image: '', publisher: '电子工业出版社',
			contributors: [{name: '宋净超', role: 'translator' as const}, {name: '李四', role: 'editor' as const}], duration: {pages: 280}, price: {amount: 59, currency: 'cny'}};
		const input = toSaveInput({tabId: 1, metadata, existing: null}, tab, draft);
		expect(input).toMatchObject({publisher: '电子工业出版社', duration: {pages: 280}, price: {amount: 59, currency: 'CNY'},
			contributors: [{name: '宋净超', role: 'translator'}, {name: '李四', role: 'editor'}], isbn: ['9787121317279']});
		expect('image' in input).toBe(false);
	});
	test('an update sends every details field, so what the user cleared is cleared on the item', () => {
		const item = {...saved, publisher: 'Old publisher', isbn: ['9787121317279']};
		const inspection = {tabId: 1, metadata, existing: item};
		const input = toSaveInput(inspection, tab, {...initialDraft(inspection, tab), publisher: ''});
		expect(input).toHaveProperty('publisher', undefined);
		expect(input).toMatchObject({id: 'abc', isbn: ['9787121317279']});
	});
	test('another page of a saved book (same ISBN) is added to its links, with the tab URL when it differs', () => {
		const jd: PageMetadata = {...metadata, url: 'https://item.jd.com/12345.html', publisher: '电子工业出版社'};
		const item = {...saved, isbn: ['9787121317279'], aliases: ['https://www.amazon.cn/dp/B0'] };
		const inspection = {tabId: 1, metadata: jd, existing: item};
		const input = toSaveInput(inspection, {url: 'https://item.m.jd.com/product/12345.html', title: ''}, initialDraft(inspection, tab));
		expect(input).toMatchObject({id: 'abc', url: item.url, publisher: '电子工业出版社', title: 'My title',
			aliases: ['https://www.amazon.cn/dp/B0', 'https://item.jd.com/12345.html', 'https://item.m.jd.com/product/12345.html']});
	});
});
