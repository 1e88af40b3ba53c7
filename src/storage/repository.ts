import type {IDBPDatabase} from 'idb';
import {type Clock, type Stamp, createClock, formatStamp, receive, tick} from '../core/hlc.ts';
import {type ItemDoc, docStamp, mergeDocs} from '../core/item-doc.ts';
import {urlKey} from '../core/url.ts';
import {AppError} from '../shared/errors.ts';
import {toRow} from './derive.ts';
import type {ItemRow, ShelfmarkDB} from './schema.ts';

/** Decides the new docs of one write from the current ones; returns only the docs it changed. */
export type Change = (current: Map<string, ItemDoc | undefined>, t: Stamp) => ItemDoc[];

function randomNode(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(6)), byte => byte.toString(36).padStart(2, '0')).join('');
}

function storageError(error: unknown): unknown {
	const name = (error as {name?: string} | null)?.name;
	if (name === 'QuotaExceededError') return new AppError('QUOTA_EXCEEDED', 'IndexedDB quota exceeded', {cause: error});
	return error;
}

/**
 * Items over IndexedDB. Every write is one transaction that also advances the persisted hybrid logical
 * clock, so a worker killed at any await loses nothing and never reuses a stamp.
 */
export class ItemRepository {
	constructor(readonly db: IDBPDatabase<ShelfmarkDB>) {}

	async write(ids: string[], change: Change, now = Date.now()): Promise<ItemDoc[]> {
		try {
			const tx = this.db.transaction(['items', 'meta'], 'readwrite');
			const items = tx.objectStore('items');
			const meta = tx.objectStore('meta');
			const [clockRow, ...rows] = await Promise.all([meta.get('clock'), ...ids.map(id => items.get(id))]);
			const clock = tick((clockRow?.value as Clock | undefined) ?? createClock(randomNode()), now);
			const changed = change(new Map(ids.map((id, i) => [id, rows[i]?.doc])), formatStamp(clock));
			await Promise.all([meta.put({key: 'clock', value: clock}), ...changed.map(doc => items.put(toRow(doc))), tx.done]);
			return changed;
		} catch (error) {
			throw storageError(error);
		}
	}

	/** Merges docs from elsewhere (sync, backup import) into the local ones in one transaction; never overwrites. */
	async mergeIn(incoming: ItemDoc[], now = Date.now()): Promise<ItemDoc[]> {
		try {
			const tx = this.db.transaction(['items', 'meta'], 'readwrite');
			const items = tx.objectStore('items');
			const meta = tx.objectStore('meta');
			const [clockRow, ...rows] = await Promise.all([meta.get('clock'), ...incoming.map(doc => items.get(doc.id))]);
			let clock = (clockRow?.value as Clock | undefined) ?? createClock(randomNode());
			const merged = incoming.map((doc, i) => {
				const local = rows[i]?.doc;
				return local ? mergeDocs(local, doc) : doc;
			});
			const newest = incoming.map(docStamp).reduce((a, b) => (a > b ? a : b), '');
			if (newest) clock = receive(clock, newest, now).clock;
			await Promise.all([meta.put({key: 'clock', value: clock}), ...merged.map(doc => items.put(toRow(doc))), tx.done]);
			return merged;
		} catch (error) {
			throw storageError(error);
		}
	}

	async get(id: string): Promise<ItemDoc | undefined> {
		return (await this.db.get('items', id))?.doc;
	}

	async all(): Promise<ItemRow[]> {
		return this.db.getAll('items');
	}

	/** Ids of items whose URL or an alias is the same page as `url`. */
	async idsByUrl(url: string): Promise<string[]> {
		return this.db.getAllKeysFromIndex('items', 'urlKeys', urlKey(url));
	}

	async idsByIsbn(isbn: string): Promise<string[]> {
		return this.db.getAllKeysFromIndex('items', 'isbn', isbn);
	}

	async idsByRecommender(url: string): Promise<string[]> {
		return this.db.getAllKeysFromIndex('items', 'recommenders', url);
	}

	/** This device's HLC node id (created on first write). */
	async node(): Promise<string | undefined> {
		const row = await this.db.get('meta', 'clock');
		return row ? (row.value as Clock).node : undefined;
	}
}

