import {useApi} from '../ui/api-context.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';

export type FailsafeBannerProps = {
	/** Items a sync moved to the trash. */
	ids: string[];
	/** Called after the banner's action succeeded (the status changed). */
	onDone(): void;
	onMessage(message: string, error?: boolean): void;
};

/** Shown when one sync tombstoned many items (DESIGN §5): restore them all, or keep them deleted. */
export function FailsafeBanner({ids, onDone, onMessage}: FailsafeBannerProps) {
	const api = useApi();
	const restore = () => api.restoreTombstoned(ids).then(count => {
		invalidate();
		onMessage(tn('syncRestored', count));
		onDone();
	}, (error: unknown) => onMessage(errorMessage(error), true));
	const dismiss = () => api.dismissSyncBanner()
		.then(onDone, (error: unknown) => onMessage(errorMessage(error), true));
	return (
		<div class="banner warning" role="alert">
			<p>{tn('syncFailsafe', ids.length)}</p>
			<div class="actions">
				<button type="button" class="primary" onClick={restore}>{t('syncRestoreAll')}</button>
				<button type="button" onClick={dismiss}>{t('syncDismiss')}</button>
			</div>
		</div>
	);
}
