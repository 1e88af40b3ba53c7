import {type ItemDoc, materialize} from '../core/item-doc.ts';
import type {Item} from '../core/types.ts';
import {docKeys} from '../core/merge-items.ts';
import {shardOf} from '../core/shards.ts';
import type {ItemRow, ViewRow} from './schema.ts';

/** The stored row for a doc: derived index fields are always recomputed from the doc, never edited alone. */
export function toRow(doc: ItemDoc, item: Item = materialize(doc)): ItemRow {
	return {
		id: doc.id,
		doc,
		keys: [...docKeys(doc)], // The keys settle just read: itemKeys(item) gives the same, parsing every URL again
		status: item.status,
		kind: item.kind,
		topics: item.topics,
		addedAt: item.addedAt,
		updatedAt: item.updatedAt,
		deleted: item.deletedAt ? 1 : 0,
		recommenders: item.recommendedBy.map(r => r.url),
		shard: shardOf(doc.id),
		...(item.mergedInto ? {mergedInto: item.mergedInto} : {}),
	};
}

/**
 * Bumped whenever `materialize` gives items another shape: stored views older than this are rebuilt from the docs.
 */
export const VIEWS_VERSION = 1;

/** The stored view of an item, put by write number `seq`: the list's form of it, and whether it is in the list. */
export function toView(item: Item, seq: number): ViewRow {
	const live = item.deletedAt === undefined && item.mergedInto === undefined ? 1 : 0; // As rowIsLive reads a row
	const added = -(Date.parse(item.addedAt) || 0);
	return {id: item.id, item, live, added, updated: -(Date.parse(item.updatedAt) || 0), seq};
}

/** Whether a stored row's item is in the list (neither trashed nor merged away), the rule `toView` writes as `live`. */
export const rowIsLive = (row: ItemRow): boolean => row.deleted === 0 && !row.mergedInto;
