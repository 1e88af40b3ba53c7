import {useState} from 'preact/hooks';
import {useApi} from '../ui/api-context.ts';
import {useRevision} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {FailsafeBanner} from './FailsafeBanner.tsx';
import {HeldRecords} from './HeldRecords.tsx';
import {SyncConflicts} from './SyncConflicts.tsx';
import {SyncSetupForm} from './SyncSetupForm.tsx';
import {SyncStatusPanel} from './SyncStatusPanel.tsx';
import {useSyncStatus} from '../ui/hooks/use-sync-status.ts';
import './sync.css';

export type SyncViewProps = {
	onMessage(message: string, error?: boolean): void;
};

/**
 * The Sync view: setup (WebDAV or browser sync), status with Sync now, held far-ahead records, the failsafe banner
 * and conflicts.
 */
export function SyncView({onMessage}: SyncViewProps) {
	const api = useApi();
	const revision = useRevision();
	const {status, error, setStatus, refresh} = useSyncStatus(api);
	const [editing, setEditing] = useState<false | {kind?: 'webdav'}>(false);
	return (
		<section class="panel sync" aria-labelledby="sync-heading">
			<h2 id="sync-heading">{t('syncHeading')}</h2>
			<p class="hint">{t('syncIntro')}</p>
			{error !== undefined && <p role="alert" class="error">{errorMessage(error)}</p>}
			<HeldRecords revision={`${revision}:${status?.lastSyncAt ?? ''}`} onMessage={onMessage}/>
			{status?.failsafe && <FailsafeBanner ids={status.failsafe.ids} onDone={refresh} onMessage={onMessage}/>}
			{status && (status.kind === null || editing
				? <>
					{status.kind === null && <p>{t('syncOff')}</p>}
					<SyncSetupForm status={status} {...(editing && editing.kind ? {kind: editing.kind} : {})}
						onDone={next => { setStatus(next); setEditing(false); }}
						{...(status.kind === null ? {} : {onCancel: () => setEditing(false)})}/>
				</>
				: <SyncStatusPanel status={status} onStatus={setStatus}
					onChange={kind => setEditing(kind ? {kind} : {})} onDisabled={refresh} onMessage={onMessage}/>)}
			{!status && error === undefined && <p>{t('optLoading')}</p>}
			<SyncConflicts revision={revision} onMessage={onMessage}/>
		</section>
	);
}
