import browser from 'webextension-polyfill';
import {describe, expect, test} from 'vitest';
import {requestSyncPermissions} from '../../../src/ui/sync-permissions.ts';

type Request = {origins?: string[]; data_collection?: string[]};

/** permissions.request as a browser answers it; `knowsDataCollection: false` is Firefox before 140 (or Chrome). */
function browserAsking(knowsDataCollection: boolean) {
	const asked: Request[] = [];
	Object.assign(browser.permissions, {
		request: (permissions: Request) => {
			if (!knowsDataCollection && permissions.data_collection) throw new Error('Unexpected property "data_collection"');
			asked.push(permissions);
			return Promise.resolve(true);
		},
	});
	return asked;
}

describe('turning sync on asks in one prompt (issue 18)', () => {
	test('the origin and the data categories together', async () => {
		const asked = browserAsking(true);
		expect(await requestSyncPermissions({origins: ['https://dav.example/*'], data_collection: ['bookmarksInfo']})).toBe(true);
		expect(asked).toEqual([{origins: ['https://dav.example/*'], data_collection: ['bookmarksInfo']}]);
	});

	test('a browser that refuses data_collection is asked for the origin alone; nothing to ask, no prompt', async () => {
		const asked = browserAsking(false);
		expect(await requestSyncPermissions({origins: ['https://dav.example/*'], data_collection: ['bookmarksInfo']})).toBe(true);
		expect(await requestSyncPermissions({data_collection: ['bookmarksInfo']})).toBe(true);
		expect(await requestSyncPermissions({})).toBe(true);
		expect(asked).toEqual([{origins: ['https://dav.example/*']}]);
	});

	test('a refusal that is not about data_collection is not hidden', () => {
		Object.assign(browser.permissions, {request: () => { throw new Error('not from a user gesture'); }});
		expect(() => requestSyncPermissions({origins: ['https://dav.example/*']})).toThrow('user gesture');
	});
});
