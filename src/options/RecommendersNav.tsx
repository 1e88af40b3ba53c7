import {t} from '../ui/i18n.ts';
import {formatCount} from '../ui/plural.ts';

export type Recommender = {url: string; title?: string; count: number};

export type RecommendersNavProps = {
	/** Pages that recommended saved items, most items first. */
	recommenders: Recommender[];
	/** The URL the list is filtered by, if any. */
	active: string | undefined;
	/** Filters the list by a post; `undefined` stops filtering. */
	onPick(url: string | undefined): void;
};

const SHOWN = 10;

/** A post as a short label: its title, else its host and path. */
export function recommenderLabel({url, title}: {url: string; title?: string}): string {
	if (title) return title;
	try {
		const parsed = new URL(url);
		return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
	} catch {
		return url; // Stored URLs are http(s); this only guards odd synced data
	}
}

/** The sidebar's "Recommended by" section: each post with how many saved works it recommended. */
export function RecommendersNav({recommenders, active, onPick}: RecommendersNavProps) {
	if (recommenders.length === 0) return null;
	return <>
		<h2 class="nav-heading">{t('optNavRecommenders')}</h2>
		<ul class="recommenders">
			{recommenders.slice(0, SHOWN).map(recommender => (
				<li key={recommender.url}>
					<button type="button" class="nav-item" aria-pressed={active === recommender.url}
						title={recommender.url}
						onClick={() => onPick(active === recommender.url ? undefined : recommender.url)}>
						<span class="recommender-title">{recommenderLabel(recommender)}</span>
						<span class="count">{formatCount(recommender.count)}</span>
					</button>
				</li>
			))}
		</ul>
	</>;
}
