import type {Item, Kind, Status} from './types.ts';
import {STATUSES} from './types.ts';

export type SortKey = 'added' | 'updated' | 'title' | 'status';

/** A list query from the options page. All filters combine with AND. */
export type ItemQuery = {
	/** Free text over title, authors, topics, notes, provider, publisher; CJK substrings work. */
	text?: string;
	/** Items carrying every one of these topics. */
	topics?: string[];
	status?: Status;
	kind?: Kind;
	/** URL of a recommending page. */
	recommendedBy?: string;
	/** Items in the trash instead of the list. */
	trash?: boolean;
	sort?: SortKey;
	offset?: number;
	limit?: number;
};

export type QueryResult = {items: Item[]; total: number};

export type TopicCount = {name: string; count: number};

/**
 * Folds case and width (NFKC turns full-width `ＡＢＣ` into `abc`) so the same text typed either way matches.
 * CJK text has no spaces to split on, so matching is by substring, never by word.
 */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

// Items are immutable snapshots: the background replaces an object when it changes, so caching by identity is safe.
type Keys = {text: string; title: string};
const keyCache = new WeakMap<Item, Keys>();

function keys(item: Item): Keys {
	let entry = keyCache.get(item);
	if (!entry) {
		const text = foldText([item.title, item.subtitle, item.authors.join('\n'), item.topics.join('\n'), item.notes,
			item.provider, item.publisher].filter(Boolean).join('\n'));
		entry = {text, title: foldText(item.title).trim()};
		keyCache.set(item, entry);
	}
	return entry;
}

/** The folded text an item is searched by; computed once per item object. */
export function searchText(item: Item): string {
	return keys(item).text;
}

const statusRank = new Map<Status, number>(STATUSES.map((status, index) => [status, index]));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byUpdated = (a: Item, b: Item) => compare(b.updatedAt, a.updatedAt);

/**
 * Newest first for dates, A→Z for titles (folded, by code point: a locale collator is ten times slower,
 * too slow for 100,000 items), the reading order want→reading→done→dropped for status.
 */
const comparators: Record<SortKey, (a: Item, b: Item) => number> = {
	// Ties go to the smaller id, as the stored list's index orders them (storage: live-added)
	added: (a, b) => compare(b.addedAt, a.addedAt) || byUpdated(a, b) || compare(a.id, b.id),
	updated: byUpdated,
	title: (a, b) => compare(keys(a).title, keys(b).title) || byUpdated(a, b),
	status: (a, b) => (statusRank.get(a.status)! - statusRank.get(b.status)!) || byUpdated(a, b),
};

/**
 * What a list costs to prepare once and what every keystroke then reuses: the folded texts joined into one
 * string that `indexOf` scans at memory speed (a WeakMap lookup per item is slower than the search itself),
 * and the sorted orders as index arrays. Built for the last list seen: a caller that rebuilds its array from
 * an unchanged Map passes the same objects in the same order, which a pointer check recognises in < 1 ms.
 */
type ListIndex = {
	items: readonly Item[]; texts: string[]; hay?: {text: string; starts: Int32Array}; orders: Map<SortKey, Int32Array>;
	/** Orders of an earlier list, and the positions changed since: patched when that sort is next asked for. */
	stale: Map<SortKey, {order: Int32Array; changed: Set<number>}>;
};
let last: ListIndex | undefined;

function sameList(a: readonly Item[], b: readonly Item[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * After a write the list is a new array in which most positions still hold the same objects (a Map keeps a key's
 * place when its value changes): their folded texts are reused, so an edit at 100,000 items re-folds one text, not
 * all of them (folding is what the first search after a write used to pay, about a second).
 */
function listIndex(items: readonly Item[]): ListIndex {
	if (last && sameList(last.items, items)) return last;
	const previous = last;
	const changed: number[] = [];
	const texts: string[] = [];
	const held = previous?.items ?? [];
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		if (held[i] === item) {
			texts.push(previous!.texts[i]!);
		} else {
			changed.push(i);
			texts.push(searchText(item));
		}
	}
	const index: ListIndex = {items: items.slice(), texts, orders: new Map(), stale: new Map()};
	// A list that only changed or gained items at some positions keeps the others in their order (an edit, a save):
	// every order the last list had is kept with the positions changed since, and patched only when asked for, so an
	// order once made stays made across edits and an edit pays for the one order the page shows
	if (previous && items.length >= previous.items.length) {
		const stale = [...previous.orders].map(([sort, order]) => [sort, {order, changed: new Set<number>()}] as const);
		for (const [sort, {order, changed: since}] of [...previous.stale, ...stale]) {
			for (const i of changed) since.add(i);
			if (since.size <= items.length / PATCH_SHARE) index.stale.set(sort, {order, changed: since});
		}
	}
	return last = index;
}

/** Orders are patched while at most one item in this many changed: past that a sort is as quick. */
const PATCH_SHARE = 16;

/** Whether position `a` sorts before `b`. Ties go to the earlier position, as a stable sort leaves them. */
const before = (items: readonly Item[], sort: SortKey) => (a: number, b: number) =>
	comparators[sort](items[a]!, items[b]!) || a - b;

function order(index: ListIndex, sort: SortKey): Int32Array {
	let positions = index.orders.get(sort);
	if (!positions) {
		const stale = index.stale.get(sort);
		positions = stale ? patchOrder(stale.order, [...stale.changed], index.items.length, before(index.items, sort))
			: Int32Array.from(Array.from(index.items.keys()).sort(before(index.items, sort)));
		index.stale.delete(sort);
		index.orders.set(sort, positions);
	}
	return positions;
}

/**
 * `old` with the `changed` positions taken out and put back where they now sort (`sorts`, a total order): an edit
 * at 100,000 items costs a few binary searches and one copy, where sorting again took 50-300 ms (titles most).
 * Positions past `old`'s list (up to `length`) are new items.
 */
function patchOrder(
	old: Int32Array, changed: number[], length: number, sorts: (a: number, b: number) => number,
): Int32Array {
	const moved = new Uint8Array(length);
	for (const i of changed) moved[i] = 1;
	// A loop, not `old.filter`: a typed array's filter calls back per element and took ~8 ms at 100,000 items
	const unmoved = new Int32Array(old.length);
	let count = 0;
	for (let k = 0; k < old.length; k++) if (moved[old[k]!] === 0) unmoved[count++] = old[k]!;
	const kept = unmoved.subarray(0, count);
	const out = new Int32Array(length);
	let from = 0;
	let to = 0;
	for (const i of [...changed].sort(sorts)) {
		let lo = from;
		let hi = kept.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorts(kept[mid]!, i) < 0) lo = mid + 1;
			else hi = mid;
		}
		out.set(kept.subarray(from, lo), to);
		to += lo - from;
		from = lo;
		out[to++] = i;
	}
	out.set(kept.subarray(from), to);
	return out;
}

// NUL never survives into a search term, so a match cannot straddle two items.
const SEPARATOR = '\u0000';

/** Marks the items whose text contains `term`: one scan of the joined text, skipping to the next item on a hit. */
function markMatches(index: ListIndex, term: string): Uint8Array {
	if (!index.hay) {
		const starts = new Int32Array(index.texts.length + 1);
		let at = 0;
		index.texts.forEach((text, i) => { starts[i] = at; at += text.length + 1; });
		starts[index.texts.length] = at;
		index.hay = {text: index.texts.join(SEPARATOR) + SEPARATOR, starts};
	}
	const {text, starts} = index.hay;
	const marks = new Uint8Array(index.texts.length);
	for (let at = text.indexOf(term); at !== -1;) {
		const i = itemAt(starts, at);
		marks[i] = 1;
		at = text.indexOf(term, starts[i + 1]!);
	}
	return marks;
}

/** The item whose slice of the joined text holds position `at` (binary search over start offsets). */
function itemAt(starts: Int32Array, at: number): number {
	let lo = 0;
	let hi = starts.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function filters(q: ItemQuery): (item: Item) => boolean {
	const topics = q.topics ?? [];
	const trash = q.trash === true;
	const {status, kind, recommendedBy} = q;
	// An item merged into another is a tombstone of the merge, in neither the list nor the trash
	// (it cannot be restored)
	return item => item.mergedInto === undefined && (item.deletedAt !== undefined) === trash
		&& (status === undefined || item.status === status)
		&& (kind === undefined || item.kind === kind)
		&& (topics.length === 0 || topics.every(topic => item.topics.includes(topic)))
		&& (recommendedBy === undefined || item.recommendedBy.some(r => r.url === recommendedBy));
}

/**
 * Filters, sorts and pages `items`. Pure; fast enough for every keystroke over 100,000 items because texts
 * and sort orders are prepared once per list (pass the same array, or the same objects, while nothing changed).
 */
export function queryItems(items: readonly Item[], q: ItemQuery): QueryResult {
	const index = listIndex(items);
	const terms = foldText(q.text ?? '').replaceAll(SEPARATOR, '').split(/\s+/).filter(Boolean)
		.sort((a, b) => b.length - a.length);
	const marks = terms.length > 0 ? markMatches(index, terms[0]!) : undefined;
	const rest = terms.slice(1);
	const keep = filters(q);
	const offset = Math.max(0, q.offset ?? 0);
	const limit = Math.max(0, q.limit ?? Number.POSITIVE_INFINITY);
	const page: Item[] = [];
	let total = 0;
	const positions = order(index, q.sort ?? 'added');
	for (let n = 0; n < positions.length; n++) {
		const i = positions[n]!;
		if (marks && marks[i] === 0) continue;
		const item = index.items[i]!;
		if (!keep(item) || (rest.length > 0 && !rest.every(term => index.texts[i]!.includes(term)))) continue;
		if (total >= offset && page.length < limit) page.push(item);
		total++;
	}
	return {items: page, total};
}

/** Topics of the items not in the trash, most used first, then by name. */
export function countTopics(items: Iterable<Item>): TopicCount[] {
	return rankTopics(tallyTopics(items));
}

/** Each topic's number of items outside the trash. */
export function tallyTopics(items: Iterable<Item>): Map<string, number> {
	const tally = new Map<string, number>();
	for (const item of items) retallyTopics(tally, undefined, item);
	return tally;
}

/** Moves `tally` from an item's old form to its new one: an edit then costs its topics, not the list's. */
export function retallyTopics(tally: Map<string, number>, before: Item | undefined, after: Item | undefined): void {
	if (before && before.deletedAt === undefined) {
		for (const topic of before.topics) {
			const count = tally.get(topic)! - 1;
			if (count > 0) tally.set(topic, count);
			else tally.delete(topic);
		}
	}
	if (!after || after.deletedAt !== undefined) return;
	for (const topic of after.topics) tally.set(topic, (tally.get(topic) ?? 0) + 1);
}

/** A tally as the topic lists show it: most used first, then by name. */
export function rankTopics(tally: ReadonlyMap<string, number>): TopicCount[] {
	return [...tally].map(([name, count]) => ({name, count}))
		.sort((a, b) => b.count - a.count || compare(a.name, b.name));
}
