import {beforeEach, describe, expect, test, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {DETECT_SCRIPT_ID, syncDetection} from '../../../src/background/detect.ts';
import {setSettings} from '../../../src/shared/settings.ts';

vi.mock('../../../src/content/detect-script.ts?script', () => ({default: 'src/content/detect-script.js'}));

type Script = {id: string; js?: string[]; matches?: string[]; persistAcrossSessions?: boolean};
let scripts: Script[] = [];
let granted = false;

beforeEach(async () => {
	scripts = [];
	granted = false;
	Object.assign(browser as object, {
		scripting: {
			getRegisteredContentScripts: async ({ids}: {ids: string[]}) =>
				scripts.filter(script => ids.includes(script.id)),
			registerContentScripts: async (list: Script[]) => {
				if (list.some(script => scripts.some(known => known.id === script.id))) {
					throw new Error('Duplicate script ID');
				}
				scripts.push(...list);
			},
			unregisterContentScripts: async ({ids}: {ids: string[]}) => {
				scripts = scripts.filter(script => !ids.includes(script.id));
			},
		},
	});
	Object.assign(browser.permissions, {contains: async () => granted});
	await setSettings({autoDetect: false});
});

describe('syncDetection', () => {
	test('registers the detector only when the setting is on and <all_urls> is granted, persistent, on http(s) pages', async () => {
		await setSettings({autoDetect: true});
		expect(await syncDetection()).toBe(false);
		expect(scripts).toEqual([]);
		granted = true;
		expect(await syncDetection()).toBe(true);
		expect(scripts).toEqual([expect.objectContaining({id: DETECT_SCRIPT_ID, js: ['src/content/detect-script.js'],
			matches: ['http://*/*', 'https://*/*'], persistAcrossSessions: true})]);
	});

	test('events arriving together register once (a second register would throw)', async () => {
		await setSettings({autoDetect: true});
		granted = true;
		expect(await Promise.all([syncDetection(), syncDetection(), syncDetection()])).toEqual([true, true, true]);
		expect(scripts).toHaveLength(1);
	});

	test('turning the setting off, or the permission going, unregisters it', async () => {
		await setSettings({autoDetect: true});
		granted = true;
		await syncDetection();
		granted = false;
		expect(await syncDetection()).toBe(false);
		expect(scripts).toEqual([]);
		granted = true;
		await syncDetection();
		await setSettings({autoDetect: false});
		await syncDetection();
		expect(scripts).toEqual([]);
	});
});
