import {useContext, useId} from 'preact/hooks';
import type {SortKey} from '../core/query.ts';
import {KindSelect} from '../ui/components/KindSelect.tsx';
import {t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {OpenAddWork} from './AddWork.tsx';
import {type Filters, SORT_KEYS} from './filters.ts';

export type ToolbarProps = {
	filters: Filters;
	onChange(patch: Partial<Filters>): void;
	recommenders: {url: string; title?: string; count: number}[];
	/** Results of the current query, announced politely as it changes. */
	total: number | undefined;
};

/** Search box, kind / recommended-by / sort selects, the active topic filter, and "Add" (a work with no page). */
export function Toolbar({filters, onChange, recommenders, total}: ToolbarProps) {
	const id = useId();
	const add = useContext(OpenAddWork);
	return (
		<div class="toolbar">
			{add && <button type="button" class="primary add-work-button" onClick={add}>{t('addWork')}</button>}
			<div class="field search">
				<label for={`${id}-search`}>{t('optSearch')}</label>
				<input id={`${id}-search`} type="search" value={filters.text} placeholder={t('optSearchPlaceholder')}
					autocomplete="off" onInput={e => onChange({text: e.currentTarget.value})}
					onKeyDown={e => {
						if (e.key === 'Escape' && filters.text) { e.preventDefault(); onChange({text: ''}); }
					}}/>
			</div>
			<KindSelect value={filters.kind} emptyLabel={t('optFilterAnyKind')} onChange={kind => onChange({kind})}/>
			{recommenders.length > 0 && (
				<div class="field">
					<label for={`${id}-rec`}>{t('optFilterRecommender')}</label>
					<select id={`${id}-rec`} value={filters.recommendedBy ?? ''}
						onChange={e => onChange({recommendedBy: e.currentTarget.value || undefined})}>
						<option value="">{t('optFilterAnyRecommender')}</option>
						{recommenders.map(r => <option key={r.url} value={r.url}>{`${r.title ?? r.url} (${r.count})`}</option>)}
					</select>
				</div>
			)}
			<div class="field">
				<label for={`${id}-sort`}>{t('optSort')}</label>
				<select id={`${id}-sort`} value={filters.sort} onChange={e => onChange({sort: e.currentTarget.value as SortKey})}>
					{SORT_KEYS.map(key => <option key={key} value={key}>{t(`optSort_${key}`)}</option>)}
				</select>
			</div>
			<div class="toolbar-status">
				{filters.topic && (
					<span class="chip">
						{t('optFilterTopicActive', filters.topic)}
						<button type="button" class="chip-remove" aria-label={t('optFilterTopicRemove', filters.topic)}
							onClick={() => onChange({topic: undefined})}>×</button>
					</span>
				)}
				<span role="status" class="count">{total === undefined ? '' : tn('optResults', total)}</span>
			</div>
		</div>
	);
}
