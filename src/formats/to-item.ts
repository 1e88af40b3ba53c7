import {materialize} from '../core/item-doc.ts';
import type {Item} from '../core/types.ts';
import {newItemId} from '../core/keys.ts';
import {recordToPatch} from './plan.ts';
import type {ImportRecord} from './types.ts';

/**
 * A record as the plain Item it would become in an empty list (the CLI converts without any storage). Backup records
 * materialise their doc; a record with no link is a work all the same, its id from its first key (else random).
 */
export function recordToItem(record: ImportRecord, now: string): Item {
	if (record.doc) return materialize(record.doc);
	const {url, ...patch} = recordToPatch(record);
	const item: Item = {
		kind: 'other', authors: [], contributors: [], aliases: [], ids: [], isbn: [], topics: [], recommendedBy: [],
		notes: '', addedAt: now, ...patch, status: patch.status ?? 'want', id: '', title: record.title, updatedAt: now,
		...(url ? {url} : {}),
	};
	return {...item, id: newItemId(item)};
}
