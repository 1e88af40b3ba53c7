// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {formatStamp, createClock, tick} from '../../../src/core/hlc.ts';
import {applyPatch, mergeDocs} from '../../../src/core/item-doc.ts';
import {saveDoc} from '../../../src/core/save.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {SyncView} from '../../../src/options/SyncView.tsx';
import {formatTime} from '../../../src/ui/hooks/use-sync-status.ts';
import type {SyncStatus} from '../../../src/shared/sync-protocol.ts';
import {type FakeSyncOptions, SYNC_OFF} from '../../fakes/sync.ts';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

const WEBDAV: SyncStatus = {...SYNC_OFF, kind: 'webdav', url: 'https://cloud.example/remote.php/dav/files/me/shelfmark/', user: 'me', hasPassword: true, lastSyncAt: Date.UTC(2025, 0, 1, 9)};

function view(seed = books, options: FakeSyncOptions = {}) {
	const api = fakeApi(seed);
	Object.assign(api.options, options);
	const onMessage = vi.fn();
	renderWithApi(<SyncView onMessage={onMessage}/>, api);
	return {api, onMessage};
}

describe('sync setup', () => {
	it('asks for the server’s host permission from the click, tests, then saves and shows the status', async () => {
		const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
		const {api} = view([], {syncProbe: {vault: 'plain'}});
		await screen.findByText('Sync is off. Your list stays in this browser.');
		fireEvent.input(screen.getByLabelText('Folder URL'), {target: {value: 'https://cloud.example:8443/remote.php/dav/files/me/shelfmark'}});
		fireEvent.input(screen.getByLabelText('User name'), {target: {value: 'me'}});
		fireEvent.input(screen.getByLabelText('App password'), {target: {value: 'app-pass'}});
		fireEvent.click(screen.getByRole('button', {name: 'Test connection'}));
		expect(request).toHaveBeenCalledWith({origins: ['https://cloud.example/*']});
		await screen.findByText('Connected. A synced list is there: it will be merged with this one.');

		fireEvent.click(screen.getByRole('button', {name: 'Save and sync'}));
		await screen.findByText(/^Syncing with https:\/\/cloud\.example:8443/);
		expect(api.calls.find(([method]) => method === 'configureSync')?.[1])
			.toEqual({kind: 'webdav', url: 'https://cloud.example:8443/remote.php/dav/files/me/shelfmark', user: 'me', password: 'app-pass'});
		expect(screen.getByText(/^Last sync: /)).toBeTruthy();
	});

	it('saves nothing when the permission is refused, and says why', async () => {
		vi.spyOn(browser.permissions, 'request').mockResolvedValue(false);
		const {api} = view([]);
		fireEvent.input(await screen.findByLabelText('Folder URL'), {target: {value: 'https://cloud.example/dav/'}});
		fireEvent.click(screen.getByRole('button', {name: 'Save and sync'}));
		await screen.findByText('The permission was not granted.');
		expect(api.calls.some(([method]) => method === 'configureSync')).toBe(false);
	});

	it('sets up browser sync without any permission or URL', async () => {
		const request = vi.spyOn(browser.permissions, 'request');
		const {api} = view([]);
		fireEvent.click(await screen.findByLabelText(/This browser’s own sync/));
		expect(screen.queryByLabelText('Folder URL')).toBeNull();
		fireEvent.click(screen.getByRole('button', {name: 'Save and sync'}));
		await screen.findByText('Syncing through this browser’s own sync');
		expect(request).not.toHaveBeenCalled();
		expect(api.calls.find(([method]) => method === 'configureSync')?.[1]).toEqual({kind: 'browser-sync'});
	});
});

describe('sync status', () => {
	it('shows errors in plain words, retries, clock drift, and syncs now', async () => {
		const retryAt = Date.UTC(2025, 0, 1, 9, 4);
		const failing: SyncStatus = {
			...WEBDAV, failures: 2, nextSyncAt: retryAt, driftMs: 3 * 3_600_000,
			lastError: {code: 'SYNC_OFFLINE', message: 'GET manifest.json: fetch failed', at: 1},
		};
		const {api} = view([], {syncStatus: failing});
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('The last sync failed: The sync server could not be reached. Check the address, that this computer is online and, for https, that the server’s certificate is valid.');
		expect(alert.textContent).toContain(`Trying again at ${formatTime(retryAt)} (2 failed attempts so far).`);
		expect(screen.getByText(/clock is 3 hours ahead/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', {name: 'Sync now'}));
		await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
		expect(api.calls.filter(([method]) => method === 'syncNow')).toHaveLength(1);
	});

	it('offers WebDAV when the list outgrew browser sync', async () => {
		view([], {syncStatus: {
			...SYNC_OFF, kind: 'browser-sync', lastError: {code: 'SYNC_OUTGROWN', message: 'too big', at: 1},
		}});
		expect((await screen.findByRole('alert')).textContent).toContain('The list has outgrown the browser’s own sync storage.');
		fireEvent.click(screen.getByRole('button', {name: 'Set up WebDAV instead'}));
		expect(await screen.findByLabelText('Folder URL')).toBeTruthy();
	});

	it('unlocks an encrypted list, saying so when the passphrase is wrong', async () => {
		const {api} = view([], {syncStatus: {...WEBDAV, encrypted: true, locked: true}});
		const input = await screen.findByLabelText('Passphrase');
		expect(screen.getByRole('button', {name: 'Sync now'}).hasAttribute('disabled')).toBe(true);
		fireEvent.input(input, {target: {value: 'nope'}});
		fireEvent.submit(input.closest('form')!);
		expect((await screen.findByRole('alert')).textContent).toContain('The passphrase does not unlock this synced list.');
		fireEvent.input(input, {target: {value: 'correct horse'}});
		fireEvent.submit(input.closest('form')!);
		await screen.findByText('Change passphrase', {selector: 'summary'});
		expect(api.calls.filter(([method]) => method === 'unlockVault')).toHaveLength(2);
	});

	it('encrypts a plain synced list once the passphrase is typed twice the same', async () => {
		const {api, onMessage} = view([], {syncStatus: WEBDAV});
		fireEvent.click(await screen.findByText('Encrypt the synced list', {selector: 'summary'}));
		const form = screen.getByText('Encrypt the synced list', {selector: 'summary'}).closest('details')!;
		fireEvent.input(within(form).getByLabelText('New passphrase'), {target: {value: 'one'}});
		fireEvent.input(within(form).getByLabelText('Repeat the passphrase'), {target: {value: 'two'}});
		fireEvent.submit(form.querySelector('form')!);
		expect((await within(form).findByRole('alert')).textContent).toBe('The two passphrases differ.');
		expect(api.calls.some(([method]) => method === 'setSyncEncryption')).toBe(false);
		fireEvent.input(within(form).getByLabelText('Repeat the passphrase'), {target: {value: 'one'}});
		fireEvent.submit(form.querySelector('form')!);
		await screen.findByText('Turn encryption off', {selector: 'summary'});
		expect(api.calls.find(([method]) => method === 'setSyncEncryption')?.slice(1)).toEqual([true, 'one']);
		expect(onMessage).toHaveBeenCalledWith('The synced list is encrypted. Other devices ask for the passphrase on their next sync.');
		expect(screen.getByText('Encrypted')).toBeTruthy();
	});

	it('says when turning encryption on stopped half-way, with the form open', async () => {
		view([], {syncStatus: {...WEBDAV, rekeyUnfinished: true}});
		const note = await screen.findByRole('note');
		expect(note.textContent).toContain('The last attempt stopped half-way.');
		expect(note.closest('details')?.open).toBe(true);
	});

	it('turns encryption off only with the right passphrase, saying so in place when it is wrong', async () => {
		const {onMessage} = view([], {syncStatus: {...WEBDAV, encrypted: true}});
		const summary = await screen.findByText('Turn encryption off', {selector: 'summary'});
		const form = summary.closest('details')!;
		fireEvent.click(summary);
		fireEvent.input(within(form).getByLabelText('Current passphrase'), {target: {value: 'nope'}});
		fireEvent.submit(form.querySelector('form')!);
		expect((await within(form).findByRole('alert')).textContent).toContain('The passphrase does not unlock this synced list.');
		fireEvent.input(within(form).getByLabelText('Current passphrase'), {target: {value: 'correct horse'}});
		fireEvent.submit(form.querySelector('form')!);
		await screen.findByText('Encrypt the synced list', {selector: 'summary'});
		expect(onMessage).toHaveBeenCalledWith('The synced list is no longer encrypted.');
	});

	it('turns sync off and shows the setup form again', async () => {
		view([], {syncStatus: WEBDAV});
		fireEvent.click(await screen.findByRole('button', {name: 'Turn sync off'}));
		await screen.findByText('Sync is off. Your list stays in this browser.');
	});
});

describe('failsafe banner', () => {
	it('restores every item a sync tombstoned', async () => {
		const api = fakeApi(books);
		const trashed = api.items.slice(0, 2).map(item => item.id);
		await api.deleteItems(trashed);
		api.options.syncStatus = {...WEBDAV, failsafe: {ids: trashed, at: 1}};
		renderWithApi(<SyncView onMessage={() => {}}/>, api);
		expect((await screen.findByRole('alert')).textContent).toContain('The last sync moved 2 items to the Trash');
		fireEvent.click(screen.getByRole('button', {name: 'Restore all'}));
		await waitFor(() => expect(screen.queryByRole('button', {name: 'Restore all'})).toBeNull());
		expect(api.items.filter(item => item.deletedAt)).toHaveLength(0);
	});
});

describe('records from a clock far ahead', () => {
	const held = [
		{id: 'a1', title: 'Site Reliability Engineering', until: Date.UTC(2099, 0, 1)},
		{id: 'b2', title: 'Kubernetes in Action', until: Date.UTC(2099, 5, 1)},
	];

	it('are listed with the clock they came from, and "Keep them" decides them all', async () => {
		const {api, onMessage} = view(books, {syncStatus: WEBDAV, held});
		const banner = (await screen.findByText(/2 records came from a device whose clock is more than two days ahead/)).closest('div')!;
		expect(banner.textContent).toContain(new Date(Date.UTC(2099, 5, 1)).toLocaleDateString());
		expect(within(banner).getAllByRole('listitem').map(li => li.textContent))
			.toEqual(held.map(record => record.title));
		const decide = vi.spyOn(api, 'decideHeld');
		fireEvent.click(within(banner).getByRole('button', {name: 'Keep'}));
		await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Kept 2 records; they sync to your other devices as edits made now.'));
		expect(decide).toHaveBeenCalledWith(['a1', 'b2'], true);
		await waitFor(() => expect(screen.queryByRole('button', {name: 'Keep'})).toBeNull());
	});

	it('"Discard them" drops them; nothing shows while none are held', async () => {
		const {api, onMessage} = view(books, {syncStatus: WEBDAV, held});
		const decide = vi.spyOn(api, 'decideHeld');
		fireEvent.click(await screen.findByRole('button', {name: 'Discard'}));
		await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Discarded 2 records.'));
		expect(decide).toHaveBeenCalledWith(['a1', 'b2'], false);
		cleanup();
		view(books, {syncStatus: WEBDAV});
		await screen.findByText('Conflicting edits');
		expect(screen.queryByText(/clock is more than two days ahead/)).toBeNull();
	});
});

describe('conflicts', () => {
	it('lists concurrent title edits and keeps the chosen value', async () => {
		const url = 'https://example.com/book';
		const id = itemIdForUrl(url);
		const a = createClock('a');
		const base = saveDoc(undefined, id, {url, title: 'Original'}, formatStamp(tick(a, 1000)));
		const mine = applyPatch(base, {title: 'Title from A'}, formatStamp(tick(a, 2000)));
		const theirs = applyPatch(base, {title: 'Title from B'}, formatStamp(tick(createClock('b'), 3000)));
		const api = fakeApi([]);
		await api.mergeItems([mergeDocs(mine, theirs)]);
		renderWithApi(<SyncView onMessage={() => {}}/>, api);
		const list = await screen.findByRole('heading', {name: 'Title from B · Title'});
		const conflict = list.closest('li')!;
		expect(within(conflict).getByText('Title from A')).toBeTruthy();
		fireEvent.click(within(conflict).getByRole('button', {name: 'Keep “Title from A”'}));
		await screen.findByText('No conflicting edits.');
		expect(api.items[0]?.title).toBe('Title from A');
		expect(api.items[0]?.conflicts).toBeUndefined();
	});

	it('says so when there are none', async () => {
		view();
		await screen.findByText('No conflicting edits.');
	});
});

it('has its own entry in the options sidebar', async () => {
	renderWithApi(<OptionsApp/>, fakeApi(books));
	fireEvent.click(await screen.findByRole('button', {name: 'Sync'}));
	expect(await screen.findByRole('heading', {name: 'Sync', level: 2})).toBeTruthy();
});

describe('plain http', () => {
	it('asks for "send my password unencrypted" only for a non-local http URL, and refuses to save without it', async () => {
		const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
		const {api} = view([]);
		const url = await screen.findByLabelText('Folder URL');
		const box = () => screen.queryByLabelText('Send my password unencrypted');
		fireEvent.input(url, {target: {value: 'https://cloud.example/dav/'}});
		expect(box()).toBeNull();
		fireEvent.input(url, {target: {value: 'http://localhost:8080/dav/'}});
		expect(box()).toBeNull();
		fireEvent.input(url, {target: {value: 'http://[::1]/dav/'}});
		expect(box()).toBeNull();
		fireEvent.input(url, {target: {value: 'http://nas.lan/dav/'}});
		expect(box()).toBeTruthy();

		fireEvent.click(screen.getByRole('button', {name: 'Save and sync'}));
		await screen.findByText(/your user name and password would cross the network unencrypted/);
		fireEvent.click(screen.getByRole('button', {name: 'Test connection'}));
		expect(request).not.toHaveBeenCalled();
		expect(api.calls.some(([method]) => method === 'configureSync' || method === 'testSyncConnection')).toBe(false);

		fireEvent.click(box()!);
		fireEvent.click(screen.getByRole('button', {name: 'Save and sync'}));
		await screen.findByText(/^Syncing with http:\/\/nas\.lan/);
		expect(request).toHaveBeenCalledWith({origins: ['http://nas.lan/*']});
		expect(api.calls.find(([method]) => method === 'configureSync')?.[1])
			.toEqual({kind: 'webdav', url: 'http://nas.lan/dav/', plainHttp: true});
	});
});
