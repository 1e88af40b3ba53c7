import {DRIFT_WARN_MS} from '../core/hlc.ts';
import {sendsPasswordInClear} from '../core/plain-http.ts';
import {errorCode} from '../core/errors.ts';
import type {SyncStatus} from '../shared/sync-protocol.ts';
import {
	MAX_SHARD_WIDTH, SyncError, coarsenVersions, exportVaultKey, importVaultKey, isTransient, sync,
	type LocalStore, type SyncOptions, type SyncReport, type SyncTransport,
} from '../sync/index.ts';
import {backoffDelay} from './sync-backoff.ts';
import {type StoredConfig, type StoredStatus, type SyncSettings, withError} from './sync-settings.ts';

export const ALARM = {periodic: 'sync-periodic', soon: 'sync-soon', debounce: 'sync-debounce'} as const;
export const PERIOD_MINUTES = 15;
/** A sync follows local edits after this pause (an alarm, not a timer: the worker may die meanwhile). */
export const DEBOUNCE_MS = 30_000;
/** One sync at a time per profile, across the worker's restarts and any page that might sync. */
export const LOCK_NAME = 'shelfmark-sync';

/** The parts of browser.alarms the scheduler uses. */
export type AlarmsLike = {
	create(name: string, info: {when?: number; periodInMinutes?: number; delayInMinutes?: number}): unknown;
	clear(name: string): Promise<unknown>;
	get(name: string): Promise<{scheduledTime: number} | undefined>;
};

/** navigator.locks (Chrome and Firefox both have it in workers and event pages). */
export type LocksLike = {
	request<T>(name: string, options: {ifAvailable?: boolean}, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

export type SchedulerDeps = {
	settings: SyncSettings;
	alarms: AlarmsLike;
	locks: LocksLike;
	openStore(): Promise<LocalStore>;
	transport(config: StoredConfig): SyncTransport;
	/** Whether the host permission for the configured server is granted (always true for browser sync). */
	allowed(config: StoredConfig): Promise<boolean>;
	engine?: (options: SyncOptions) => Promise<SyncReport>;
	now?: () => number;
	random?: () => number;
};

/** `now` (Sync now, setup, unlock) waits for a running sync; automatic triggers skip when one runs. */
export type Trigger = 'now' | 'alarm' | 'debounce';

/** Whether a sync ran, and what it reported or threw. */
export type SyncOutcome = {ran: boolean; report?: SyncReport; error?: unknown};

export const targetOf = (config: StoredConfig) => (config.kind === 'webdav' ? `webdav:${config.url}` : 'browser-sync');
/** storage.sync holds few keys: 16 shards there, 256 on WebDAV (src/sync/README.md). */
export const widthOf = (config: StoredConfig) => (config.kind === 'webdav' ? MAX_SHARD_WIDTH : 1);

/**
 * Decides when to sync and keeps what the options page shows. Everything that must survive the worker's death
 * (config, status, backoff deadline, next alarms) lives in storage and alarms; `running` is the only memory.
 */
export class SyncScheduler {
	private running = false;
	private readonly now: () => number;

	constructor(private readonly deps: SchedulerDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** Runs a sync for `trigger` unless backoff, a clean list (debounce) or a running sync says not now. */
	async run(trigger: Trigger, passphrase?: string): Promise<SyncOutcome> {
		const {settings, locks, alarms} = this.deps;
		const config = await settings.config();
		if (!config) return {ran: false};
		if (trigger !== 'now') {
			const {backoffUntil} = await settings.status();
			if (backoffUntil !== undefined && this.now() < backoffUntil) {
				await alarms.create(ALARM.soon, {when: backoffUntil}); // Retry when the backoff ends, not before
				return {ran: false};
			}
			if (trigger === 'debounce' && !await this.dirty(config)) return {ran: false};
		}
		return locks.request(LOCK_NAME, trigger === 'now' ? {} : {ifAvailable: true},
			async lock => (lock ? this.syncOnce(passphrase) : {ran: false}));
	}

	/**
	 * Runs `work` under the sync lock, after any running sync and before the next:
	 * re-encryption needs the vault alone.
	 */
	exclusive<T>(work: (deps: SchedulerDeps) => Promise<T>): Promise<T> {
		return this.deps.locks.request(LOCK_NAME, {}, () => work(this.deps));
	}

	private async syncOnce(passphrase: string | undefined): Promise<SyncOutcome> {
		const {settings} = this.deps;
		const config = await settings.config(); // Read again under the lock: setup may have changed it meanwhile
		if (!config) return {ran: false};
		const keyText = await settings.vaultKey();
		if (config.encrypted && !keyText && passphrase === undefined) {
			// Never sync an encrypted list without its key: the engine would start a plain vault.
			// The status says "locked".
			return {ran: false, error: new SyncError('SYNC_PASSPHRASE', 'The synced list is locked')};
		}
		const at = this.now();
		const refused = config.url && sendsPasswordInClear(config.url) && !config.plainHttp
			// A setup saved before the confirmation existed: never send its password in clear until the user confirms
			? new SyncError('SYNC_INSECURE_URL', `${new URL(config.url).origin} is plain http and the user did not confirm it`)
			: !await this.deps.allowed(config) ? new SyncError('PERMISSION_DENIED', `No host permission for ${config.url ?? ''}`) : undefined;
		if (refused) {
			await settings.updateStatus(status =>
				withError({...status, failures: 0}, refused.code, refused.message, at));
			return {ran: false, error: refused};
		}
		this.running = true;
		try {
			await settings.updateStatus(status => ({...status, lastAttemptAt: at}));
			const store = await this.deps.openStore();
			const report = await (this.deps.engine ?? sync)({
				store, transport: this.deps.transport(config), target: targetOf(config), width: widthOf(config),
				now: this.now, encrypted: config.encrypted,
				...(keyText ? {key: await importVaultKey(keyText)} : {}),
				...(passphrase === undefined ? {} : {passphrase}),
			});
			await this.succeeded(config, report, at);
			if (await this.dirty(config)) await this.noteLocalEdit(); // Edited while we synced: go again soon
			return {ran: true, report};
		} catch (error) {
			await this.failed(config, error, at, passphrase);
			return {ran: true, error};
		} finally {
			this.running = false;
		}
	}

	private async succeeded(config: StoredConfig, report: SyncReport, at: number): Promise<void> {
		const {settings, alarms} = this.deps;
		if (report.key) {
			await settings.setVaultKey(exportVaultKey(report.key));
			if (!config.encrypted) await this.markEncrypted(config);
		}
		if (report.decrypted) {
			// Another device turned encryption off, proven with the old key: forget the key, sync in the clear
			await settings.setVaultKey(undefined);
			await this.markEncrypted(config, false);
		}
		await settings.updateStatus(status => {
			const failsafe = report.failsafe
				? {ids: [...new Set([...status.failsafe?.ids ?? [], ...report.tombstoned])], at}
				: status.failsafe;
			const next: StoredStatus = {
				lastSyncAt: at, lastAttemptAt: at, failures: 0,
				last: {
					received: report.received, uploadedBlobs: report.uploadedBlobs, uploadedBytes: report.uploadedBytes,
					unreadable: report.unreadable.length,
				},
			};
			if (report.driftMs > DRIFT_WARN_MS) next.driftMs = report.driftMs;
			if (failsafe) next.failsafe = failsafe;
			return next;
		});
		// Fields another device sent that fail the record validator were dropped: say so where a developer looks
		for (const line of report.dropped.slice(0, 20)) console.warn(`Shelfmark sync dropped ${line}`);
		await alarms.clear(ALARM.soon); // A pending retry has nothing left to do
	}

	private async failed(
		config: StoredConfig, error: unknown, at: number, passphrase: string | undefined,
	): Promise<void> {
		const {settings, alarms} = this.deps;
		const code = errorCode(error);
		const message = error instanceof Error ? error.message : String(error);
		if (code === 'SYNC_PASSPHRASE' && passphrase === undefined) {
			// The vault is encrypted (or re-keyed) and no key here fits: lock until the user types the passphrase
			await settings.setVaultKey(undefined);
			await this.markEncrypted(config);
		}
		const transient = isTransient(error);
		const status = await settings.updateStatus(current => {
			const failures = transient ? current.failures + 1 : 0;
			const next = withError({...current, failures}, code, message, at);
			delete next.backoffUntil;
			if (transient) next.backoffUntil = at + backoffDelay(failures, this.deps.random?.() ?? Math.random());
			return next;
		});
		if (status.backoffUntil !== undefined) await alarms.create(ALARM.soon, {when: status.backoffUntil});
	}

	private async markEncrypted(config: StoredConfig, encrypted = true): Promise<void> {
		const current = await this.deps.settings.config();
		if (current && targetOf(current) === targetOf(config)) {
			await this.deps.settings.setConfig({...current, encrypted});
		}
	}

	/** Whether local writes happened since the last sync agreed with the remote (shard version tokens differ). */
	async dirty(config: StoredConfig): Promise<boolean> {
		const store = await this.deps.openStore();
		const state = await store.loadSyncState(targetOf(config));
		const versions = coarsenVersions(await store.shardVersions(), widthOf(config));
		return Object.entries(versions).some(([shard, version]) => state?.shards[shard]?.version !== version);
	}

	/** A local edit: sync after a quiet DEBOUNCE_MS (each edit pushes the alarm back). */
	async noteLocalEdit(): Promise<void> {
		if (await this.deps.settings.config()) {
			await this.deps.alarms.create(ALARM.debounce, {when: this.now() + DEBOUNCE_MS});
		}
	}

	/** Another browser wrote to storage.sync: pull its changes soon. */
	async noteRemoteChange(): Promise<void> {
		if ((await this.deps.settings.config())?.kind === 'browser-sync') {
			await this.deps.alarms.create(ALARM.soon, {when: this.now() + DEBOUNCE_MS});
		}
	}

	/** Creates the periodic alarm when sync is on (alarms may not survive an update), clears them all when off. */
	async ensureAlarms(): Promise<void> {
		const {alarms} = this.deps;
		if (!await this.deps.settings.config()) {
			await Promise.all(Object.values(ALARM).map(name => alarms.clear(name)));
			return;
		}
		if (!await alarms.get(ALARM.periodic)) {
			await alarms.create(ALARM.periodic, {periodInMinutes: PERIOD_MINUTES, delayInMinutes: PERIOD_MINUTES});
		}
	}

	/** Routes one of our alarms; returns false for alarms that are not ours. */
	async onAlarm(name: string): Promise<boolean> {
		if (name === ALARM.debounce) await this.run('debounce');
		else if (name === ALARM.periodic || name === ALARM.soon) await this.run('alarm');
		else return false;
		return true;
	}

	/** The status the options page shows: stored record, config (without the password), lock and next alarm. */
	async status(): Promise<SyncStatus> {
		const {settings, alarms} = this.deps;
		const config = await settings.config();
		const {backoffUntil: _, ...stored} = await settings.status();
		const base = {...stored, running: this.running, encrypted: Boolean(config?.encrypted)};
		if (!config) return {...base, kind: null, locked: false};
		const times = await Promise.all(Object.values(ALARM)
			.map(async name => (await alarms.get(name))?.scheduledTime));
		const next = times.filter((time): time is number => time !== undefined).sort((a, b) => a - b)[0];
		return {
			...base, kind: config.kind, locked: config.encrypted && !await settings.vaultKey(),
			...(await settings.rekeyPlan(targetOf(config)) ? {rekeyUnfinished: true as const} : {}),
			...(config.url ? {url: config.url} : {}), ...(config.user ? {user: config.user} : {}),
			hasPassword: Boolean(config.password), ...(next === undefined ? {} : {nextSyncAt: next}),
		};
	}
}
