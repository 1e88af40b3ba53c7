import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {useAsync} from '../ui/hooks/use-async.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';

export type SyncConflictsProps = {
	/** Changes whenever the list changes, so resolved conflicts disappear and synced ones appear. */
	revision: string;
	onMessage(message: string, error?: boolean): void;
};

const FIELDS = ['title', 'notes'] as const;
type Field = (typeof FIELDS)[number];
/** Button labels name the value they keep; long notes are cut. */
const short = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

function Choice({value, current, onKeep}: {value: string; current: boolean; onKeep(): void}) {
	return (
		<li class={current ? 'current' : 'other'}>
			<span class="hint">{current ? t('syncConflictCurrent') : t('syncConflictOther')}</span>
			<blockquote>{value || t('syncEmptyValue')}</blockquote>
			<button type="button" aria-label={t('syncKeepLabel', short(value || t('syncEmptyValue')))} onClick={onKeep}>
				{t('syncKeep')}
			</button>
		</li>
	);
}

/**
 * Items whose title or notes were edited on two devices at once. The newest value is in use; keeping either one
 * is a local edit that replaces both, which resolves the conflict everywhere.
 */
export function SyncConflicts({revision, onMessage}: SyncConflictsProps) {
	const api = useApi();
	const conflicts = useAsync(() => api.listConflicts(), [api, revision]);
	const keep = (item: Item, field: Field, value: string) => api.updateItem(item.id, {[field]: value}).then(() => {
		invalidate();
		onMessage(t('syncResolved'));
	}, (error: unknown) => onMessage(errorMessage(error), true));
	const items = conflicts.data ?? [];
	return (
		<section class="sync-conflicts" aria-labelledby="sync-conflicts-heading">
			<h3 id="sync-conflicts-heading">{t('syncConflictsHeading')}</h3>
			{items.length === 0
				? <p class="hint">{conflicts.loading ? t('optLoading') : t('syncConflictsNone')}</p>
				: <p class="hint">{t('syncConflictsIntro')}</p>}
			<ul class="conflict-list">
				{items.flatMap(item => FIELDS.filter(field => item.conflicts?.[field]?.length).map(field => (
					<li key={`${item.id}-${field}`} class="conflict">
						<h4>{item.title} · {t(`syncConflictField_${field}`)}</h4>
						<ul>
							<Choice value={item[field]} current onKeep={() => keep(item, field, item[field])}/>
							{item.conflicts![field]!.map(value => (
								<Choice key={value} value={value} current={false}
									onKeep={() => keep(item, field, value)}/>
							))}
						</ul>
					</li>
				)))}
			</ul>
		</section>
	);
}
