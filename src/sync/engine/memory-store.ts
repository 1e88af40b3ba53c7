import {createClock, formatStamp, receive, tick, type Clock, type Stamp} from '../../core/hlc.ts';
import {docStamp, emptyDoc, mergeDocs, type ItemDoc} from '../../core/item-doc.ts';
import {docKeys, isLiveDoc} from '../../core/merge-items.ts';
import {settle} from '../../core/settle.ts';
import {decided, holdMore, keepChange, type Held} from '../../core/far-ahead.ts';
import type {LocalStore, SyncState} from './ports.ts';
import {MAX_SHARD_WIDTH, shardOf} from '../../core/shards.ts';

/** The JSON form of a MemoryStore: the CLI state file. */
export type MemoryStoreSnapshot = {
	node: string; clock: Clock; epoch: string; docs: ItemDoc[]; versions: Record<string, number>;
	sync: Record<string, SyncState>;
	/** Far-ahead writes held aside (since issue 14; older state files lack it). */
	held?: Held;
};

/**
 * The LocalStore port in memory, with an HLC and local edit helpers: the replica of tests, the CLI's state
 * file, and the reference the IndexedDB implementation must behave like. Values are copied in and out, as
 * a real store would, so callers cannot alias its state.
 */
export class MemoryStore implements LocalStore {
	readonly docs = new Map<string, ItemDoc>();
	clock: Clock;
	private readonly versions = new Map<string, number>();
	/** Ids per MAX_SHARD_WIDTH shard, so a shard read does not scan the whole list. */
	private readonly byShard = new Map<string, Set<string>>();
	private readonly syncStates = new Map<string, SyncState>();
	/** Ids per identity key, and each doc's keys: the `keys` index of the IndexedDB store. */
	private readonly byKey = new Map<string, Set<string>>();
	private readonly keysOf = new Map<string, readonly string[]>();
	/** Writes and merges run one at a time, as IndexedDB transactions on one store do: settling awaits in between. */
	private tail: Promise<unknown> = Promise.resolve();
	private epoch: string;
	/** Far-ahead writes held aside for the user, by item id (core/far-ahead.ts). */
	held: Held = Object.create(null) as Held;

	constructor(node: string, private readonly now: () => number = Date.now) {
		this.clock = createClock(node);
		this.epoch = Math.random().toString(36).slice(2, 10);
	}

	/** A fresh stamp for a local write. */
	stamp(): Stamp {
		this.clock = tick(this.clock, this.now());
		return formatStamp(this.clock);
	}

	/** A local edit: `change` gets the current doc (or an empty one) and a fresh stamp. */
	edit(id: string, change: (doc: ItemDoc, t: Stamp) => ItemDoc): ItemDoc {
		const t = this.stamp();
		const doc = change(this.docs.get(id) ?? emptyDoc(id, t), t);
		this.put(doc);
		return structuredClone(doc);
	}

	/**
	 * A local write as the extension's repository makes it: `change` gets the current docs and one stamp, and the
	 * result settles (items that came to share a key merge, edits to absorbed items follow into their survivor).
	 */
	write(
		ids: string[], change: (current: Map<string, ItemDoc | undefined>, t: Stamp) => ItemDoc[],
	): Promise<ItemDoc[]> {
		return this.exclusive(() => this.writeNow(ids, change));
	}

	/** The stored keys of those of `ids` that are live: what settle may skip when a write leaves them unchanged. */
	private liveKeys(ids: string[]): Map<string, readonly string[]> {
		return new Map(ids.flatMap(id => {
			const doc = this.docs.get(id);
			return doc && isLiveDoc(doc) ? [[id, this.keysOf.get(id) ?? []] as const] : [];
		}));
	}

	private async writeNow(
		ids: string[], change: (current: Map<string, ItemDoc | undefined>, t: Stamp) => ItemDoc[],
	): Promise<ItemDoc[]> {
		const changed = change(new Map(ids.map(id => [id, this.get(id)])), this.stamp());
		const settled = await settle(this, changed, this.liveKeys(ids), () => this.stamp());
		for (const doc of settled) this.put(doc);
		return settled.map(doc => structuredClone(doc));
	}

	private exclusive<T>(body: () => Promise<T>): Promise<T> {
		const run = this.tail.then(body);
		this.tail = run.catch(() => undefined);
		return run;
	}

	async idsByKey(key: string): Promise<string[]> {
		return [...this.byKey.get(key) ?? []];
	}

	get(id: string): ItemDoc | undefined {
		const doc = this.docs.get(id);
		return doc && structuredClone(doc);
	}

	/** `owned`: the doc is a fresh object nobody else holds (a merge result), so it needs no copy. */
	private put(doc: ItemDoc, owned = false): void {
		this.docs.set(doc.id, owned ? doc : structuredClone(doc));
		const shard = shardOf(doc.id, MAX_SHARD_WIDTH);
		this.index(doc.id);
		this.versions.set(shard, (this.versions.get(shard) ?? 0) + 1);
	}

	private index(id: string): void {
		const doc = this.docs.get(id)!;
		for (const key of this.keysOf.get(id) ?? []) this.byKey.get(key)?.delete(id);
		const keys = docKeys(doc);
		this.keysOf.set(id, keys);
		for (const key of keys) (this.byKey.get(key) ?? this.byKey.set(key, new Set()).get(key)!).add(id);
		const shard = shardOf(id, MAX_SHARD_WIDTH);
		let ids = this.byShard.get(shard);
		if (!ids) this.byShard.set(shard, ids = new Set());
		ids.add(id);
	}

	/** The stored docs themselves, not copies: docs are immutable values here (every change makes a new one). */
	async readShardDocs(shard: string): Promise<ItemDoc[]> {
		const out: ItemDoc[] = [];
		for (const [fine, ids] of this.byShard) {
			if (!fine.startsWith(shard.slice(0, MAX_SHARD_WIDTH))) continue;
			for (const id of ids) if (shardOf(id, shard.length) === shard) out.push(this.docs.get(id)!);
		}
		return out;
	}

	/** Merges remote docs, then settles them as a write does; the clock moves past every stamp received. */
	mergeDocs(docs: ItemDoc[]): Promise<void> {
		return this.exclusive(() => this.mergeNow(docs));
	}

	private async mergeNow(docs: ItemDoc[]): Promise<void> {
		let newest = '';
		const changed: ItemDoc[] = [];
		const keysBefore = new Map<string, readonly string[]>();
		for (const doc of docs) {
			const mine = this.docs.get(doc.id);
			const merged = mine ? mergeDocs(mine, doc) : doc;
			if (!mine || JSON.stringify(merged) !== JSON.stringify(mine)) changed.push(merged);
			if (mine && isLiveDoc(mine)) keysBefore.set(doc.id, this.keysOf.get(doc.id) ?? []);
			const t = docStamp(doc);
			if (t > newest) newest = t;
		}
		if (newest) this.clock = receive(this.clock, newest, this.now()).clock;
		for (const doc of await settle(this, changed, keysBefore, () => this.stamp())) this.put(doc, true);
	}

	async hold(docs: ItemDoc[]): Promise<void> {
		this.held = holdMore(this.held, structuredClone(docs));
	}

	/** The user's answer to held records: keep writes them as a local edit stamped now; both mark them decided. */
	decideHeld(ids: string[], keep: boolean): Promise<void> {
		return this.exclusive(async () => {
			if (keep) await this.writeNow(ids, keepChange(this.held, ids));
			this.held = decided(this.held, ids);
		});
	}

	async shardVersions(): Promise<Record<string, string>> {
		return Object.fromEntries([...this.versions].map(([shard, n]) => [shard, `${this.epoch}:${n}`]));
	}

	async loadSyncState(target: string): Promise<SyncState | undefined> {
		const state = this.syncStates.get(target);
		return state && structuredClone(state);
	}

	async saveSyncState(target: string, state: SyncState): Promise<void> {
		this.syncStates.set(target, structuredClone(state));
	}

	toJSON(): MemoryStoreSnapshot {
		return {
			node: this.clock.node, clock: this.clock, epoch: this.epoch, docs: [...this.docs.values()],
			versions: Object.fromEntries(this.versions), sync: Object.fromEntries(this.syncStates), held: this.held,
		};
	}

	static fromJSON(snapshot: MemoryStoreSnapshot, now?: () => number): MemoryStore {
		const store = new MemoryStore(snapshot.node, now);
		store.clock = snapshot.clock;
		store.epoch = snapshot.epoch;
		for (const doc of snapshot.docs) {
			store.docs.set(doc.id, doc);
			store.index(doc.id);
		}
		for (const [shard, n] of Object.entries(snapshot.versions)) store.versions.set(shard, n);
		for (const [target, state] of Object.entries(snapshot.sync)) store.syncStates.set(target, state);
		Object.assign(store.held, snapshot.held);
		return store;
	}
}
