import {useState} from 'preact/hooks';
import type {SyncStatus} from '../shared/sync-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {codeMessage, errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {EncryptionSwitch} from './EncryptionSwitch.tsx';
import {ChangePassphraseForm, UnlockForm} from './PassphraseForms.tsx';
import {formatTime} from '../ui/hooks/use-sync-status.ts';

export type SyncStatusPanelProps = {
	/** A configured sync's status. */
	status: SyncStatus;
	onStatus(status: SyncStatus): void;
	/** Opens the setup form, with `kind` chosen when given. */
	onChange(kind?: 'webdav'): void;
	/** Sync was switched off. */
	onDisabled(): void;
	onMessage(message: string, error?: boolean): void;
};

const HOUR_MS = 3_600_000;

/** Where the list syncs, when it last did and will next, what went wrong in plain words, and Sync now. */
export function SyncStatusPanel({status, onStatus, onChange, onDisabled, onMessage}: SyncStatusPanelProps) {
	const api = useApi();
	const [syncing, setSyncing] = useState(false);
	const running = syncing || status.running;
	const syncNow = () => {
		setSyncing(true);
		api.syncNow().then(onStatus, (error: unknown) => onMessage(errorMessage(error), true))
			.finally(() => setSyncing(false));
	};
	const disable = () => api.disableSync().then(() => { onMessage(t('syncDisabled')); onDisabled(); },
		(error: unknown) => onMessage(errorMessage(error), true));
	const {lastError} = status;
	return (
		<div class="sync-status" data-running={running ? 'true' : 'false'}>
			<p>
				<strong>
					{status.kind === 'webdav' ? t('syncTarget_webdav', status.url ?? '') : t('syncTarget_browserSync')}
				</strong>
				{status.user && <> {t('syncAsUser', status.user)}</>}
				{status.encrypted && <span class="chip">{t('syncEncrypted')}</span>}
			</p>
			<p class="sync-last">{status.lastSyncAt ? t('syncLast', formatTime(status.lastSyncAt)) : t('syncNever')}</p>
			{status.last && <p class="hint">{t('syncLastCounts', status.last.received, status.last.uploadedBlobs)}</p>}
			{status.nextSyncAt !== undefined && <p class="hint">{t('syncNext', formatTime(status.nextSyncAt))}</p>}
			{lastError && (
				<div role="alert" class="error sync-error" data-code={lastError.code}>
					<p>{t('syncError', codeMessage(lastError.code, lastError.message))}</p>
					{status.failures > 0 && status.nextSyncAt !== undefined && (
						<p>{tn('syncRetrying', status.failures, formatTime(status.nextSyncAt))}</p>
					)}
					{lastError.code === 'SYNC_OUTGROWN' && (
						<button type="button" onClick={() => onChange('webdav')}>{t('syncOutgrown')}</button>
					)}
				</div>
			)}
			{status.driftMs !== undefined && (
				<p role="note" class="warning">{tn('syncDrift', Math.round(status.driftMs / HOUR_MS))}</p>
			)}
			{status.locked
				? <UnlockForm onStatus={onStatus} onMessage={onMessage}/>
				: status.encrypted && <ChangePassphraseForm onMessage={onMessage}/>}
			{!status.locked && (
				<EncryptionSwitch encrypted={status.encrypted} unfinished={status.rekeyUnfinished} onStatus={onStatus}
					onMessage={onMessage}/>
			)}
			<div class="actions">
				<button type="button" class="primary" disabled={running || status.locked} onClick={syncNow}>
					{running ? t('syncRunning') : t('syncNow')}
				</button>
				<button type="button" onClick={() => onChange()}>{t('syncChange')}</button>
				<button type="button" onClick={disable}>{t('syncDisable')}</button>
			</div>
		</div>
	);
}
