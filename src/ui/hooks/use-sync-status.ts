import {useCallback, useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import type {BackgroundApi} from '../../shared/messages.ts';
import {SYNC_STATUS_KEY, type SyncStatus} from '../../shared/sync-protocol.ts';

/**
 * The background's sync status, refetched whenever the background rewrites its record in storage.local (a sync
 * started or ended, an alarm ran, another page changed the setup).
 */
export function useSyncStatus(api: BackgroundApi): {
	status?: SyncStatus; error?: unknown; setStatus(status: SyncStatus): void; refresh(): void;
} {
	const [status, setStatus] = useState<SyncStatus>();
	const [error, setError] = useState<unknown>();
	const refresh = useCallback(() => {
		api.getSyncStatus().then(next => { setStatus(next); setError(undefined); }, setError);
	}, [api]);
	useEffect(() => {
		refresh();
		const onChanged = (changes: Record<string, unknown>, area: string) => {
			if (area === 'local' && SYNC_STATUS_KEY in changes) refresh();
		};
		browser.storage.onChanged.addListener(onChanged);
		return () => browser.storage.onChanged.removeListener(onChanged);
	}, [refresh]);
	return {status, error, setStatus, refresh};
}

/** A moment in the UI's language, short. */
export function formatTime(ms: number): string {
	return new Date(ms).toLocaleString(browser.i18n.getUILanguage(), {dateStyle: 'medium', timeStyle: 'short'});
}
