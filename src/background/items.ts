import {type ItemDoc, type ItemPatch, applyPatch, materialize, setDeleted} from '../core/item-doc.ts';
import {
	type ItemQuery, type QueryResult, type TopicCount, queryItems, rankTopics, retallyTopics, tallyTopics,
} from '../core/query.ts';
import {type SaveInput, cleanPatch, saveDoc, withFinishedAt} from '../core/save.ts';
import {normalizeTopic} from '../core/topics.ts';
import type {Item} from '../core/types.ts';
import {TitleBuckets} from '../core/duplicates.ts';
import {type Identified, itemKeys, newItemId} from '../core/keys.ts';
import {parseId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {mergeGroup} from '../core/merge-items.ts';
import type {Change, ItemRepository, Progress} from '../storage/repository.ts';
import {AppError} from '../core/errors.ts';
import {itemCompactor} from './compact-items.ts';
import {ListCopy} from './list-copy.ts';
import {type TopicChange, applyTopicChange, mergeChange, narrowChange, readTopicChanges} from '../core/topic-changes.ts';

/** The first rows up to here come from the index while the list is still loading (first screens, counts). */
const INDEXED_ROWS = 500;

/** A query the `live-added` index answers alone: the start of the list in its default order, unfiltered. */
const indexed = (q: ItemQuery) => !q.text?.trim() && !q.topics?.length && q.status === undefined && q.kind === undefined
	&& q.recommendedBy === undefined && !q.trash && (q.sort ?? 'added') === 'added'
	&& (q.offset ?? 0) + (q.limit ?? Infinity) <= INDEXED_ROWS;

/**
 * The list as the background serves it: writes go through the repository, reads come from a cache of items that a
 * restarted worker reads back from the stored views (DESIGN §7, issue 17). Until that cache is in, the first page
 * and the counts come from an index, and single items from their view, so a cold start never waits for the list.
 */
export class ItemService {
	private cache?: Promise<Map<string, Item>>;
	/** The cache, once read. */
	private loaded?: Map<string, Item>;
	/** Items written while the cache was being read: applied over it when it is in. */
	private readonly pending = new Map<string, Item>();
	/** Whether the stored views are complete; until a rebuild they are not, and every read waits for it. */
	private current?: Promise<boolean>;
	/** The cache as one array, replaced only by writes: queryItems reuses its search index while it is the same. */
	private list?: Item[];
	/** Each topic's count, kept with every write once counted; and its ranked form, until the next write. */
	private tally?: Map<string, number>;
	private ranked?: TopicCount[];
	/** Live items by title, moved with every write once built: the possible duplicates without a scan. */
	private titles?: TitleBuckets;
	/** How a cold start reads the list, and the copy of it that makes that quick. */
	readonly copy: ListCopy;

	constructor(readonly repository: ItemRepository, private readonly onChange: (items: Item[]) => void = () => {}) {
		this.copy = new ListCopy(repository);
	}

	private load(): Promise<Map<string, Item>> {
		this.cache ??= this.read().then(items => {
			// Later entries win: the views written since the copy come after it
			const cache = new Map(items.map(item => [item.id, item]));
			for (const [id, item] of this.pending) cache.set(id, item);
			this.pending.clear();
			this.loaded = cache;
			this.copy.maybeCopy(cache);
			return cache;
		});
		this.cache.catch(() => { this.cache = undefined; }); // A failed load is retried on the next call
		return this.cache;
	}

	private async read(): Promise<Item[]> {
		if (!await this.viewsCurrent()) {
			const items = await this.repository.rebuildViews();
			this.current = Promise.resolve(true);
			this.copy.rebuilt();
			return items;
		}
		const items = await this.copy.read(itemCompactor());
		// A worker stopped soon after a large write left its views in pages: moved now, for the next start's first rows
		void this.repository.unpackViews().catch(() => {});
		return items;
	}

	private viewsCurrent(): Promise<boolean> {
		this.current ??= this.repository.viewsCurrent();
		this.current.catch(() => { this.current = undefined; });
		return this.current;
	}

	/** One item by id: from the cache once it is in, else from its stored view. */
	private async item(id: string): Promise<Item | undefined> {
		if (this.loaded) return this.loaded.get(id);
		if (!await this.viewsCurrent()) return (await this.load()).get(id);
		return this.pending.get(id) ?? await this.repository.view(id);
	}

	/** The item an id names now: itself, or the survivor it was merged into. */
	private async follow(id: string): Promise<Item | undefined> {
		let item = await this.item(id);
		for (let hop = 0; item?.mergedInto && hop < 16; hop++) item = await this.item(item.mergedInto);
		return item;
	}

	private commit(items: Item[]): Item[] {
		const target = this.loaded ?? this.pending;
		for (const item of items) {
			const before = target.get(item.id);
			if (this.tally) retallyTopics(this.tally, before, item); // Counted from the loaded list only
			this.titles?.move(before, item);
			target.set(item.id, item);
		}
		this.copy.written(items.length);
		if (this.loaded) this.copy.maybeCopy(this.loaded);
		if (items.length > 0) {
			this.list = undefined;
			this.ranked = undefined;
			this.onChange(items);
		}
		return items;
	}

	async all(): Promise<Item[]> {
		const cache = await this.load();
		return (this.list ??= [...cache.values()]);
	}

	async get(id: string): Promise<Item | null> {
		return (await this.item(id)) ?? null;
	}

	/**
	 * The item saved for a work: by any identity key it shares (its link first, then ISBNs, then other ids), live
	 * items before trashed ones; an absorbed item answers with its survivor.
	 */
	async find(work: Identified | string | undefined, isbn: string[] = []): Promise<Item | null> {
		const given = typeof work === 'object' ? work : {url: work, aliases: [], isbn, ids: []};
		const keys = itemKeys({
			...given,
			isbn: given.isbn.flatMap(code => toIsbn13(code) ?? []),
			ids: given.ids.flatMap(id => parseId(id) ?? []),
		});
		const found: Item[] = [];
		for (const key of keys) {
			for (const id of await this.repository.idsByKey(key)) {
				const item = await this.follow(id);
				if (item && !found.includes(item)) found.push(item);
			}
		}
		return found.find(item => !item.deletedAt) ?? found[0] ?? null;
	}

	/** Saves a work: into `input.id`, else into the item that shares a key with it, else a new item. */
	async save(input: SaveInput): Promise<Item> {
		const clean = cleanPatch(input);
		const work = {
			url: clean.url ?? undefined, aliases: clean.aliases ?? [], isbn: clean.isbn ?? [], ids: clean.ids ?? [],
		};
		const id = input.id ?? (await this.find(work))?.id ?? newItemId(work);
		this.commit(await this.repository.write([id], (current, t) => [saveDoc(current.get(id), id, input, t)]));
		return (await this.follow(id))!;
	}

	/** Merges two or more items the user says are one work; returns the survivor. */
	async merge(ids: string[]): Promise<Item> {
		this.commit(await this.repository.write(ids, (current, t) =>
			mergeGroup(ids.map(id => found(current.get(id))), t)));
		return (await this.follow([...ids].sort()[0]!))!;
	}

	/** What merging these items would give, without writing anything. */
	async mergePreview(ids: string[]): Promise<Item> {
		const docs = await Promise.all(ids.map(async id => found(await this.repository.get(id))));
		return materialize(mergeGroup(docs, '')[0]!);
	}

	/** The item an id names now: itself, or the survivor it was merged into (null when it is gone). */
	async survivor(id: string): Promise<Item | null> {
		const item = await this.follow(id);
		return item && !item.mergedInto ? item : null;
	}

	/**
	 * Groups of live items that are possibly one work (same title and first author), for the user to decide. The
	 * options page asks after every change: the titles are bucketed once, then moved with every write.
	 */
	async possibleDuplicates(): Promise<Item[][]> {
		const cache = await this.load();
		return (this.titles ??= new TitleBuckets(cache.values())).groups();
	}

	async update(ids: string[], patch: ItemPatch): Promise<Item[]> {
		const clean = cleanPatch(patch);
		const docs = await this.repository.write(ids, (current, t) => ids.map(id => {
			const doc = current.get(id);
			if (!doc) throw new AppError('NOT_FOUND', `No item ${id}`);
			return applyPatch(doc, withFinishedAt(doc, clean, t), t);
		}));
		return this.commit(docs);
	}

	async setDeleted(ids: string[], deleted: boolean): Promise<void> {
		const docs = await this.repository.write(ids, (current, t) =>
			ids.flatMap(id => {
				const doc = current.get(id);
				return doc && doc.del.v !== deleted ? [setDeleted(doc, deleted, t)] : [];
			}));
		this.commit(docs);
	}

	/** Merges docs from elsewhere (backup, sync) in one transaction: all or nothing, never overwriting. */
	async mergeIn(docs: ItemDoc[]): Promise<number> {
		return this.commit(await this.repository.mergeIn(docs)).length;
	}

	/** Applies `change` in one repository transaction (imports: all or nothing) and updates the cache. */
	async write(ids: string[], change: Change, onProgress?: Progress): Promise<Item[]> {
		return this.commit(await this.repository.write(ids, change, Date.now(), onProgress));
	}

	/** Every stored doc, tombstones included (the lossless backup). */
	async docs(): Promise<ItemDoc[]> {
		return (await this.repository.all()).map(row => row.doc);
	}

	async query(query: ItemQuery): Promise<QueryResult> {
		if (!this.loaded && indexed(query) && await this.viewsCurrent()) {
			const page = await this.repository.livePage(Math.max(0, query.offset ?? 0), query.limit!);
			void this.load().catch(() => {}); // Searches and filters come next: read the list meanwhile
			if (page) return page;
		}
		return queryItems(await this.all(), query);
	}

	/**
	 * The topics and their counts: counted once, then moved with every write (the popup asks on every opening, the
	 * topic manager after every change; counting 100,000 items takes 20-110 ms).
	 */
	async topics(): Promise<TopicCount[]> {
		const cache = await this.load();
		this.tally ??= tallyTopics(cache.values());
		return (this.ranked ??= rankTopics(this.tally));
	}

	/** Renames a topic everywhere (merging into `to` where an item has both); `to` empty deletes it. */
	async renameTopic(from: string, to: string): Promise<number> {
		return (await this.mergeTopics([from], to)).length;
	}

	/**
	 * Replaces every topic of `from` with `to` on every item, in one transaction; `to` empty deletes them. Returns
	 * what changed on each item, so the merge can be undone (`changeTopics` with the changes inverted).
	 */
	async mergeTopics(from: readonly string[], to: string): Promise<TopicChange[]> {
		const target = to ? normalizeTopic(to) : '';
		const sources = new Set(from.map(normalizeTopic).filter(Boolean));
		const ids = (await this.all())
			.filter(item => item.topics.some(topic => sources.has(topic)))
			.map(item => item.id);
		return this.rewriteTopics(ids, (id, topics) => mergeChange(id, topics, sources, target));
	}

	/** Adds and removes topics item by item, in one transaction; returns how many items changed. */
	async changeTopics(changes: readonly TopicChange[]): Promise<number> {
		const byId = new Map(readTopicChanges(changes).map(change => [change.id, {
			id: change.id, add: change.add.map(normalizeTopic).filter(Boolean),
			remove: change.remove.map(normalizeTopic),
		}]));
		return (await this.rewriteTopics([...byId.keys()], (id, topics) => narrowChange(topics, byId.get(id)!))).length;
	}

	/** Writes `change(id, topics)` to each of `ids` that it changes, in one transaction; returns the changes made. */
	private async rewriteTopics(
		ids: string[], change: (id: string, topics: string[]) => TopicChange | undefined,
	): Promise<TopicChange[]> {
		const made: TopicChange[] = [];
		const docs = await this.repository.write(ids, (current, t) => ids.flatMap(id => {
			const doc = current.get(id);
			const topics = doc ? materialize(doc).topics : [];
			const next = doc && change(id, topics);
			if (!next) return [];
			made.push(next);
			return [applyPatch(doc, {topics: applyTopicChange(topics, next)}, t)];
		}));
		this.commit(docs);
		return made;
	}

	async recommenders(): Promise<{url: string; title?: string; count: number}[]> {
		const byUrl = new Map<string, {url: string; title?: string; count: number}>();
		for (const item of await this.all()) {
			if (item.deletedAt) continue;
			for (const {url, title} of item.recommendedBy) {
				const entry = byUrl.get(url) ?? {url, count: 0};
				entry.count++;
				if (title && !entry.title) entry.title = title;
				byUrl.set(url, entry);
			}
		}
		return [...byUrl.values()].sort((a, b) => b.count - a.count);
	}
}


function found(doc: ItemDoc | undefined): ItemDoc {
	if (!doc) throw new AppError('NOT_FOUND', 'An item to merge no longer exists');
	return doc;
}
