import {describe, expect, it} from 'vitest';
import browser from 'webextension-polyfill';
import {DEFAULT_SETTINGS, getSettings, onSettingsChanged, setSettings} from '../../../src/shared/settings.ts';

describe('settings', () => {
	it('gives defaults, stores only what differs, and ignores unknown keys', async () => {
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		await setSettings({theme: 'light', defaultKind: 'book', badgeAllTabs: false});
		expect(await browser.storage.sync.get('settings')).toEqual({settings: {theme: 'light', defaultKind: 'book'}});
		await browser.storage.sync.set({settings: {theme: 'dark', fromANewerVersion: 1}});
		expect(await getSettings()).toEqual({...DEFAULT_SETTINGS, theme: 'dark'});
		await setSettings({theme: 'auto'});
		expect(await browser.storage.sync.get('settings')).toEqual({settings: {fromANewerVersion: 1}});
	});

	it('reports changes until aborted', async () => {
		const seen: string[] = [];
		const controller = new AbortController();
		onSettingsChanged(settings => seen.push(settings.theme), controller.signal);
		await setSettings({theme: 'dark'});
		controller.abort();
		await setSettings({theme: 'light'});
		expect(seen).toEqual(['dark']);
	});
});
