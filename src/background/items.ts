import {type ItemDoc, type ItemPatch, applyPatch, materialize, setDeleted} from '../core/item-doc.ts';
import {type ItemQuery, type QueryResult, type TopicCount, countTopics, queryItems} from '../core/query.ts';
import {type SaveInput, cleanPatch, normalizeTopic, saveDoc, withFinishedAt} from '../core/save.ts';
import type {Item} from '../core/types.ts';
import {possibleDuplicates} from '../core/duplicates.ts';
import {type Identified, itemKeys, newItemId} from '../core/keys.ts';
import {parseId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {mergeGroup} from '../core/merge-items.ts';
import type {Change, ItemRepository} from '../storage/repository.ts';
import {AppError} from '../core/errors.ts';

/**
 * The list as the background serves it: writes go through the repository, reads come from a cache of
 * materialised items that is rebuilt from IndexedDB whenever the worker starts again.
 */
export class ItemService {
	private cache?: Promise<Map<string, Item>>;
	/** The cache as one array, replaced only by writes: queryItems reuses its search index while it is the same. */
	private list?: Item[];

	constructor(readonly repository: ItemRepository, private readonly onChange: (items: Item[]) => void = () => {}) {}

	private load(): Promise<Map<string, Item>> {
		this.cache ??= this.repository.all().then(rows => new Map(rows.map(row => [row.id, materialize(row.doc)])));
		this.cache.catch(() => { this.cache = undefined; }); // A failed load is retried on the next call
		return this.cache;
	}

	private async commit(items: Item[]): Promise<Item[]> {
		const cache = await this.load();
		for (const item of items) cache.set(item.id, item);
		if (items.length > 0) {
			this.list = undefined;
			this.onChange(items);
		}
		return items;
	}

	async all(): Promise<Item[]> {
		const cache = await this.load();
		return (this.list ??= [...cache.values()]);
	}

	async get(id: string): Promise<Item | null> {
		return (await this.load()).get(id) ?? null;
	}

	/**
	 * The item saved for a work: by any identity key it shares (its link first, then ISBNs, then other ids), live
	 * items before trashed ones; an absorbed item answers with its survivor.
	 */
	async find(work: Identified | string | undefined, isbn: string[] = []): Promise<Item | null> {
		const cache = await this.load();
		const given = typeof work === 'object' ? work : {url: work, aliases: [], isbn, ids: []};
		const keys = itemKeys({
			...given,
			isbn: given.isbn.flatMap(code => toIsbn13(code) ?? []),
			ids: given.ids.flatMap(id => parseId(id) ?? []),
		});
		const found: Item[] = [];
		for (const key of keys) {
			for (const id of await this.repository.idsByKey(key)) {
				const item = followMerges(cache, id);
				if (item && !found.includes(item)) found.push(item);
			}
		}
		return found.find(item => !item.deletedAt) ?? found[0] ?? null;
	}

	/** Saves a work: into `input.id`, else into the item that shares a key with it, else a new item. */
	async save(input: SaveInput): Promise<Item> {
		const clean = cleanPatch(input);
		const work = {url: clean.url ?? undefined, aliases: clean.aliases ?? [], isbn: clean.isbn ?? [], ids: clean.ids ?? []};
		const id = input.id ?? (await this.find(work))?.id ?? newItemId(work);
		const written = await this.repository.write([id], (current, t) => [saveDoc(current.get(id), id, input, t)]);
		await this.commit(written);
		return followMerges(await this.load(), id)!;
	}

	/** Merges two or more items the user says are one work; returns the survivor. */
	async merge(ids: string[]): Promise<Item> {
		const written = await this.repository.write(ids, (current, t) => mergeGroup(ids.map(id => found(current.get(id))), t));
		await this.commit(written);
		return followMerges(await this.load(), [...ids].sort()[0]!)!;
	}

	/** What merging these items would give, without writing anything. */
	async mergePreview(ids: string[]): Promise<Item> {
		const docs = await Promise.all(ids.map(async id => found(await this.repository.get(id))));
		return materialize(mergeGroup(docs, '')[0]!);
	}

	/** The item an id names now: itself, or the survivor it was merged into (null when it is gone). */
	async survivor(id: string): Promise<Item | null> {
		const item = followMerges(await this.load(), id);
		return item && !item.mergedInto ? item : null;
	}

	/** Groups of live items that are possibly one work (same title and first author), for the user to decide. */
	async possibleDuplicates(): Promise<Item[][]> {
		return possibleDuplicates(await this.all());
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
		await this.commit(docs);
	}

	/** Merges docs from elsewhere (backup, sync) in one transaction: all or nothing, never overwriting. */
	async mergeIn(docs: ItemDoc[]): Promise<number> {
		return (await this.commit(await this.repository.mergeIn(docs))).length;
	}

	/** Applies `change` in one repository transaction (imports: all or nothing) and updates the cache. */
	async write(ids: string[], change: Change): Promise<Item[]> {
		return this.commit(await this.repository.write(ids, change));
	}

	/** Every stored doc, tombstones included (the lossless backup). */
	async docs(): Promise<ItemDoc[]> {
		return (await this.repository.all()).map(row => row.doc);
	}

	async query(query: ItemQuery): Promise<QueryResult> {
		return queryItems(await this.all(), query);
	}

	async topics(): Promise<TopicCount[]> {
		return countTopics((await this.all()).filter(item => !item.deletedAt));
	}

	/** Renames a topic everywhere (merging into `to` where an item has both); `to` empty deletes it. */
	async renameTopic(from: string, to: string): Promise<number> {
		const source = normalizeTopic(from);
		const target = to ? normalizeTopic(to) : '';
		if (!source || source === target) return 0;
		const ids = (await this.all()).filter(item => item.topics.includes(source)).map(item => item.id);
		const docs = await this.repository.write(ids, (current, t) => ids.map(id => {
			const doc = current.get(id)!;
			const topics = materialize(doc).topics.filter(topic => topic !== source);
			if (target && !topics.includes(target)) topics.push(target);
			return applyPatch(doc, {topics}, t);
		}));
		await this.commit(docs);
		return docs.length;
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

/** The item an id names now: itself, or the survivor it was merged into. */
function followMerges(cache: Map<string, Item>, id: string): Item | undefined {
	let item = cache.get(id);
	for (let hop = 0; item?.mergedInto && hop < 16; hop++) item = cache.get(item.mergedInto);
	return item;
}


function found(doc: ItemDoc | undefined): ItemDoc {
	if (!doc) throw new AppError('NOT_FOUND', 'An item to merge no longer exists');
	return doc;
}
