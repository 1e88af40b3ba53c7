import type {Item} from '../core/types.ts';
import type {BackgroundApi} from '../shared/messages.ts';

/**
 * Adds or removes one topic on many items. `updateItems` sets the same whole topic set on every id, so items
 * are grouped by their current topics and each group gets one call: usually a handful of calls for any selection.
 */
export async function changeTopic(api: BackgroundApi, items: Item[], topic: string, add: boolean): Promise<number> {
	const groups = new Map<string, {topics: string[]; ids: string[]}>();
	for (const item of items) {
		if (item.topics.includes(topic) === add) continue;
		const topics = add ? [...item.topics, topic] : item.topics.filter(other => other !== topic);
		const key = topics.join('\n');
		const group = groups.get(key) ?? {topics, ids: []};
		group.ids.push(item.id);
		groups.set(key, group);
	}
	let changed = 0;
	for (const {topics, ids} of groups.values()) changed += await api.updateItems(ids, {topics});
	return changed;
}

/** The selected items, fetched by id (they may be far outside the loaded pages). */
export async function selectedItems(api: BackgroundApi, ids: Iterable<string>): Promise<Item[]> {
	const items = await Promise.all([...ids].map(id => api.getItem(id)));
	return items.filter((item): item is Item => item !== null);
}
