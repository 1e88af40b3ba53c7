import {t} from '../ui/i18n.ts';
import {type Recommender, recommenderLabel} from './RecommendersNav.tsx';

export type RecommenderChipProps = {
	/** The post the list is filtered by. */
	url: string;
	/** Known posts, for the title. */
	recommenders: Recommender[];
	onClear(): void;
};

/** "Recommended by: <post>" above the list while it shows what one post recommended, with a link to the post. */
export function RecommenderChip({url, recommenders, onClear}: RecommenderChipProps) {
	const label = recommenderLabel(recommenders.find(recommender => recommender.url === url) ?? {url});
	return (
		<div class="recommender-filter">
			<span class="chip">
				{t('optRecommenderActive', label)}
				<button type="button" class="chip-remove" aria-label={t('optRecommenderRemove', label)}
					onClick={onClear}>×</button>
			</span>
			<a href={url} target="_blank" rel="noopener noreferrer">{t('optRecommenderOpen')}</a>
		</div>
	);
}
