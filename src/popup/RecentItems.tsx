import {useEffect, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {t} from '../ui/i18n.ts';

export type RecentItemsProps = {
	api: BackgroundApi;
	/** Changes whenever the list may have changed, to refetch. */
	revision: unknown;
};

/** The last few items saved, as links. */
export function RecentItems({api, revision}: RecentItemsProps) {
	const [items, setItems] = useState<Item[]>([]);
	useEffect(() => {
		void api.queryItems({sort: 'added', limit: 5}).then(result => setItems(result.items), () => setItems([]));
	}, [api, revision]);
	if (items.length === 0) return null;
	return (
		<section class="recent" aria-labelledby="recent-heading">
			<h2 id="recent-heading">{t('popupRecent')}</h2>
			<ul>
				{items.map(item => (
					<li key={item.id}>
						<a href={item.url} target="_blank" rel="noreferrer">{item.title}</a>
						<span class="muted">{t(`kind_${item.kind}`)}</span>
					</li>
				))}
			</ul>
		</section>
	);
}
