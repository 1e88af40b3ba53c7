import {decided, heldSummary, holdMore, keepChange, pendingIds, type Held, type HeldSummary} from '../core/far-ahead.ts';
import type {ItemDoc} from '../core/item-doc.ts';
import type {ItemService} from './items.ts';

const KEY = 'held';
const none = () => Object.create(null) as Held;

/**
 * Records from a clock far ahead (core/far-ahead.ts), kept in the meta store beside the list: the sync engine and
 * backups add to them, and the Sync view asks the user to keep or discard them.
 */
export function createHeldRecords(items: ItemService) {
	const {repository} = items;
	const load = async () => (await repository.getMeta<Held>(KEY)) ?? none();
	return {
		async hold(docs: ItemDoc[]): Promise<void> {
			if (docs.length > 0) await repository.updateMeta<Held>(KEY, held => holdMore(held ?? none(), docs));
		},
		/** The records waiting for the user, as the Sync view lists them. */
		async pending(): Promise<HeldSummary[]> {
			const held = await load();
			return Promise.all(pendingIds(held).map(async id => heldSummary(held[id]!, await repository.get(id))));
		},
		/**
		 * Keep writes the held values as an edit made now; discard leaves the list as it is.
		 * Both settle the records.
		 */
		async decide(ids: string[], keep: boolean): Promise<number> {
			const held = await load();
			const waiting = new Set(pendingIds(held));
			const chosen = ids.filter(id => waiting.has(id));
			if (keep && chosen.length > 0) await items.write(chosen, keepChange(held, chosen));
			await repository.updateMeta<Held>(KEY, current => decided(current ?? none(), chosen, held));
			return chosen.length;
		},
	};
}

export type HeldRecords = ReturnType<typeof createHeldRecords>;
