import type {Item} from '../core/types.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {ItemCover} from '../ui/components/ItemCover.tsx';
import {tn} from '../ui/plural.ts';
import type {Duplicates} from './use-duplicates.ts';

export type DuplicatesViewProps = {
	duplicates: Duplicates;
	/** Cover images from the web may load (the remoteCovers setting). */
	covers: boolean;
	/** Open the merge dialog (with its preview) for a group. */
	onMerge(ids: string[]): void;
	onMessage(message: string, error?: boolean): void;
};

function Member({item, covers}: {item: Item; covers: boolean}) {
	const source = item.publisher ?? item.provider;
	const details = [item.authors.join(', '), t(`kind_${item.kind}`), source, item.publishedAt?.slice(0, 4)]
		.filter(Boolean).join(' · ');
	return (
		<li class="dup-member">
			<ItemCover item={item} remote={covers}/>
			<span class="work">
				<span class="title">{item.title}</span>
				<span class="details">{details}</span>
				<span class="details">{item.url ?? (item.isbn[0] ? `ISBN ${item.isbn[0]}` : item.ids[0] ?? t('optNoLink'))}</span>
			</span>
		</li>
	);
}

/**
 * Items that are possibly one work (same title and first author's family name): the user merges a group, or says
 * "Not the same" once and it is not offered again. Nothing here is merged without being asked.
 */
export function DuplicatesView({duplicates, covers, onMerge, onMessage}: DuplicatesViewProps) {
	const {groups, error} = duplicates;
	const dismiss = (group: Item[]) => duplicates.dismiss(group).then(
		() => onMessage(t('optDupDismissed')),
		(failure: unknown) => onMessage(errorMessage(failure), true),
	);
	return (
		<section class="panel duplicates" aria-labelledby="duplicates-heading">
			<h2 id="duplicates-heading">{t('optNavDuplicates')}</h2>
			<p class="hint">{t('optDupIntro')}</p>
			{error !== undefined && !groups && (
				<div role="alert">
					<p>{errorMessage(error)}</p>
					<button type="button" onClick={duplicates.retry}>{t('optRetry')}</button>
				</div>
			)}
			{!groups && error === undefined && <p aria-busy="true">{t('optLoading')}</p>}
			{groups?.length === 0 && <p class="empty">{t('optDupEmpty')}</p>}
			{groups?.map(group => {
				const label = tn('optDupGroup', group.length, group[0]!.title);
				return (
					<article key={group.map(item => item.id).join()} class="dup-group" aria-label={label}>
						<h3>{label}</h3>
						<ul>{group.map(item => <Member key={item.id} item={item} covers={covers}/>)}</ul>
						<div class="row-actions">
							<button type="button" class="primary" onClick={() => onMerge(group.map(item => item.id))}>
								{t('optDupMerge')}
							</button>
							<button type="button" onClick={() => void dismiss(group)}>{t('optDupDismiss')}</button>
						</div>
					</article>
				);
			})}
		</section>
	);
}
