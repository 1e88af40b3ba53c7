import {useApi} from '../ui/api-context.ts';
import {useAsync} from '../ui/hooks/use-async.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';

export type HeldRecordsProps = {
	/** Changes with the list and after each sync, so newly held records appear and decided ones go. */
	revision: string;
	onMessage(message: string, error?: boolean): void;
};

const SHOWN = 5;

/**
 * Records a device with a clock far ahead sent (core/far-ahead.ts): held aside until the user keeps them (as edits
 * made now) or discards them. Nothing shows while there are none.
 */
export function HeldRecords({revision, onMessage}: HeldRecordsProps) {
	const api = useApi();
	const held = useAsync(() => api.listHeld(), [api, revision]);
	const records = held.data ?? [];
	if (records.length === 0) return null;
	const decide = (keep: boolean) => api.decideHeld(records.map(record => record.id), keep).then(count => {
		invalidate();
		onMessage(tn(keep ? 'syncHeldKept' : 'syncHeldDiscarded', count));
	}, (error: unknown) => onMessage(errorMessage(error), true));
	const until = new Date(Math.max(...records.map(record => record.until))).toLocaleDateString();
	return (
		<div class="banner warning held-records" role="alert">
			<p>{tn('syncHeldIntro', records.length, until)}</p>
			<ul>
				{records.slice(0, SHOWN).map(record => <li key={record.id}>{record.title || record.id}</li>)}
				{records.length > SHOWN && <li>…</li>}
			</ul>
			<div class="actions">
				<button type="button" class="primary" onClick={() => decide(true)}>{t('syncHeldKeep')}</button>
				<button type="button" onClick={() => decide(false)}>{t('syncHeldDiscard')}</button>
			</div>
		</div>
	);
}
