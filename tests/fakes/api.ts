import {createClock, formatStamp, tick, type Clock} from '../../src/core/hlc.ts';
import {type ItemDoc, applyPatch, materialize, mergeDocs, setDeleted} from '../../src/core/item-doc.ts';
import {countTopics, queryItems} from '../../src/core/query.ts';
import {cleanPatch, saveDoc, type SaveInput} from '../../src/core/save.ts';
import {normalizeTopic} from '../../src/core/topics.ts';
import type {Item} from '../../src/core/types.ts';
import {urlKey} from '../../src/core/url.ts';
import {itemLinks, newItemId, shareKey} from '../../src/core/keys.ts';
import {possibleDuplicates} from '../../src/core/duplicates.ts';
import {mergeGroup} from '../../src/core/merge-items.ts';
import {AppError} from '../../src/core/errors.ts';
import {type TopicChange, applyTopicChange, mergeChange, narrowChange} from '../../src/core/topic-changes.ts';
import type {BackgroundApi} from '../../src/shared/messages.ts';
import type {OpenLibraryWork} from '../../src/formats/open-library.ts';
import {fakeImportExportApi} from './import-export.ts';
import {fakeSyncApi, type FakeSyncOptions} from './sync.ts';
import {fakeHarvestApi, type FakeHarvestOptions} from './harvest.ts';

export type FakeApiOptions = {
	/** Called after every write, like the background bumping `revision` in storage.local. */
	onWrite?: () => void;
	/** Makes the next calls of these methods reject with this error (error-state tests). */
	fail?: Partial<Record<keyof BackgroundApi, Error>>;
	/** What lookupOpenLibrary answers, by query; any other query is LOOKUP_NOT_FOUND. */
	openLibrary?: Record<string, OpenLibraryWork>;
} & FakeSyncOptions & FakeHarvestOptions;

export type FakeApi = BackgroundApi & {
	/** The materialised items, trash included. */
	readonly items: Item[];
	/** Every call made, in order: `[method, ...args]`. */
	readonly calls: [keyof BackgroundApi, ...unknown[]][];
	options: FakeApiOptions;
};

/**
 * An in-memory BackgroundApi over the same pure functions the background uses (item docs, save rules,
 * queryItems), for component tests and previews. `seed` items are saved in order, oldest first.
 */
export function createFakeApi(seed: SaveInput[] = [], options: FakeApiOptions = {}): FakeApi {
	const docs = new Map<string, ItemDoc>();
	let cache: Item[] | undefined;
	let clock: Clock = createClock('fake');
	let now = Date.UTC(2025, 0, 1);
	const stamp = () => formatStamp(clock = tick(clock, now += 1000));
	const all = () => (cache ??= [...docs.values()].map(doc => materialize(doc)));
	// urlKey of the URL or an alias -> id, so seeding 10,000 items stays linear
	const byUrl = new Map<string, string>();
	const write = (changed: ItemDoc[]) => {
		for (const doc of changed) {
			docs.set(doc.id, doc);
			const item = materialize(doc);
			for (const url of itemLinks(item)) byUrl.set(urlKey(url), doc.id);
		}
		cache = undefined;
		if (changed.length > 0) api.options.onWrite?.();
	};
	const doc = (id: string) => {
		const found = docs.get(id);
		if (!found) throw new AppError('NOT_FOUND', `No item ${id}`);
		return found;
	};
	const find = (url: string | null | undefined) => {
		const id = url ? byUrl.get(urlKey(url)) : undefined;
		return id === undefined ? null : materialize(docs.get(id)!);
	};
	const save = (input: SaveInput) => {
		const id = input.id ?? find(input.url)?.id
			?? newItemId({url: input.url ?? undefined, aliases: [], isbn: input.isbn ?? [], ids: input.ids ?? []});
		const next = saveDoc(docs.get(id), id, input, stamp());
		write([next]);
		return materialize(next);
	};
	/** Writes each item's change (as `change` makes it from the item's topics); returns the changes made. */
	const rewriteTopics = (change: (item: Item) => TopicChange | undefined) => {
		const made = all().flatMap(item => change(item) ?? []);
		write(made.map(next => applyPatch(doc(next.id),
			{topics: applyTopicChange(materialize(doc(next.id)).topics, next)}, stamp())));
		return made;
	};
	const mergeTopics = (from: string[], to: string) => {
		const sources = new Set(from.map(normalizeTopic));
		return rewriteTopics(item => mergeChange(item.id, item.topics, sources, to ? normalizeTopic(to) : ''));
	};
	const changeTopics = (changes: TopicChange[]) => {
		const byId = new Map(changes.map(change => [change.id, change]));
		return rewriteTopics(item => (byId.has(item.id)
			? narrowChange(item.topics, byId.get(item.id)!)
			: undefined)).length;
	};
	const setTrash = (ids: string[], deleted: boolean) => write(ids.map(id => setDeleted(doc(id), deleted, stamp())));

	const impl: BackgroundApi = {
		inspectTab: async (tabId, fallback) =>
			({tabId, metadata: null, blocked: 'EXTRACT_BLOCKED', existing: find(fallback.url)}),
		saveItem: async input => save(input),
		updateItem: async (id, patch) => {
			const next = applyPatch(doc(id), cleanPatch(patch), stamp());
			write([next]);
			return materialize(next);
		},
		updateItems: async (ids, patch) => {
			const clean = cleanPatch(patch);
			write(ids.map(id => applyPatch(doc(id), clean, stamp())));
			return ids.length;
		},
		getItem: async id => all().find(item => item.id === id) ?? null,
		findItem: async work => (typeof work === 'string' ? find(work)
			: find(work.url) ?? all().find(item => !item.deletedAt && !item.mergedInto && shareKey(item, work))
				?? null),
		mergeWorks: async ids => {
			const merged = mergeGroup(ids.map(doc), stamp());
			write(merged);
			return materialize(merged[0]!);
		},
		previewMerge: async ids => materialize(mergeGroup(ids.map(doc), stamp())[0]!),
		possibleDuplicates: async () => possibleDuplicates(all()),
		queryItems: async query => queryItems(all(), query),
		deleteItems: async ids => setTrash(ids, true),
		restoreItems: async ids => setTrash(ids, false),
		mergeItems: async incoming => {
			write(incoming.map(next => (docs.has(next.id) ? mergeDocs(docs.get(next.id)!, next) : next)));
			return incoming.length;
		},
		listTopics: async () => countTopics(all()),
		renameTopic: async (from, to) => mergeTopics([from], to).length,
		mergeTopics: async (from, to) => mergeTopics(from, to),
		changeTopics: async changes => changeTopics(changes),
		deleteTopic: async name => mergeTopics([name], '').length,
		...fakeImportExportApi({docs, write, stamp, all}),
		...fakeSyncApi({docs, write, stamp, all, options: () => api.options}),
		listRecommenders: async () => {
			const counts = new Map<string, {url: string; title?: string; count: number}>();
			for (const item of all()) {
				if (item.deletedAt) continue;
				for (const {url, title} of item.recommendedBy) {
					const entry = counts.get(url) ?? {url, ...(title ? {title} : {}), count: 0};
					entry.count++;
					counts.set(url, entry);
				}
			}
			return [...counts.values()].sort((a, b) => b.count - a.count);
		},
		lookupOpenLibrary: async query => {
			const found = api.options.openLibrary?.[query];
			if (!found) throw new AppError('LOOKUP_NOT_FOUND', `Nothing for ${query}`);
			return found;
		},
		...fakeHarvestApi({docs, write, stamp, all, find, options: () => api.options}),
	};

	const calls: FakeApi['calls'] = [];
	const api = {calls, options, get items() { return all(); }} as FakeApi;
	const methods = Object.entries(impl) as [keyof BackgroundApi, (...args: unknown[]) => Promise<unknown>][];
	for (const [method, fn] of methods) {
		(api as Record<string, unknown>)[method] = async (...args: unknown[]) => {
			calls.push([method, ...args]);
			const failure = api.options.fail?.[method];
			if (failure) throw failure;
			return structuredClone(await fn(...args));
		};
	}
	for (const input of seed) save(input);
	return api;
}

