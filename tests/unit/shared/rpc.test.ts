import browser from 'webextension-polyfill';
import {describe, expect, test, vi} from 'vitest';
import {AppError} from '../../../src/core/errors.ts';
import {backgroundApi, isExtensionPage, sendEarly, serve} from '../../../src/shared/rpc.ts';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;

function captureListener(): () => Listener {
	let listener: Listener | undefined;
	vi.spyOn(browser.runtime.onMessage, 'addListener')
		.mockImplementation(((l: Listener) => { listener = l; }) as never);
	return () => listener!;
}

const page = {id: 'test-extension', url: 'chrome-extension://test-extension/src/popup/index.html'};

describe('serve', () => {
	test('answers its own channel with a Result envelope', async () => {
		const listener = captureListener();
		serve('background', {echo: async (x: number) => x * 2}, isExtensionPage);
		expect(await listener()({channel: 'background', method: 'echo', args: [21]}, page))
			.toEqual({ok: true, value: 42});
	});

	test('turns errors into stable codes', async () => {
		const listener = captureListener();
		serve('background', {fail: async () => { throw new AppError('NOT_FOUND', 'gone'); }}, isExtensionPage);
		expect(await listener()({channel: 'background', method: 'fail', args: []}, page))
			.toEqual({ok: false, error: {name: 'AppError', message: 'gone', code: 'NOT_FOUND'}});
	});

	test('ignores content scripts, other extensions, other channels and unknown methods', () => {
		const listener = captureListener();
		serve('background', {echo: async () => 1}, isExtensionPage);
		const call = {channel: 'background', method: 'echo', args: []};
		expect(listener()(call, {id: 'test-extension', url: 'https://evil.example/', tab: {id: 1}})).toBeUndefined();
		expect(listener()(call, {id: 'other-extension', url: 'chrome-extension://other-extension/x.html'})).toBeUndefined();
		expect(listener()({...call, channel: 'content'}, page)).toBeUndefined();
		expect(listener()({...call, method: 'toString'}, page)).toBeUndefined();
		expect(listener()('not a request', page)).toBeUndefined();
	});
});

describe('early requests', () => {
	test("the page's first call with the same method and arguments takes the early answer, once", async () => {
		const sent: unknown[] = [];
		vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: {args: unknown[]}) => {
			sent.push(message);
			return {ok: true, value: {items: [], total: sent.length}};
		}) as never);
		sendEarly('queryItems', {sort: 'added', offset: 0, limit: 100});
		expect(sent).toHaveLength(1);
		expect(await backgroundApi.queryItems({sort: 'added', offset: 0, limit: 100})).toEqual({items: [], total: 1});
		expect(sent).toHaveLength(1);
		expect(await backgroundApi.queryItems({sort: 'added', offset: 0, limit: 100})).toEqual({items: [], total: 2});
		expect(await backgroundApi.queryItems({sort: 'title', offset: 0, limit: 100})).toEqual({items: [], total: 3});
	});

	test('a failed early request fails the call that takes it', async () => {
		vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () =>
			({ok: false, error: {name: 'AppError', message: 'down', code: 'UNKNOWN'}})) as never);
		sendEarly('listTopics');
		await expect(backgroundApi.listTopics()).rejects.toThrow('down');
	});
});
