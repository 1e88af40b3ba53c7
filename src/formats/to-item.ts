import {materialize} from '../core/item-doc.ts';
import type {Item} from '../core/types.ts';
import {itemIdForUrl} from '../core/url.ts';
import {recordToPatch} from './plan.ts';
import type {ImportRecord} from './types.ts';

/**
 * A record as the plain Item it would become in an empty list (the CLI converts without any storage).
 * Backup records materialise their doc. Records without a URL have no item.
 */
export function recordToItem(record: ImportRecord, now: string): Item | undefined {
	if (record.doc) return materialize(record.doc);
	if (!record.url) return undefined;
	const patch = recordToPatch(record);
	return {
		kind: 'other', authors: [], contributors: [], aliases: [], isbn: [], topics: [], recommendedBy: [], notes: '',
		addedAt: now, ...patch, status: patch.status ?? 'want', id: itemIdForUrl(record.url), url: record.url, title: record.title, updatedAt: now,
	};
}
