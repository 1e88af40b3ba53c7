import {useMemo} from 'preact/hooks';
import {contributorRole, KINDS, type Kind} from '../core/types.ts';
import type {HarvestView} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {KindIcon} from '../ui/components/KindIcon.tsx';
import {TopicInput} from '../ui/components/TopicInput.tsx';
import {errorMessage, t} from '../ui/i18n.ts';
import {isSaveChord} from '../ui/keys.ts';
import {optionsUrl} from '../ui/options-url.ts';
import {tn} from '../ui/plural.ts';
import {onChecklistKey} from './checklist-keys.ts';
import {type HarvestRow, detailsUrl, findItLinks, useHarvest} from './use-harvest.ts';
import './harvest.css';

export type HarvestPanelProps = {
	api: BackgroundApi;
	/** What `harvestTab` found; the panel is shown only when it holds works. */
	view: HarvestView;
	/** The user's topics, for autocomplete. */
	knownTopics: string[];
	/** Rows the user left out when last saving from this post (harvest-choices.ts): shown unticked. */
	leftOut?: ReadonlySet<string>;
};

/** "Tim O'Reilly, 宋净超（译者） · Publisher · 2017-06": who and where, in one muted line, roles in the UI's language. */
function byline({work}: HarvestRow): string {
	const roles = (work.contributors ?? [])
		.map(c => t('personWithRole', c.name, t(`role_${contributorRole(c.role)}`).toLocaleLowerCase()));
	const people = [...work.authors ?? [], ...roles];
	return [people.join(', '), work.provider, work.publisher, work.publishedAt].filter(Boolean).join(' · ');
}

type RowProps = {
	row: HarvestRow;
	index: number;
	onSelect(on: boolean): void;
	onSame(on: boolean): void;
	onEdit(patch: {title?: string; kind?: Kind}): void;
	onFetch(): void;
};

/** Searches for a work with no page of its own, made now from its ISBN or title, never saved. */
function FindIt({row}: {row: HarvestRow}) {
	const links = findItLinks(row);
	if (links.length === 0) return null;
	return (
		<p class="harvest-find">
			<span class="muted">{t('harvestFindIt')}</span>
			{links.map(link => (
				<a key={link.site} href={link.url} target="_blank" rel="noreferrer"
					aria-label={t('harvestFindOn', row.work.title, t(`harvestSite_${link.site}`))}>{t(`harvestSite_${link.site}`)}</a>
			))}
		</p>
	);
}

function Row({row, index, onSelect, onSame, onEdit, onFetch}: RowProps) {
	const {work, existing, possible} = row;
	const number = String(index + 1);
	return (
		<li class={`harvest-row ${row.selected ? 'selected' : ''}`} data-existing={existing ? 'true' : undefined} data-mark={row.mark}
			data-possible={!existing && possible ? 'true' : undefined}>
			<input type="checkbox" checked={row.selected} aria-label={t('harvestSelect', existing?.title ?? work.title)}
				onChange={e => onSelect(e.currentTarget.checked)}/>
			<div class="harvest-work">
				{existing
					? <p class="harvest-existing-title">{existing.title}</p>
					: <input class="harvest-title" value={work.title} aria-label={t('harvestTitleOf', number)}
						onInput={e => onEdit({title: e.currentTarget.value})}/>}
				<div class="harvest-meta">
					<KindIcon kind={existing?.kind ?? work.kind ?? 'other'}/>
					{existing
						? <span class="muted">{t(`kind_${existing.kind}`)}</span>
						: (
							<select class="harvest-kind" value={work.kind ?? 'other'}
								aria-label={t('harvestKindOf', number)}
								onChange={e => onEdit({kind: e.currentTarget.value as Kind})}>
								{KINDS.map(kind => <option key={kind} value={kind}>{t(`kind_${kind}`)}</option>)}
							</select>
						)}
					<span class="muted harvest-byline">{byline(row)}</span>
				</div>
				{row.mark === 'saved' && existing && (
					<p class="harvest-badge saved">
						<a href={optionsUrl(`#item=${encodeURIComponent(existing.id)}`)} target="_blank" rel="noopener"
							aria-label={t('harvestSavedOpen', existing.title)}>{t('harvestSavedHere')}</a>
					</p>
				)}
				{row.mark === 'left' && !row.selected && <p class="harvest-badge left">{t('harvestLeftOut')}</p>}
				{existing && row.mark !== 'saved' && (
					<p class="harvest-badge">{existing.deletedAt ? t('harvestInTrash') : t('harvestInList')}</p>
				)}
				{!existing && possible && <>
					<p class="harvest-badge">
						{t('harvestPossible', [possible.title, possible.authors[0]].filter(Boolean).join(' · '))}
					</p>
					<label class="harvest-same">
						<input type="checkbox" checked={row.same} disabled={!row.selected}
							onChange={e => onSame(e.currentTarget.checked)}/>
						{t('harvestSameWork')}
					</label>
				</>}
				<FindIt row={row}/>
				{detailsUrl(row) && row.fetch !== 'done' && (
					<button type="button" class="link" disabled={row.fetch === 'busy'} onClick={onFetch}>
						{row.fetch === 'busy' ? t('harvestFetching') : t('harvestFetch')}
					</button>
				)}
				{row.fetch === 'done' && <p class="hint">{t('harvestFetched')}</p>}
				{typeof row.fetch === 'object' && <p class="hint error-text">{errorMessage(row.fetch.error)}</p>}
			</div>
		</li>
	);
}

/**
 * "This page recommends N works": a checklist to edit, topics to apply, and one save for all, its button kept in
 * view at the bottom of the popup while the list scrolls with the page.
 */
export function HarvestPanel({api, view, knownTopics, leftOut}: HarvestPanelProps) {
	const harvest = useHarvest(api, view, leftOut);
	const {rows, topics, result} = harvest;
	const count = rows.filter(row => row.selected).length;
	const suggestions = useMemo(() => [...new Set([...view.suggestedTopics, ...knownTopics])],
		[view.suggestedTopics, knownTopics]);
	const quick = view.suggestedTopics.filter(topic => !topics.includes(topic));
	return (
		<section class="harvest" aria-labelledby="harvest-heading" onKeyDown={e => {
			if (!isSaveChord(e)) return; // From anywhere in the checklist, like the page's form
			e.preventDefault();
			// Focus moves to the button first: a topic typed but not yet added joins the list as its field blurs,
			// and the click after that render saves it too
			const button = e.currentTarget.querySelector<HTMLButtonElement>('.harvest-save');
			button?.focus();
			setTimeout(() => button?.click());
		}}>
			<h2 id="harvest-heading">{tn('harvestHeading', rows.length)}</h2>
			<p class="harvest-post muted" title={view.page.url}>{view.page.title}</p>
			<div class="harvest-tools">
				<button type="button" class="link" onClick={() => harvest.selectAll(true)}>
					{t('harvestSelectAll')}
				</button>
				<button type="button" class="link" onClick={() => harvest.selectAll(false)}>
					{t('harvestSelectNone')}
				</button>
			</div>
			<ul class="harvest-list" onKeyDown={onChecklistKey}>
				{rows.map((row, index) => (
					<Row key={index} row={row} index={index} onSelect={on => harvest.select(index, on)}
						onSame={on => harvest.setSame(index, on)} onEdit={patch => harvest.edit(index, patch)}
						onFetch={() => harvest.fetchDetails(index)}/>
				))}
			</ul>
			<TopicInput value={topics} suggestions={suggestions} onChange={harvest.setTopics}
				label={t('harvestTopics')}/>
			{quick.length > 0 && (
				<div class="harvest-suggested" role="group" aria-label={t('harvestSuggested')}>
					{quick.map(topic => (
						<button type="button" key={topic} class="chip" aria-label={t('harvestAddTopic', topic)}
							onClick={() => harvest.setTopics([...topics, topic])}>+ {topic}</button>
					))}
				</div>
			)}
			<div class="actions harvest-actions">
				<span role="status" class={result?.error ? 'error-text' : 'hint'}>
					{result?.error
						? errorMessage(result.error)
						: result?.saved ? t('harvestSaved', result.saved.created, result.saved.merged) : ''}
				</span>
				<button type="button" class="primary harvest-save" aria-keyshortcuts="Control+Enter Meta+Enter"
					title={t('keysHarvestSave')}
					disabled={count === 0 || harvest.saving} onClick={() => void harvest.save()}>
					{harvest.saving ? t('harvestSaving') : t('harvestSave', count)}
				</button>
			</div>
		</section>
	);
}
