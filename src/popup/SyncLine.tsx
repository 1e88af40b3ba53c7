import browser from 'webextension-polyfill';
import type {SyncStatus} from '../shared/sync-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {useSyncStatus} from '../ui/hooks/use-sync-status.ts';
import {codeMessage, t} from '../ui/i18n.ts';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]];

/** "Synced 5 minutes ago", "Synced yesterday", "Synced just now", in the browser's language. */
function synced(ms: number, now: number, language: string): string {
	const format = new Intl.RelativeTimeFormat(language, {numeric: 'auto'});
	const elapsed = Math.max(0, now - ms);
	for (const [unit, size] of UNITS) {
		if (elapsed >= size) return t('popupSynced', format.format(-Math.floor(elapsed / size), unit));
	}
	return t('popupSyncedNow');
}

/** What the line says, and whether it is a problem the Sync view can fix. */
function describe(status: SyncStatus, now: number, language: string): {text: string; problem: boolean} {
	if (status.locked) return {text: t('popupSyncLocked'), problem: true};
	if (status.lastError) {
		const message = codeMessage(status.lastError.code, status.lastError.message);
		return {text: t('popupSyncProblem', message), problem: true};
	}
	if (status.running) return {text: t('popupSyncRunning'), problem: false};
	return {text: status.lastSyncAt ? synced(status.lastSyncAt, now, language) : t('popupSyncNever'), problem: false};
}

export type SyncLineProps = {api: BackgroundApi; now?: () => number; openSync(): void};

/** The popup's one line about sync: when the list last synced, or what stopped it with a way to the Sync view. */
export function SyncLine({api, now = Date.now, openSync}: SyncLineProps) {
	const {status} = useSyncStatus(api);
	if (!status || status.kind === null) return null; // Sync off: nothing to say here
	const {text, problem} = describe(status, now(), browser.i18n.getUILanguage());
	return (
		<p class={`sync-line${problem ? ' problem' : ''}`} role={problem ? 'alert' : 'status'}>
			<span>{text}</span>
			{problem && <button type="button" class="link" onClick={openSync}>{t('popupSyncOpen')}</button>}
		</p>
	);
}
