import {type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, unwrap} from 'idb';
import {type Clock, type Stamp, createClock, formatStamp, receive, tick} from '../core/hlc.ts';
import {type ItemDoc, docStamp, materialize, mergeDocs} from '../core/item-doc.ts';
import {docKeys, isLiveDoc} from '../core/merge-items.ts';
import type {Item} from '../core/types.ts';
import {AppError} from '../core/errors.ts';
import {shardOf} from '../core/shards.ts';
import {rowIsLive, toRow, toView, VIEWS_VERSION} from './derive.ts';
import {idsByKeys} from './key-lookup.ts';
import {type SettleStore, settle} from '../core/settle.ts';
import type {ItemRow, MetaRow, ShelfmarkDB, SnapshotMark, ViewRow} from './schema.ts';

const SHARD_VERSIONS = 'shardVersions';
/** Meta key of the version of `materialize` the stored views were written with (derive.ts VIEWS_VERSION). */
const VIEWS = 'viewsVersion';
/** Meta key of how many items the list holds, kept with every write: counting the index takes seconds at 100,000. */
const LIVE_COUNT = 'liveCount';
/**
 * Meta key of the number of the last write, stamped on the views it put:
 * the list's copy holds those up to its mark.
 */
const WRITE_SEQ = 'writeSeq';
/** The number a write puts on its views: one past the stored last write's. */
const nextSeq = (last: MetaRow | undefined): number => ((last?.value as number | undefined) ?? 0) + 1;
/**
 * Items per page of the list's copy and of a large write's views: few rows to read, each small enough to clone between
 * other messages.
 */
const SNAPSHOT_PAGE = 1_000;
/**
 * A write of more docs than this puts their views in pages (schema.ts `ViewPage`),
 * moved into the views store after.
 */
const PAGED_ABOVE = 1_000;
/** Ms from a write that paged its views to moving them: the pages' reads and puts would delay its answer. */
const UNPACK_AFTER = 1_000;
/** The live items in the `live-added` index (made on use: importing this module must not need IndexedDB). */
const live = () => IDBKeyRange.bound([1], [1, []]);
type WriteStores = ('items' | 'meta' | 'views' | 'viewPages')[];
type ShardVersions = {epoch: string; counters: Record<string, number>};

/** Told how many of a write's docs are stored so far, of how many (the import's progress bar). */
export type Progress = (done: number, total: number) => void;

/** Decides the new docs of one write from the current ones; returns only the docs it changed. */
export type Change = (current: Map<string, ItemDoc | undefined>, t: Stamp) => ItemDoc[];

function randomNode(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(6)), byte => byte.toString(36).padStart(2, '0')).join('');
}

/** Whether a row read by id is of an item in the list (none stored: not in it). */
const storedLive = (row: ItemRow | undefined): boolean => row !== undefined && rowIsLive(row);

function storageError(error: unknown): unknown {
	const name = (error as {name?: string} | null)?.name;
	if (name === 'QuotaExceededError') return new AppError('QUOTA_EXCEEDED', 'IndexedDB quota exceeded', {cause: error});
	return error;
}

/** Aborts a transaction still running; one already committed or aborted is left as it is. */
function abort(tx: Pick<IDBPTransaction, 'abort' | 'done'> | undefined): void {
	tx?.done.catch(() => {}); // Its rejection is this abort, already reported by the write's error
	try {
		tx?.abort();
	} catch {
		// Finished already: nothing to undo
	}
}

/**
 * What a write put before settle: the items of the docs whose view or row is put (a paged write puts no view
 * yet), the docs whose row is put, its number, and the meta rows it read first.
 */
type Early = {
	items: Map<ItemDoc, Item>; rows: Set<ItemDoc>; seq: number; paged: boolean;
	versionsRow?: MetaRow; countRow?: MetaRow;
};

/**
 * Rows put between two progress reports. A transaction's requests succeed in the order they were made, so one
 * listener per step counts exactly; one per row cost a tenth of an import in Chromium (its setter, then an event each).
 */
const PROGRESS_STEP = 50;

/** Counts stored rows for `onProgress`. Settle may add docs (merges) and put a doc twice: the total grows to fit. */
function counter(total: number, onProgress?: Progress) {
	let put = 0;
	let last: IDBRequest | undefined;
	const report = (request: IDBRequest, done: number) => {
		if (onProgress) request.onsuccess = () => onProgress(done, Math.max(total, done));
	};
	return {
		stored(request: IDBRequest) {
			last = request;
			if (++put % PROGRESS_STEP === 0) report(request, put);
		},
		/** After the last row is put: its success reports the whole count. */
		end: () => { if (last && put % PROGRESS_STEP !== 0) report(last, put); },
		grow: (to: number) => { total = Math.max(total, to); },
	};
}

type ItemStore = IDBPObjectStore<ShelfmarkDB, WriteStores, 'items', 'readwrite'>;

/** Past this many ids, one key scan first saves a read for every id not stored yet (imports, first syncs). */
const KEY_SCAN_ABOVE = 200;
/**
 * A key scan reads every stored key: about a tenth of a read per key (Chromium, 100,000 rows: a scan ~400 ms, 1,000
 * reads ~80 ms). So it pays only while the list is not this many times longer than the write.
 */
const KEY_SCAN_SHARE = 10;

/** The stored rows of `ids`; `counted` is the write's own read of the list's length. */
async function readRows(
	store: ItemStore, counted: Promise<MetaRow | undefined>, ids: string[],
): Promise<(ItemRow | undefined)[]> {
	const each = () => Promise.all(ids.map(id => store.get(id)));
	if (ids.length <= KEY_SCAN_ABOVE) return each();
	const listed = (await counted)?.value as number | undefined; // Absent before the count was kept
	if ((listed ?? 0) > ids.length * KEY_SCAN_SHARE) return each();
	const stored = new Set(await store.getAllKeys());
	return Promise.all(ids.map(id => (stored.has(id) ? store.get(id) : undefined)));
}

/**
 * Items over IndexedDB. Every write is one transaction that also advances the persisted hybrid logical
 * clock, so a worker killed at any await loses nothing and never reuses a stamp.
 */
export class ItemRepository {
	/** The number of the last write this repository committed (the views it put carry it). */
	lastWrite = 0;
	/** The paged views being moved into the views store. */
	private unpacking?: Promise<void>;

	constructor(readonly db: IDBPDatabase<ShelfmarkDB>) {}

	/**
	 * Applies `change` in one transaction; returns the changed items,
	 * materialised once for the index and the caller.
	 */
	async write(ids: string[], change: Change, now = Date.now(), onProgress?: Progress): Promise<Item[]> {
		let tx: IDBPTransaction<ShelfmarkDB, WriteStores, 'readwrite'> | undefined;
		try {
			tx = this.db.transaction(['items', 'meta', 'views', 'viewPages'], 'readwrite');
			const items = tx.objectStore('items');
			const meta = tx.objectStore('meta');
			// Every meta row the write updates is read now, before any put: a read queued behind 10,000 puts waits for
			// the database to store them, and the rows built after it (the views' pages) would wait too
			const counted = meta.get(LIVE_COUNT);
			const [clockRow, seqRow, versionsRow, countRow, rows] = await Promise.all([
				meta.get('clock'), meta.get(WRITE_SEQ), meta.get(SHARD_VERSIONS), counted,
				readRows(items, counted, ids),
			]);
			let clock = tick((clockRow?.value as Clock | undefined) ?? createClock(randomNode()), now);
			const seq = nextSeq(seqRow);
			const changed = change(new Map(ids.map((id, i) => [id, rows[i]?.doc])), formatStamp(clock));
			const before = new Map(rows.flatMap(row =>
				(row && rowIsLive(row) ? [[row.id, row.keys ?? []] as const] : [])));
			const stamp = () => formatStamp(clock = tick(clock, now));
			// An id read and not found was in no list; only docs settle adds beyond `ids` need their row read
			const wasLive = new Map(ids.map((id, i) => [id, rows[i] ? rowIsLive(rows[i]) : false]));
			// The database works while this thread settles: the key lookup's first read is queued before any put, so it
			// is answered at once; each changed doc's view is put now (settle never reads views), unless the write
			// pages its views (they are put together after settle); then the row of every doc settle cannot touch.
			// A doc settle changes again (a merge) is put once more: the last put of a key wins. (Only docs of `ids`:
			// put() reads the row of any other to know whether it was in the list.)
			const lookup = this.settleStore(items, changed, before);
			const early: Early = {
				items: new Map(), rows: new Set(), seq, paged: changed.length > PAGED_ABOVE, versionsRow, countRow,
			};
			const ofIds = changed.filter(doc => wasLive.has(doc.id));
			// A large write's rows go in key order: Firefox's SQLite B-tree takes keys in order much quicker than new
			// random ids scattered over its pages (a 10,000-item import waited for its commit up to twice as long)
			if (early.paged) ofIds.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
			const itemOf = (doc: ItemDoc) => early.items.get(doc) ?? early.items.set(doc, materialize(doc)).get(doc)!;
			const viewRows = unwrap(tx.objectStore('views'));
			if (!early.paged) for (const doc of ofIds) viewRows.put(toView(itemOf(doc), seq));
			const {store, alone} = await lookup;
			const progress = counter(changed.length, onProgress);
			const rowStore = unwrap(items);
			// Materialised as they are put, so the database starts on the first row while this thread builds the rest
			for (const doc of ofIds) {
				if (!alone(doc)) continue;
				progress.stored(rowStore.put(toRow(doc, itemOf(doc))));
				early.rows.add(doc);
			}
			// Settle cannot reach a doc that is alone, so only the others go through it (an import of new works: none).
			// A doc it changes anyway replaces the one put early, by id.
			const docs = new Map([...early.rows].map(doc => [doc.id, doc]));
			for (const doc of await settle(store, changed.filter(doc => !early.rows.has(doc)), before, stamp)) {
				docs.set(doc.id, doc);
			}
			return await this.put(tx, [...docs.values()], clock, now, wasLive, early, progress);
		} catch (error) {
			abort(tx); // A put that threw (quota, a value that cannot be stored) must not let the others commit
			throw storageError(error);
		}
	}

	/** Merges docs from elsewhere (sync, backup import) into the local ones in one transaction; never overwrites. */
	mergeIn(incoming: ItemDoc[], now = Date.now()): Promise<Item[]> {
		return this.write(incoming.map(doc => doc.id), current => incoming.map(doc => {
			const local = current.get(doc.id);
			return local ? mergeDocs(local, doc) : doc;
		}), now);
	}

	/**
	 * A large write's new keys are looked up together first (key-lookup.ts): those answers hold for the whole settle,
	 * since only docs whose keys meet nothing are written before it ends. Keys settle meets later are read one by one.
	 * `alone(doc)`: the doc's every key was looked up and is held by no other doc, stored or written, so settle leaves
	 * it as it is and no merge can reach it.
	 */
	private async settleStore(
		items: ItemStore, changed: ItemDoc[], keysBefore: ReadonlyMap<string, readonly string[]>,
	): Promise<{store: SettleStore; alone: (doc: ItemDoc) => boolean}> {
		const index = items.index('keys');
		const holders = new Map<string, number>();
		const fresh = changed.filter(isLiveDoc).flatMap(doc => {
			const keys = docKeys(doc);
			for (const key of keys) holders.set(key, (holders.get(key) ?? 0) + 1);
			const before = keysBefore.get(doc.id);
			return before && before.join('\n') === keys.join('\n') ? [] : keys;
		});
		const known = fresh.length > KEY_SCAN_ABOVE ? await idsByKeys(index, fresh) : new Map<string, string[]>();
		const held = (key: string, id: string) =>
			holders.get(key) === 1 && known.get(key)?.every(other => other === id);
		return {
			store: {
				get: async id => (await items.get(id))?.doc,
				idsByKey: async key => known.get(key) ?? index.getAllKeys(key),
			},
			alone: doc => isLiveDoc(doc) && !doc.f.mergedInto?.v && docKeys(doc).every(key => held(key, doc.id)),
		};
	}

	/**
	 * Writes rows, the clock, and the version of every shard touched, all in the caller's transaction. The clock
	 * advances past every stamp written (a backup's, a peer's), so this device's next write sorts after them.
	 */
	private async put(
		tx: IDBPTransaction<ShelfmarkDB, WriteStores, 'readwrite'>, docs: ItemDoc[], clock: Clock, now: number,
		wasLive: Map<string, boolean>, early: Early, progress: ReturnType<typeof counter>,
	): Promise<Item[]> {
		const newest = docs.map(docStamp).reduce((a, b) => (a > b ? a : b), '');
		if (newest && newest > formatStamp(clock)) clock = receive(clock, newest, now).clock;
		const store = tx.objectStore('items');
		const views = tx.objectStore('views');
		const meta = tx.objectStore('meta');
		// Whether each doc was in the list before: known from the rows the write read, else from its row
		// (settled merges: only docs of the write's ids are put before settle).
		// Only those reads wait for the puts queued before them.
		const unread = docs.filter(doc => !wasLive.has(doc.id));
		const read = new Map(await Promise.all(unread.map(async doc =>
			[doc.id, storedLive(await store.get(doc.id))] as const)));
		const before = docs.map(doc => wasLive.get(doc.id) ?? read.get(doc.id)!);
		const {versionsRow, countRow} = early;
		const versions = (versionsRow?.value as ShardVersions | undefined) ?? {epoch: randomNode(), counters: {}};
		// Plain requests, not a promise and two listeners per put as idb gives: at 20,000 puts those cost a third of an
		// import. Each row is put as soon as it is derived, so the database writes while later ones are built. A put
		// that fails aborts the transaction (nothing handles its error event) and tx.done rejects with it.
		const rows = unwrap(store);
		const viewRows = unwrap(views);
		const paged: ViewRow[] = [];
		progress.grow(docs.length);
		let live = 0;
		const items = docs.map((doc, i) => {
			const item = early.items.get(doc) ?? materialize(doc);
			const shard = shardOf(doc.id);
			versions.counters[shard] = (versions.counters[shard] ?? 0) + 1;
			if (!early.rows.has(doc)) progress.stored(rows.put(toRow(doc, item)));
			const view = toView(item, early.seq);
			if (early.paged) paged.push(view);
			else if (!early.items.has(doc)) viewRows.put(view);
			live += view.live - Number(before[i]);
			return item;
		});
		progress.end();
		const count = countRow && (countRow.value as number) + live;
		const pages = unwrap(tx.objectStore('viewPages'));
		for (let page = 0; page * SNAPSHOT_PAGE < paged.length; page++) {
			pages.put({seq: early.seq, page, views: paged.slice(page * SNAPSHOT_PAGE, (page + 1) * SNAPSHOT_PAGE)});
		}
		await Promise.all([
			meta.put({key: 'clock', value: clock}), meta.put({key: WRITE_SEQ, value: early.seq}),
			...(docs.length > 0 ? [meta.put({key: SHARD_VERSIONS, value: versions})] : []),
			...(count === undefined ? [] : [meta.put({key: LIVE_COUNT, value: count})]),
			tx.done,
		]);
		this.lastWrite = early.seq;
		// After the answer and the first reads that follow it; what is left when the worker stops, the next start moves
		if (paged.length > 0) setTimeout(() => void this.unpackViews().catch(() => {}), UNPACK_AFTER);
		return items;
	}

	/**
	 * Moves the views of large writes into the views store, oldest page first, one page per transaction: a worker
	 * killed meanwhile leaves the pages not yet moved, and the next start moves them. A view already stored from a
	 * later write stays. Until the pages are gone, `view` reads the item's doc and `livePage` defers to the whole list.
	 */
	unpackViews(): Promise<void> {
		return (this.unpacking ??= (async () => {
			try {
				while (await this.unpackPage());
			} finally {
				this.unpacking = undefined;
			}
		})());
	}

	private async unpackPage(): Promise<boolean> {
		const tx = this.db.transaction(['viewPages', 'views'], 'readwrite');
		try {
			const [page] = await tx.objectStore('viewPages').getAll(undefined, 1);
			if (!page) return false;
			// The views put by later writes, mostly none: one read, not one per view (views from before version 7 have
			// no number, so are older)
			const views = tx.objectStore('views');
			const later = new Set(await views.index('seq').getAllKeys(IDBKeyRange.lowerBound(page.seq, true)));
			const rows = unwrap(views);
			for (const view of page.views) if (!later.has(view.id)) rows.put(view);
			await Promise.all([tx.objectStore('viewPages').delete([page.seq, page.page]), tx.done]);
			return true;
		} catch (error) {
			abort(tx);
			throw storageError(error);
		}
	}

	/** Docs of one sync shard (any width up to the widest), tombstones included. */
	async shardDocs(shard: string): Promise<ItemDoc[]> {
		const rows = await this.db.getAllFromIndex('items', 'shard', IDBKeyRange.bound(shard, `${shard}\uffff`));
		return rows.map(row => row.doc);
	}

	/** A token per widest shard that changes on every write to it and never repeats after a wipe (epoch). */
	async shardVersions(): Promise<Record<string, string>> {
		const versions = (await this.db.get('meta', SHARD_VERSIONS))?.value as ShardVersions | undefined;
		if (!versions) return {};
		return Object.fromEntries(Object.entries(versions.counters).map(([shard, n]) => [shard, `${versions.epoch}:${n}`]));
	}

	async getMeta<T>(key: string): Promise<T | undefined> {
		return (await this.db.get('meta', key))?.value as T | undefined;
	}

	async setMeta(key: string, value: unknown): Promise<void> {
		await this.db.put('meta', {key, value});
	}

	/** Reads and rewrites one meta value in one transaction, so two updates never lose each other's change. */
	async updateMeta<T>(key: string, update: (value: T | undefined) => T): Promise<T> {
		const tx = this.db.transaction('meta', 'readwrite');
		const value = update((await tx.store.get(key))?.value as T | undefined);
		await Promise.all([tx.store.put({key, value}), tx.done]);
		return value;
	}

	/** Whether the stored views are complete and follow today's `materialize`. */
	async viewsCurrent(): Promise<boolean> {
		return (await this.getMeta<number>(VIEWS)) === VIEWS_VERSION;
	}

	/**
	 * Rebuilds every view from the docs, with its version mark, in one transaction: a worker killed halfway leaves no
	 * mark, and the next start rebuilds. Returns the items it materialised.
	 */
	async rebuildViews(): Promise<Item[]> {
		const tx = this.db.transaction(['items', 'views', 'meta', 'snapshot', 'viewPages'], 'readwrite');
		const meta = tx.objectStore('meta');
		const [rows, seqRow] = await Promise.all([tx.objectStore('items').getAll(), meta.get(WRITE_SEQ)]);
		const items = rows.map(row => materialize(row.doc));
		const seq = nextSeq(seqRow);
		const views = tx.objectStore('views');
		// The copy and the pages hold views replaced here
		await Promise.all([views.clear(), tx.objectStore('snapshot').clear(), tx.objectStore('viewPages').clear()]);
		const viewRows = items.map(item => toView(item, seq));
		await Promise.all([
			...viewRows.map(row => views.put(row)), meta.put({key: VIEWS, value: VIEWS_VERSION}),
			meta.put({key: WRITE_SEQ, value: seq}),
			meta.put({key: LIVE_COUNT, value: viewRows.filter(row => row.live === 1).length}), tx.done,
		]);
		this.lastWrite = seq;
		return items;
	}

	/** The number of the last write: every view put up to it is in the views store. */
	async writeSeq(): Promise<number> {
		return (await this.getMeta<number>(WRITE_SEQ)) ?? 0;
	}

	/** The mark of the list's copy, if there is one and it holds views as today's derive.ts writes them. */
	async snapshotMark(): Promise<SnapshotMark | undefined> {
		const mark = (await this.db.get('snapshot', 0))?.mark;
		return mark?.version === VIEWS_VERSION ? mark : undefined;
	}

	/**
	 * Up to `count` pages of the list's copy from page `from`. Only the service that reads them rewrites the copy,
	 * after it has read all of it, so pages read in several transactions belong to one copy.
	 */
	async snapshotPages(from: number, count: number): Promise<Item[][]> {
		const pages = await this.db.getAll('snapshot', IDBKeyRange.bound(from, from + count - 1));
		return pages.map(page => page.items);
	}

	/**
	 * The views put by writes after `seq`, in the order they were put (paged ones included), and the number of the
	 * last write, read together.
	 */
	async viewsSince(seq: number): Promise<{views: ViewRow[]; seq: number}> {
		const tx = this.db.transaction(['views', 'meta', 'viewPages']);
		const [views, pages, last] = await Promise.all([
			tx.objectStore('views').index('seq').getAll(IDBKeyRange.lowerBound(seq, true)),
			tx.objectStore('viewPages').getAll(IDBKeyRange.lowerBound([seq + 1])),
			tx.objectStore('meta').get(WRITE_SEQ),
		]);
		const paged = pages.flatMap(page => page.views);
		const ordered = paged.length > 0 ? [...views, ...paged].sort((a, b) => a.seq! - b.seq!) : views;
		return {views: ordered, seq: (last?.value as number | undefined) ?? 0};
	}

	/**
	 * Replaces the list's copy with `items`, which hold every write up to `seq`, in one transaction: a worker killed
	 * halfway leaves the copy before it. Page by page, so the worker answers messages while the pages are cloned.
	 */
	async writeSnapshot(items: readonly Item[], seq: number): Promise<void> {
		const tx = this.db.transaction('snapshot', 'readwrite');
		try {
			await tx.store.clear();
			for (let page = Math.max(1, Math.ceil(items.length / SNAPSHOT_PAGE)) - 1; page >= 0; page--) {
				const slice = items.slice(page * SNAPSHOT_PAGE, (page + 1) * SNAPSHOT_PAGE);
				await tx.store.put({page, items: slice, ...(page === 0 ? {mark: {seq, version: VIEWS_VERSION}} : {})});
			}
			await tx.done;
		} catch (error) {
			abort(tx);
			throw storageError(error);
		}
	}

	/**
	 * Up to `count` views in id order after `after`: the list read in slices, so messages are answered between them.
	 * Paged views are not in it (`unpackViews` first).
	 */
	viewSlice(after: string | undefined, count: number): Promise<ViewRow[]> {
		return this.db.getAll('views', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), count);
	}

	async view(id: string): Promise<Item | undefined> {
		const tx = this.db.transaction(['views', 'viewPages', 'items']);
		const [row, paged] = await Promise.all([tx.objectStore('views').get(id), tx.objectStore('viewPages').count()]);
		if (paged === 0) return row?.item;
		const doc = (await tx.objectStore('items').get(id))?.doc;
		return doc && materialize(doc);
	}

	/**
	 * A page of the list in its default order (newest added) and the list's length, in two reads; none while views of
	 * a large write are still paged.
	 */
	async livePage(offset: number, limit: number): Promise<{items: Item[]; total: number} | undefined> {
		const tx = this.db.transaction(['views', 'meta', 'viewPages']);
		const index = tx.objectStore('views').index('live-added');
		const [counted, rows, paged] = await Promise.all([
			tx.objectStore('meta').get(LIVE_COUNT), limit > 0 ? index.getAll(live(), offset + limit) : [],
			tx.objectStore('viewPages').count(),
		]);
		if (paged > 0) return undefined;
		const total = (counted?.value as number | undefined) ?? await index.count(live());
		return {items: rows.slice(offset).map(row => row.item), total};
	}

	async get(id: string): Promise<ItemDoc | undefined> {
		return (await this.db.get('items', id))?.doc;
	}

	async all(): Promise<ItemRow[]> {
		return this.db.getAll('items');
	}

	/** Ids of items that hold an identity key (a link's urlKey, `isbn:...`, `doi:...`), tombstones included. */
	async idsByKey(key: string): Promise<string[]> {
		return this.db.getAllKeysFromIndex('items', 'keys', key);
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

