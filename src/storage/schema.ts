import type {DBSchema} from 'idb';
import type {ItemDoc} from '../core/item-doc.ts';
import type {Item, Kind, Status} from '../core/types.ts';

/** An item as stored: the CRDT doc plus plain fields derived from it for indexes, rewritten on every put. */
export type ItemRow = {
	id: string;
	doc: ItemDoc;
	/** The work's identity keys: links, `isbn:`, other ids (since version 5; urlKeys and isbn before it). */
	keys: string[];
	status: Status;
	kind: Kind;
	topics: string[];
	addedAt: string;
	updatedAt: string;
	/** 1 while in the trash (IndexedDB cannot index booleans). */
	deleted: 0 | 1;
	/** URLs of the pages that recommended it (since version 2). */
	recommenders: string[];
	/** Its sync shard at the widest width (since version 3). */
	shard: string;
	/** On the tombstone of an absorbed item: its survivor. */
	mergedInto?: string;
};

/** An item as the list shows it, kept beside its doc (since version 6): what a cold start reads. */
export type ViewRow = {
	id: string;
	item: Item;
	/** 1 in the list, 0 in the trash or merged away (IndexedDB cannot index booleans). */
	live: 0 | 1;
	/**
	 * The times added and updated, negated: an index reads forwards only in one request (getAll), so the newest
	 * must come first in ascending order.
	 */
	added: number;
	updated: number;
	/** The write that put it (since version 7): a cold start reads the list's copy, then the views written after it. */
	seq?: number;
};

/** What the list's copy holds: the views of every write up to `seq`, as materialised by `version` of derive.ts. */
export type SnapshotMark = {seq: number; version: number};

/**
 * A page of the list's copy (since version 7): every view in a few large rows, which a cold start reads in a third of
 * the time the same views take one row each. Page 0 carries the mark; the copy is rewritten whole, in one transaction.
 */
export type SnapshotPage = {page: number; items: Item[]; mark?: SnapshotMark};

/**
 * The views of one large write, a thousand to a row (since version 8): Chromium spends ~0.1 ms on each row a
 * transaction puts, so a write of 10,000 items spends a second on their view rows alone. They are moved into the
 * views store one page per transaction after the write (repository.ts `unpackViews`).
 */
export type ViewPage = {seq: number; page: number; views: ViewRow[]};

/** Small keyed values: the HLC clock state, sync state. */
export type MetaRow = {key: string; value: unknown};

export type ShelfmarkDB = DBSchema & {
	items: {
		key: string;
		value: ItemRow;
		indexes: {keys: string; recommenders: string; shard: string};
	};
	meta: {key: string; value: MetaRow};
	views: {
		key: string;
		value: ViewRow;
		/** The list's default order: newest added, then newest updated, then id (the primary key, ascending) */
		indexes: {'live-added': [number, number, number]; seq: number};
	};
	snapshot: {key: number; value: SnapshotPage};
	viewPages: {key: [number, number]; value: ViewPage};
};
