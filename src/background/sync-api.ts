import {AppError, errorCode} from '../core/errors.ts';
import {sendsPasswordInClear} from '../core/plain-http.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import type {SyncProbe, SyncSetup} from '../shared/sync-protocol.ts';
import {
	SyncError, WebDavTransport, changePassphrase, parseManifest, probeWebdav, type SyncTransport,
} from '../sync/index.ts';
import type {ItemService} from './items.ts';
import {createHeldRecords} from './held.ts';
import {switchEncryption} from './sync-encryption.ts';
import {type SyncScheduler, targetOf} from './sync-scheduler.ts';
import {EMPTY_STATUS, type StoredConfig, type SyncSettings} from './sync-settings.ts';

export type SyncApiDeps = {
	scheduler: SyncScheduler;
	settings: SyncSettings;
	items(): Promise<ItemService>;
	transport(config: StoredConfig): SyncTransport;
	allowed(config: StoredConfig): Promise<boolean>;
};

/** The sync methods of BackgroundApi (shared/messages.ts documents each). */
export type SyncApi = Pick<BackgroundApi, 'getSyncStatus' | 'testSyncConnection' | 'configureSync' | 'syncNow'
	| 'disableSync' | 'restoreTombstoned' | 'dismissSyncBanner' | 'unlockVault' | 'changePassphrase'
	| 'setSyncEncryption' | 'listConflicts' | 'listHeld' | 'decideHeld'>;

/** A setup as stored: a checked http(s) URL for WebDAV; the passphrase is never part of it. */
function toConfig(setup: SyncSetup): StoredConfig {
	if (setup.kind === 'browser-sync') return {kind: 'browser-sync', encrypted: false};
	let url: URL;
	try {
		url = new URL(setup.url.trim());
	} catch {
		throw new AppError('BAD_REQUEST', `Not a URL: ${setup.url}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('BAD_REQUEST', `Not an http(s) URL: ${setup.url}`);
	const plainHttp = sendsPasswordInClear(url.href);
	if (plainHttp && setup.plainHttp !== true) throw new AppError('SYNC_INSECURE_URL', `${url.origin} is plain http and the user did not confirm it`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return {
		kind: 'webdav', url: url.href, ...(setup.user ? {user: setup.user} : {}),
		...(setup.password ? {password: setup.password} : {}), ...(plainHttp ? {plainHttp: true as const} : {}),
		encrypted: false,
	};
}

async function probe(transport: SyncTransport): Promise<SyncProbe> {
	const read = await transport.readManifest();
	const parsed = parseManifest(read?.text);
	if (parsed.kind === 'foreign') throw new SyncError('SYNC_BAD_REMOTE', parsed.reason);
	// A torn manifest is rebuilt by the first sync
	const vault = parsed.kind !== 'ok' ? 'none' : parsed.manifest.enc ? 'encrypted' : 'plain';
	if (!(transport instanceof WebDavTransport)) return {vault};
	const server = await probeWebdav(transport);
	if (!server.swap) throw new SyncError('SYNC_UNSAFE_SERVER', 'The server ignores If-Match and If-None-Match on PUT and has no WebDAV locks');
	return {vault, server};
}

/** Throws the error a sync outcome carries when it is a wrong passphrase: setup and unlock show it in place. */
function throwIfPassphrase(error: unknown): void {
	if (errorCode(error) === 'SYNC_PASSPHRASE') throw error;
}

/** The sync half of the background's API, over the scheduler and the sync records. */
export function createSyncApi(deps: SyncApiDeps): SyncApi {
	const {scheduler, settings} = deps;
	const reachable = async (config: StoredConfig) => {
		if (!await deps.allowed(config)) throw new AppError('PERMISSION_DENIED', `No host permission for ${config.url ?? ''}`);
		return probe(deps.transport(config));
	};
	const dismissSyncBanner = async () => {
		await settings.updateStatus(({failsafe: _, ...status}) => status);
	};
	return {
		getSyncStatus: () => scheduler.status(),
		testSyncConnection: async setup => reachable(toConfig(setup)),
		async configureSync(setup) {
			const config = toConfig(setup);
			const passphrase = setup.passphrase || undefined;
			const found = await reachable(config); // Unreachable or refused: nothing is saved
			if (passphrase !== undefined && found.vault === 'plain') {
				throw new SyncError('SYNC_PASSPHRASE', 'This synced list is not encrypted; set it up without a passphrase');
			}
			const previous = await settings.config();
			if (!previous || targetOf(previous) !== targetOf(config)) {
				await settings.setVaultKey(undefined);
				await settings.setStatus(EMPTY_STATUS);
			}
			await settings.setConfig({
				...config, encrypted: found.vault === 'encrypted' || passphrase !== undefined,
				...(found.server?.swap ? {swap: found.server.swap} : {}),
			});
			await scheduler.ensureAlarms();
			throwIfPassphrase((await scheduler.run('now', passphrase)).error);
			return scheduler.status();
		},
		async syncNow() {
			await scheduler.run('now');
			return scheduler.status();
		},
		async disableSync() {
			await settings.setConfig(undefined);
			await settings.setVaultKey(undefined);
			await settings.setStatus(EMPTY_STATUS);
			await scheduler.ensureAlarms();
		},
		async restoreTombstoned(ids) {
			const items = await deps.items();
			const deleted = (await Promise.all(ids.map(id => items.get(id))))
				.filter(item => item?.deletedAt)
				.map(item => item!.id);
			await items.setDeleted(deleted, false); // A newer write than the tombstone: the restore syncs too
			await dismissSyncBanner();
			return deleted.length;
		},
		dismissSyncBanner,
		async unlockVault(passphrase) {
			throwIfPassphrase((await scheduler.run('now', passphrase)).error);
			return scheduler.status();
		},
		async changePassphrase(oldPassphrase, newPassphrase) {
			const config = await settings.config();
			if (!config?.encrypted) throw new SyncError('SYNC_PASSPHRASE', 'The synced list is not encrypted');
			for (let attempt = 1; ; attempt++) {
				try {
					await changePassphrase(deps.transport(config), oldPassphrase, newPassphrase);
					return; // The data key stays the same: the key cached in storage.session still opens the vault
				} catch (error) {
					// Another device swapped the manifest: read again
					if (errorCode(error) !== 'SYNC_CONFLICT' || attempt >= 3) throw error;
				}
			}
		},
		async setSyncEncryption(on, passphrase) {
			await switchEncryption(scheduler, settings, on, passphrase);
			return scheduler.status();
		},
		listHeld: async () => createHeldRecords(await deps.items()).pending(),
		decideHeld: async (ids, keep) => createHeldRecords(await deps.items()).decide(ids, keep),
		async listConflicts() {
			const all = await (await deps.items()).all();
			return all.filter(item => !item.deletedAt
				&& (item.conflicts?.title?.length || item.conflicts?.notes?.length));
		},
	};
}
