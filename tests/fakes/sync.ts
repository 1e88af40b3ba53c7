import {type ItemDoc, setDeleted} from '../../src/core/item-doc.ts';
import type {Item} from '../../src/core/types.ts';
import {AppError} from '../../src/core/errors.ts';
import type {BackgroundApi} from '../../src/shared/messages.ts';
import type {HeldRecordSummary, SyncProbe, SyncStatus} from '../../src/shared/sync-protocol.ts';

export type FakeSyncOptions = {
	/** What getSyncStatus answers first; the sync methods change it the way the background would. */
	syncStatus?: SyncStatus;
	/** What testSyncConnection finds. */
	syncProbe?: SyncProbe;
	/** The passphrase unlockVault and changePassphrase accept (default "correct horse"). */
	syncPassphrase?: string;
	/** Records held for coming from a clock far ahead: listHeld answers them until decideHeld. */
	held?: HeldRecordSummary[];
};

type Store = {
	docs: Map<string, ItemDoc>;
	write(changed: ItemDoc[]): void;
	stamp(): string;
	all(): Item[];
	options(): FakeSyncOptions;
};

/** Sync switched off. */
export const SYNC_OFF: SyncStatus = {kind: null, encrypted: false, locked: false, running: false, failures: 0};

/** The sync methods of the fake api: an in-memory status, no network. */
export function fakeSyncApi(store: Store): Pick<BackgroundApi, 'getSyncStatus' | 'testSyncConnection' | 'configureSync'
	| 'syncNow' | 'disableSync' | 'restoreTombstoned' | 'dismissSyncBanner' | 'unlockVault' | 'changePassphrase'
	| 'setSyncEncryption' | 'listConflicts' | 'listHeld' | 'decideHeld'> {
	let status: SyncStatus | undefined;
	const current = () => (status ??= structuredClone(store.options().syncStatus ?? SYNC_OFF));
	const checkPassphrase = (passphrase: string) => {
		if (passphrase !== (store.options().syncPassphrase ?? 'correct horse')) {
			throw new AppError('SYNC_PASSPHRASE', 'wrong passphrase');
		}
	};
	const synced = () => {
		const {lastError: _, ...rest} = current();
		status = {...rest, lastSyncAt: Date.now(), lastAttemptAt: Date.now(), failures: 0};
		return status;
	};
	return {
		getSyncStatus: async () => current(),
		testSyncConnection: async () => store.options().syncProbe ?? {vault: 'none'},
		async configureSync(setup) {
			const webdav = setup.kind === 'webdav'
				? {url: setup.url, ...(setup.user ? {user: setup.user} : {}), hasPassword: Boolean(setup.password)}
				: {};
			status = {...SYNC_OFF, kind: setup.kind, ...webdav, encrypted: Boolean(setup.passphrase)};
			return synced();
		},
		syncNow: async () => synced(),
		async disableSync() {
			status = structuredClone(SYNC_OFF);
		},
		async restoreTombstoned(ids) {
			const trashed = ids.map(id => store.docs.get(id)).filter((doc): doc is ItemDoc => Boolean(doc?.del.v));
			store.write(trashed.map(doc => setDeleted(doc, false, store.stamp())));
			const {failsafe: _, ...rest} = current();
			status = rest;
			return trashed.length;
		},
		async dismissSyncBanner() {
			const {failsafe: _, ...rest} = current();
			status = rest;
		},
		async unlockVault(passphrase) {
			checkPassphrase(passphrase);
			status = {...current(), locked: false};
			return synced();
		},
		async changePassphrase(oldPassphrase) {
			checkPassphrase(oldPassphrase);
		},
		async setSyncEncryption(on, passphrase) {
			if (!on) checkPassphrase(passphrase);
			status = {...current(), encrypted: on, locked: false};
			return synced();
		},
		listHeld: async () => structuredClone(store.options().held ?? []),
		decideHeld: async ids => {
			const options = store.options();
			const before = options.held?.length ?? 0;
			options.held = options.held?.filter(record => !ids.includes(record.id));
			return before - (options.held?.length ?? 0);
		},
		listConflicts: async () => store.all()
			.filter(item => !item.deletedAt && (item.conflicts?.title?.length || item.conflicts?.notes?.length)),
	};
}
