import type {DBSchema} from 'idb';
import type {ItemDoc} from '../core/item-doc.ts';
import type {Kind, Status} from '../core/types.ts';

/** An item as stored: the CRDT doc plus plain fields derived from it for indexes, rewritten on every put. */
export type ItemRow = {
	id: string;
	doc: ItemDoc;
	urlKeys: string[];
	isbn: string[];
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
};

/** Small keyed values: the HLC clock state, sync state. */
export type MetaRow = {key: string; value: unknown};

export type ShelfmarkDB = DBSchema & {
	items: {
		key: string;
		value: ItemRow;
		indexes: {urlKeys: string; isbn: string; recommenders: string; shard: string};
	};
	meta: {key: string; value: MetaRow};
};
