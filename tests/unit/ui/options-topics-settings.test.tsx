// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {getSettings, setSettings} from '../../../src/shared/settings.ts';
import {missingFeatures} from '../../../src/ui/missing-features.ts';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(async () => {
	cleanup();
	vi.restoreAllMocks();
	await setSettings({theme: 'auto', badgeAllTabs: false});
});

async function openTopics() {
	fireEvent.click(await screen.findByRole('button', {name: /^Topics/}));
	return screen.findByRole('table');
}

describe('topic manager', () => {
	it('lists topics with counts and renames one', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		const table = await openTopics();
		const row = within(table).getByRole('row', {name: /kubernetes/});
		expect(within(row).getByRole('cell', {name: '2'})).toBeTruthy();
		fireEvent.click(within(row).getByRole('button', {name: 'Rename topic kubernetes'}));
		fireEvent.input(screen.getByRole('textbox', {name: 'New name for kubernetes'}), {target: {value: 'K8s'}});
		fireEvent.click(screen.getByRole('button', {name: 'Rename'}));
		await screen.findByText('Renamed the topic on 2 items.');
		expect(api.items.filter(item => item.topics.includes('k8s'))).toHaveLength(2);
		await waitFor(() => expect(within(screen.getByRole('table')).getByRole('button', {name: 'Show items with topic k8s'}))
			.toBeTruthy());
	});

	it('merges by renaming onto an existing topic, saying so first', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		await openTopics();
		fireEvent.click(screen.getByRole('button', {name: 'Rename topic cloud-native'}));
		fireEvent.input(screen.getByRole('textbox', {name: 'New name for cloud-native'}), {target: {value: 'kubernetes'}});
		expect(screen.getByText('“kubernetes” already exists: the two topics will be merged.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Merge'}));
		await screen.findByText('Renamed the topic on 1 item.');
		expect(api.items.find(item => item.title === '深入剖析 Kubernetes')!.topics).toEqual(['kubernetes']);
		await waitFor(() => expect(screen.queryByRole('button', {name: 'Rename topic cloud-native'})).toBeNull());
	});

	it('deletes a topic after confirmation, keeping the items', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		await openTopics();
		fireEvent.click(screen.getByRole('button', {name: 'Delete topic network'}));
		expect(screen.getByText('Remove “network” from 1 item? The item stays in your list.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Remove topic'}));
		await screen.findByText('Removed the topic from 1 item.');
		expect(api.items.find(item => item.title === '趣谈网络协议')!.topics).toEqual([]);
		expect(api.items.every(item => !item.deletedAt)).toBe(true);
	});

	it('shows a topic’s items from the manager, and an empty state without topics', async () => {
		renderWithApi(<OptionsApp/>, fakeApi(books));
		await openTopics();
		fireEvent.click(screen.getByRole('button', {name: 'Show items with topic databases'}));
		await screen.findByRole('row', {name: /Designing Data-Intensive/});
		expect(screen.queryByRole('row', {name: /Kubernetes in Action/})).toBeNull();
		cleanup();
		renderWithApi(<OptionsApp/>, fakeApi());
		fireEvent.click(await screen.findByRole('button', {name: /^Topics/}));
		expect(await screen.findByText('No topics yet. Add topics to items to group them.')).toBeTruthy();
	});
});

describe('settings', () => {
	it('says which features this browser lacks (this fake has no context menus, commands or windows, like Android)', async () => {
		renderWithApi(<OptionsApp/>, fakeApi());
		fireEvent.click(await screen.findByRole('button', {name: 'Settings'}));
		expect(await screen.findByText(/This browser has no context menus/)).toBeTruthy();
		expect(screen.getByText(/harvesting a post opens it in a tab/)).toBeTruthy();
		expect(screen.getByText(/This browser has no side panel/)).toBeTruthy();
		expect(missingFeatures({contextMenus: {}, commands: {}, windows: {}, sidePanel: {}})).toEqual([]);
		// Firefox
		expect(missingFeatures({contextMenus: {}, commands: {}, windows: {}, sidebarAction: {}})).toEqual([]);
		expect(missingFeatures({commands: {}})).toEqual(['contextMenus', 'windows', 'sidePanel']);
	});

	it('stores only non-default values and applies the theme to <html>', async () => {
		renderWithApi(<OptionsApp/>, fakeApi());
		fireEvent.click(await screen.findByRole('button', {name: 'Settings'}));
		fireEvent.change(await screen.findByRole('combobox', {name: 'Theme'}), {target: {value: 'dark'}});
		await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
		expect(await browser.storage.sync.get('settings')).toEqual({settings: {theme: 'dark'}});
		fireEvent.change(screen.getByRole('combobox', {name: 'Status of newly saved items'}), {target: {value: 'reading'}});
		await waitFor(async () => expect((await getSettings()).defaultStatus).toBe('reading'));
		fireEvent.change(screen.getByRole('combobox', {name: 'Status of newly saved items'}), {target: {value: 'want'}});
		await waitFor(async () => expect(await browser.storage.sync.get('settings'))
			.toEqual({settings: {theme: 'dark'}}));
	});

	it('asks for the tabs permission before turning on the badge on every tab', async () => {
		const request = vi.spyOn(browser.permissions, 'request')
			.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
		renderWithApi(<OptionsApp/>, fakeApi());
		fireEvent.click(await screen.findByRole('button', {name: 'Settings'}));
		const box = await screen.findByRole('checkbox', {name: 'Show ✓ on every tab whose page is in the list'});
		fireEvent.click(box);
		expect(request).toHaveBeenCalledWith({permissions: ['tabs']});
		await screen.findByText('The permission was not granted.');
		expect((await getSettings()).badgeAllTabs).toBe(false);
		fireEvent.click(box);
		await waitFor(async () => expect((await getSettings()).badgeAllTabs).toBe(true));
		await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
	});
});
