import browser, {type Permissions} from 'webextension-polyfill';
import {asksNothing, syncPermissions} from '../core/data-collection.ts';
import {originPattern} from '../shared/sync-protocol.ts';
import {BrowserSyncTransport, WebDavTransport, type SyncTransport} from '../sync/index.ts';
import {getItemService} from './service.ts';
import {createSyncApi, type SyncApi} from './sync-api.ts';
import {type LocksLike, SyncScheduler} from './sync-scheduler.ts';
import {type StoredConfig, SyncSettings, webdavOptions} from './sync-settings.ts';
import {createSyncStore} from './sync-store.ts';

/** storage.sync's manifest key (transports/browser-sync.ts): another browser of the same vendor wrote to it. */
const BROWSER_SYNC_MANIFEST = 'sm:m';
/** The key background/revision.ts bumps after every write to the list. */
const REVISION_KEY = 'revision';

const settings = new SyncSettings(browser.storage.local, browser.storage.session);
// One instance: it counts storage.sync writes against the per-minute budget.
let browserSync: BrowserSyncTransport | undefined;

function transport(config: StoredConfig): SyncTransport {
	if (config.kind === 'browser-sync') return (browserSync ??= new BrowserSyncTransport(browser.storage.sync));
	return new WebDavTransport(webdavOptions(config));
}

/** The server's origin, and in Firefox the consent to the data sync sends (core/data-collection.ts), still granted. */
async function allowed(config: StoredConfig): Promise<boolean> {
	const wanted = syncPermissions(
		browser.runtime.getManifest(), config.kind === 'webdav' ? [originPattern(config.url!)] : [],
	);
	return asksNothing(wanted) || browser.permissions.contains(wanted as Permissions.Permissions);
}

/** navigator.locks where it exists; otherwise a lock in this context only (one worker per profile anyway). */
function locks(): LocksLike {
	const native = (globalThis.navigator as {locks?: unknown} | undefined)?.locks;
	if (native) return native as LocksLike;
	let held = false;
	return {
		async request(_name, options, callback) {
			if (held && options.ifAvailable) return callback(null);
			while (held) await new Promise(resolve => setTimeout(resolve, 50));
			held = true;
			try {
				return await callback({});
			} finally {
				held = false;
			}
		},
	};
}

export const syncScheduler = new SyncScheduler({
	settings, alarms: browser.alarms, locks: locks(), transport, allowed,
	openStore: async () => createSyncStore(await getItemService()),
});

export const syncApi: SyncApi = createSyncApi({
	scheduler: syncScheduler, settings, transport, allowed, items: getItemService,
});

function logError(error: unknown): void {
	console.error('[shelfmark] sync', error);
}

/**
 * Adds the sync listeners; main.ts calls this synchronously at top level so that a restarted worker gets the
 * alarm that woke it. Edits bump `revision` in storage.local (background/revision.ts): that starts the debounce.
 */
export function registerSyncListeners(): void {
	browser.alarms.onAlarm.addListener(alarm => {
		void syncScheduler.onAlarm(alarm.name).catch(logError);
	});
	browser.runtime.onStartup.addListener(() => {
		void syncScheduler.ensureAlarms().then(() => syncScheduler.run('alarm')).catch(logError);
	});
	browser.runtime.onInstalled.addListener(() => {
		void syncScheduler.ensureAlarms().catch(logError);
	});
	browser.storage.onChanged.addListener((changes, area) => {
		if (area === 'local' && REVISION_KEY in changes) void syncScheduler.noteLocalEdit().catch(logError);
		if (area === 'sync' && BROWSER_SYNC_MANIFEST in changes) void syncScheduler.noteRemoteChange().catch(logError);
	});
}
