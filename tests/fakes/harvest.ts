import type {ItemDoc} from '../../src/core/item-doc.ts';
import {countTopics} from '../../src/core/query.ts';
import type {Item, PageMetadata} from '../../src/core/types.ts';
import {itemKeys, shareKey} from '../../src/core/keys.ts';
import {
	assignIds, matchWork, mergeWork, newItemDoc, suggestTopics, titleIndex, workIdentity, workLink,
} from '../../src/background/harvest-plan.ts';
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
	/** Lookup by link, which api.ts passes; the harvest finds by every key instead (keyed, below). */
	find(url: string): Item | null;
	options(): FakeHarvestOptions;
};

/** The item sharing a key with a work, live before trashed, absorbed items followed (as ItemService.find). */
function keyed(all: Item[], work: HarvestWork): Item | null {
	const identity = workIdentity(work);
	if (itemKeys(identity).length === 0) return null;
	const live = (item: Item | undefined): Item | undefined =>
		(item?.mergedInto ? live(all.find(other => other.id === item.mergedInto)) : item);
	const found = all.filter(item => shareKey(item, identity)).map(live).filter((item): item is Item => Boolean(item));
	return found.find(item => !item.deletedAt) ?? found[0] ?? null;
}

/** The harvest methods of the fake api, over the same pure plan the background uses. */
export function fakeHarvestApi(store: Store): Pick<BackgroundApi, 'harvestTab' | 'saveHarvest' | 'fetchDetails'> {
	return {
		async harvestTab(tabId, fallback) {
			const page = {url: fallback.url, title: fallback.title};
			const index = titleIndex(store.all());
			const entries = (store.options().harvest ?? []).map(work => {
				const url = workLink(work);
				return {work, ...(url ? {url} : {}), ...matchWork(work, page, keyed(store.all(), work), index)};
			});
			const known = countTopics(store.all()).map(topic => topic.name);
			const suggestedTopics = suggestTopics(
				{title: fallback.title, keywords: store.options().keywords ?? []}, known);
			return {tabId, page, entries, suggestedTopics};
		},
		async saveHarvest({page, topics, works}) {
			const t = store.stamp();
			const index = titleIndex(store.all());
			const chosen = works.filter(work => work.title.trim()).map(({into, ...work}) => {
				const {existing} = matchWork(work, page, keyed(store.all(), work), index);
				const confirmed = into
					? store.all().find(item => item.id === into && !item.deletedAt && !item.mergedInto)
					: undefined;
				return {work, existing: existing ?? confirmed ?? null};
			});
			const plan = assignIds(chosen, page);
			const changed = new Map<string, ItemDoc>();
			plan.forEach(({id}, i) => {
				const {work} = chosen[i]!;
				const doc = changed.get(id) ?? store.docs.get(id);
				changed.set(id, doc ? mergeWork(doc, work, page, topics, t) : newItemDoc(id, work, page, topics, t));
			});
			store.write([...changed.values()]);
			const merged = new Set(plan.filter(step => step.existed).map(step => step.id)).size;
			const items = store.all().filter(item => changed.has(item.id));
			let step = 0;
			const itemIds = works.map(work => (work.title.trim() ? plan[step++]!.id : null));
			return {created: changed.size - merged, merged, items, itemIds};
		},
		async fetchDetails(url) {
			const found = store.options().details?.[url];
			if (!found) throw new AppError('EXTRACT_FAILED', `No details for ${url}`);
			return found;
		},
	};
}
