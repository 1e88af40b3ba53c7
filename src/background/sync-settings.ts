import type {ErrorCode} from '../core/errors.ts';
import type {ManifestSwap} from '../core/sync-server.ts';
import type {RekeyPlan, WebDavOptions} from '../sync/index.ts';
import {SYNC_STATUS_KEY, type SyncStatus} from '../shared/sync-protocol.ts';

/** The part of a browser.storage area the sync scheduler needs (local and session). */
export type KeyValueArea = {
	get(keys: string | string[]): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string | string[]): Promise<void>;
};

/** Where and how to sync, in storage.local only (it holds the app password): never in storage.sync. */
export type StoredConfig = {
	kind: 'webdav' | 'browser-sync';
	url?: string;
	user?: string;
	password?: string;
	/** The user confirmed plain http:// to a server that is not this machine (SyncSetup.plainHttp). */
	plainHttp?: true;
	/** The vault is known to be encrypted: without an unlocked key, syncs wait instead of creating a plain one. */
	encrypted: boolean;
	/**
	 * How the server's manifest is swapped, as Test connection found at setup. Without it the transport probes the
	 * server again in every worker (about ten requests); setting sync up again probes anew.
	 */
	swap?: ManifestSwap;
};

/** The WebDAV transport's options for a stored setup. */
export function webdavOptions(config: StoredConfig): WebDavOptions {
	return {
		url: config.url!, ...(config.user === undefined ? {} : {user: config.user, password: config.password ?? ''}),
		...(config.swap ? {swap: config.swap} : {}),
	};
}

/** The persisted half of SyncStatus, plus the backoff deadline: the worker may die between two alarms. */
export type StoredStatus = Pick<SyncStatus, 'lastSyncAt' | 'lastAttemptAt' | 'lastError' | 'driftMs'
	| 'failsafe' | 'last'> & {
	failures: number;
	/** Automatic syncs wait until then after a transient failure. */
	backoffUntil?: number;
};

const CONFIG_KEY = 'syncConfig';
/** The unlocked vault key (exportVaultKey), in storage.session: gone when the browser closes. */
const KEY_KEY = 'syncVaultKey';
/** A re-encryption that has not finished (sync/engine/rekey.ts): its retry writes the same blobs. */
const PLAN_KEY = 'syncRekeyPlan';

export const EMPTY_STATUS: StoredStatus = {failures: 0};

/** Typed access to the sync records in storage.local and storage.session. */
export class SyncSettings {
	constructor(private readonly local: KeyValueArea, private readonly session: KeyValueArea) {}

	async config(): Promise<StoredConfig | undefined> {
		return (await this.local.get(CONFIG_KEY))[CONFIG_KEY] as StoredConfig | undefined;
	}

	async setConfig(config: StoredConfig | undefined): Promise<void> {
		if (config) await this.local.set({[CONFIG_KEY]: config});
		else await this.local.remove(CONFIG_KEY);
	}

	async status(): Promise<StoredStatus> {
		return (await this.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as StoredStatus | undefined ?? EMPTY_STATUS;
	}

	/** Writes the whole record (pages listen to this key and refetch). */
	async setStatus(status: StoredStatus): Promise<void> {
		await this.local.set({[SYNC_STATUS_KEY]: status});
	}

	async updateStatus(change: (status: StoredStatus) => StoredStatus): Promise<StoredStatus> {
		const next = change(await this.status());
		await this.setStatus(next);
		return next;
	}

	async vaultKey(): Promise<string | undefined> {
		return (await this.session.get(KEY_KEY))[KEY_KEY] as string | undefined;
	}

	async setVaultKey(key: string | undefined): Promise<void> {
		if (key) await this.session.set({[KEY_KEY]: key});
		else await this.session.remove(KEY_KEY);
	}

	/** The unfinished re-encryption of `target`, if any (its key header is wrapped, as on the server). */
	async rekeyPlan(target: string): Promise<RekeyPlan | undefined> {
		const saved = (await this.local.get(PLAN_KEY))[PLAN_KEY] as {target: string; plan: RekeyPlan} | undefined;
		return saved?.target === target ? saved.plan : undefined;
	}

	async setRekeyPlan(target: string, plan: RekeyPlan | undefined): Promise<void> {
		if (plan) await this.local.set({[PLAN_KEY]: {target, plan}});
		else await this.local.remove(PLAN_KEY);
	}
}

/** The status after a failure: `code` and message kept for the UI, in plain words picked by code. */
export function withError(status: StoredStatus, code: ErrorCode, message: string, at: number): StoredStatus {
	return {...status, lastAttemptAt: at, lastError: {code, message, at}};
}
