import type {Item} from './types.ts';

/** Case, space and punctuation do not make two titles different ("Cloud Native Go" = "cloud-native go"). */
export function titleKey(title: string): string {
	return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * A person's family name as catalogues write it: before the comma of an inverted name ("Hightower, Kelsey"), else
 * the last word of a Latin name; a name in Han script or without spaces is taken whole (宋净超).
 */
export function familyName(name: string): string {
	const clean = name.normalize('NFKC').trim().toLowerCase();
	const comma = clean.indexOf(',');
	if (comma > 0) return clean.slice(0, comma).trim();
	if (/\p{Script=Han}/u.test(clean)) return clean.replace(/[\s·•.]+/gu, '');
	return clean.split(/\s+/).pop() ?? clean;
}

/**
 * The weak identity of DESIGN §3: the same normalised title and the same first author's family name, or the title
 * alone when the work names no author. Never merged by itself; the UI offers it as a possible duplicate.
 */
export function weakKey(item: Pick<Item, 'title' | 'authors'>): string | undefined {
	const title = titleKey(item.title);
	if (!title) return undefined;
	const first = item.authors[0];
	return first ? `${title}|${familyName(first)}` : title;
}

/** Whether two works are possibly one: same weak key, or the same title where only one of them names authors. */
export function possiblySame(a: Pick<Item, 'title' | 'authors'>, b: Pick<Item, 'title' | 'authors'>): boolean {
	const key = weakKey(a);
	if (!key) return false;
	if (key === weakKey(b)) return true;
	return (a.authors.length === 0 || b.authors.length === 0) && titleKey(a.title) === titleKey(b.title);
}

// Items are immutable snapshots (a change makes a new object): each one's title key is worked out once, so the
// groups asked for again after an edit at 100,000 items cost map lookups, not 100,000 normalisations (~250 ms)
const titleKeys = new WeakMap<Item, string>();

function itemTitleKey(item: Item): string {
	let key = titleKeys.get(item);
	if (key === undefined) titleKeys.set(item, key = titleKey(item.title));
	return key;
}

const live = (item: Item) => !item.deletedAt && !item.mergedInto;

/**
 * Live items by title key, moved with every write: the possible duplicates are then read from the titles that two or
 * more items share, not from a scan of the list (at 100,000 items the scan after each edit took 50-75 ms in Node and
 * 100-200 ms in Firefox, holding up the requests behind it).
 */
export class TitleBuckets {
	/** An item alone under its title is held as itself: 100,000 one-item buckets would cost megabytes. */
	private readonly byTitle = new Map<string, Item | Item[]>();
	/** Titles held by two or more live items. */
	private readonly shared = new Set<string>();

	constructor(items: Iterable<Item> = []) {
		for (const item of items) this.move(undefined, item);
	}

	/** One write: `before` (as stored, if it was) is now `after`. An item keeps its place among its title's. */
	move(before: Item | undefined, after: Item | undefined): void {
		const from = before && live(before) ? itemTitleKey(before) : '';
		const to = after && live(after) ? itemTitleKey(after) : '';
		if (from && from !== to) this.take(from, before!.id);
		if (to) this.put(to, after!);
	}

	private take(title: string, id: string): void {
		const held = this.byTitle.get(title);
		if (!Array.isArray(held)) {
			if (held?.id === id) this.byTitle.delete(title);
			return;
		}
		const rest = held.filter(item => item.id !== id);
		this.byTitle.set(title, rest.length === 1 ? rest[0]! : rest);
		if (rest.length === 1) this.shared.delete(title);
	}

	private put(title: string, item: Item): void {
		const held = this.byTitle.get(title);
		if (!held || (!Array.isArray(held) && held.id === item.id)) {
			this.byTitle.set(title, item);
		} else if (!Array.isArray(held)) {
			this.byTitle.set(title, [held, item]);
			this.shared.add(title);
		} else {
			const at = held.findIndex(each => each.id === item.id);
			if (at === -1) held.push(item);
			else held[at] = item;
		}
	}

	/** Groups of live items that are possibly one work (two or more each), largest first, then by title. */
	groups(): Item[][] {
		const groups = [...this.shared].sort().flatMap(title => titleGroups(this.byTitle.get(title) as Item[]));
		return groups.sort((a, b) => b.length - a.length);
	}
}

/** Items of one title: those naming authors group by family name; those naming none join every group of it. */
function titleGroups(same: Item[]): Item[][] {
	const anonymous = same.filter(item => item.authors.length === 0);
	const byFamily = new Map<string, Item[]>();
	for (const item of same) {
		if (item.authors.length === 0) continue;
		const key = weakKey(item)!;
		(byFamily.get(key) ?? byFamily.set(key, []).get(key)!).push(item);
	}
	if (byFamily.size === 0) return [anonymous];
	return [...byFamily.values()].filter(named => named.length + anonymous.length >= 2)
		.map(named => [...named, ...anonymous]);
}

/** Groups of live items that are possibly one work (two or more each), largest first. Linear in the list. */
export function possibleDuplicates(items: readonly Item[]): Item[][] {
	return new TitleBuckets(items).groups();
}
