import {describe, expect, test} from 'vitest';
import 'fake-indexeddb/auto';
import {ItemService} from '../../../src/background/items.ts';
import {createSyncApi} from '../../../src/background/sync-api.ts';
import {SyncScheduler} from '../../../src/background/sync-scheduler.ts';
import {SyncSettings, webdavOptions} from '../../../src/background/sync-settings.ts';
import {createSyncStore} from '../../../src/background/sync-store.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';
import {fakeAlarms, fakeLocks, memoryArea} from './sync-fakes.ts';
import {WebDavTransport} from '../../../src/sync/transports/webdav.ts';
import {DAV_SERVERS, useDavServer} from '../../support/dav-servers.ts';
import {startNginx} from '../../support/nginx.ts';

/** Test connection only needs the transport and the permission check. */
const api = () => createSyncApi({
	scheduler: undefined as never, settings: undefined as never, items: undefined as never,
	transport: config => new WebDavTransport({url: config.url!, user: config.user, password: config.password}),
	allowed: async () => true,
});

describe.each(DAV_SERVERS)('Test connection against $name', kind => {
	const server = useDavServer(() => kind.start({auth: {user: 'me', password: 'app'}}));

	test('reports what the server honours and how the manifest will be swapped', async () => {
		const url = `${server().url}shelf/`;
		expect(await api().testSyncConnection({kind: 'webdav', url, user: 'me', password: 'app'}))
			.toEqual({vault: 'none', server: kind.honours});
	});

	test('setup keeps how the server swaps the manifest, so later syncs do not probe it again', async () => {
		const items = new ItemService(new ItemRepository(await openShelfmarkDb(`servers-${kind.name}`)));
		const settings = new SyncSettings(memoryArea(), memoryArea());
		const transport = (config: Parameters<typeof webdavOptions>[0]) => new WebDavTransport(webdavOptions(config));
		const scheduler = new SyncScheduler({
			settings, alarms: fakeAlarms(Date.now), locks: fakeLocks(), transport,
			openStore: async () => createSyncStore(items), allowed: async () => true,
		});
		const full = createSyncApi({scheduler, settings, transport, allowed: async () => true,
			items: async () => items});
		await items.save({url: 'https://example.org/a', title: 'A'});
		const status = await full.configureSync({kind: 'webdav', url: `${server().url}kept-swap/`, user: 'me', password: 'app'});
		expect(status.lastError).toBeUndefined();
		const config = (await settings.config())!;
		expect(config.swap).toBe(kind.honours.swap);
		expect(webdavOptions(config).swap).toBe(kind.honours.swap);
	});

	test('says exactly what fails: a missing parent folder, a wrong password, a folder of another app', async () => {
		const setup = (path: string, password = 'app') =>
			({kind: 'webdav' as const, url: `${server().url}${path}`, user: 'me', password});
		await expect(api().testSyncConnection(setup('no-parent/shelf/')))
			.rejects.toMatchObject({code: 'SYNC_NO_FOLDER'});
		await expect(api().testSyncConnection(setup('shelf/', 'wrong'))).rejects.toMatchObject({code: 'SYNC_AUTH'});
		const foreign = new WebDavTransport({url: `${server().url}other-app/`, user: 'me', password: 'app', swap: 'if-match'});
		await foreign.writeManifest('{"format":"something-else"}', undefined);
		await expect(api().testSyncConnection(setup('other-app/'))).rejects.toMatchObject({code: 'SYNC_BAD_REMOTE'});
	});
});

describe('Test connection against nginx without WebDAV locks', () => {
	const server = useDavServer(() => startNginx({locks: false}));

	test('refuses it with SYNC_UNSAFE_SERVER, before anything is saved', async () => {
		const url = `${server().url}shelf/`;
		await expect(api().testSyncConnection({kind: 'webdav', url}))
			.rejects.toMatchObject({code: 'SYNC_UNSAFE_SERVER'});
	});
});
