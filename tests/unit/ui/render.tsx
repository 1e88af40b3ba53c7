import {render} from '@testing-library/preact';
import type {ComponentChildren} from 'preact';
import browser from 'webextension-polyfill';
import type {SaveInput} from '../../../src/core/save.ts';
import {ApiContext} from '../../../src/ui/api-context.ts';
import {createFakeApi, type FakeApi} from '../../fakes/api.ts';

let revision = 0;

/** A fake background whose writes bump `revision` in storage.local, as the real one does. */
export function fakeApi(seed: SaveInput[] = []): FakeApi {
	return createFakeApi(seed, {onWrite: () => void browser.storage.local.set({revision: ++revision})});
}

/** Renders `ui` under an ApiContext holding `api`. */
export function renderWithApi(ui: ComponentChildren, api: FakeApi) {
	return render(<ApiContext.Provider value={api}>{ui}</ApiContext.Provider>);
}

export const books: SaveInput[] = [
	{url: 'https://book.douban.com/subject/26895993/', title: '深入剖析 Kubernetes', kind: 'book', authors: ['张磊'], topics: ['kubernetes', 'cloud-native'], status: 'reading'},
	{url: 'https://www.manning.com/books/kubernetes-in-action', title: 'Kubernetes in Action', kind: 'book', authors: ['Marko Lukša'], topics: ['kubernetes']},
	{url: 'https://time.geekbang.org/column/intro/100015201', title: '趣谈网络协议', kind: 'course', authors: ['刘超'], topics: ['network'], notes: '第二遍再看'},
	{url: 'https://dataintensive.net/', title: 'Designing Data-Intensive Applications', kind: 'book', authors: ['Martin Kleppmann'], topics: ['databases'], status: 'done'},
];
