import type {ItemDoc} from '../../src/core/item-doc.ts';
import {countTopics} from '../../src/core/query.ts';
import type {Item, PageMetadata} from '../../src/core/types.ts';
import {itemIdForUrl} from '../../src/core/url.ts';
import {mergeWork, newItemDoc, suggestTopics, workUrl} from '../../src/background/harvest-plan.ts';
import {AppError} from '../../src/core/errors.ts';
import type {HarvestWork} from '../../src/shared/harvest-protocol.ts';
import type {BackgroundApi} from '../../src/shared/messages.ts';

export type FakeHarvestOptions = {
	/** What `harvestTab` finds on any tab. */
	harvest?: HarvestWork[];
	/** The page's keywords, for suggested topics. */
	keywords?: string[];
	/** `fetchDetails` answers by URL; other URLs reject. */
	details?: Record<string, PageMetadata>;
};

type Store = {
	docs: Map<string, ItemDoc>;
	write(changed: ItemDoc[]): void;
	stamp(): string;
	all(): Item[];
	find(url: string): Item | null;
	options(): FakeHarvestOptions;
};

/** The harvest methods of the fake api, over the same pure plan the background uses. */
export function fakeHarvestApi(store: Store): Pick<BackgroundApi, 'harvestTab' | 'saveHarvest' | 'fetchDetails'> {
	return {
		async harvestTab(tabId, fallback) {
			const entries = (store.options().harvest ?? []).map(work => {
				const url = workUrl(work);
				return {work, url, existing: store.find(url)};
			});
			const known = countTopics(store.all()).map(topic => topic.name);
			const suggestedTopics = suggestTopics({title: fallback.title, keywords: store.options().keywords ?? []}, known);
			return {tabId, page: {url: fallback.url, title: fallback.title}, entries, suggestedTopics};
		},
		async saveHarvest({page, topics, works}) {
			const t = store.stamp();
			const changed = new Map<string, ItemDoc>();
			let merged = 0;
			for (const work of works) {
				const url = workUrl(work);
				const id = store.find(url)?.id ?? itemIdForUrl(url);
				const doc = changed.get(id) ?? store.docs.get(id);
				if (doc && !changed.has(id)) merged++;
				changed.set(id, doc ? mergeWork(doc, work, page, topics, t) : newItemDoc(id, work, page, topics, t));
			}
			store.write([...changed.values()]);
			const items = store.all().filter(item => changed.has(item.id));
			return {created: changed.size - merged, merged, items};
		},
		async fetchDetails(url) {
			const found = store.options().details?.[url];
			if (!found) throw new AppError('EXTRACT_FAILED', `No details for ${url}`);
			return found;
		},
	};
}
