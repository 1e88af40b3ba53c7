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

/** Groups of live items that are possibly one work (two or more each), largest first. Linear in the list. */
export function possibleDuplicates(items: readonly Item[]): Item[][] {
	const byTitle = new Map<string, Item[]>();
	for (const item of items) {
		if (item.deletedAt || item.mergedInto) continue;
		const title = itemTitleKey(item);
		if (title) (byTitle.get(title) ?? byTitle.set(title, []).get(title)!).push(item);
	}
	const groups: Item[][] = [];
	for (const same of byTitle.values()) {
		if (same.length < 2) continue;
		// Items naming authors group by family name; items naming none join every group of their title.
		const anonymous = same.filter(item => item.authors.length === 0);
		const byFamily = new Map<string, Item[]>();
		for (const item of same) {
			if (item.authors.length > 0) (byFamily.get(weakKey(item)!) ?? byFamily.set(weakKey(item)!, []).get(weakKey(item)!)!).push(item);
		}
		if (byFamily.size === 0) groups.push(anonymous);
		for (const named of byFamily.values()) if (named.length + anonymous.length >= 2) groups.push([...named, ...anonymous]);
	}
	return groups.sort((a, b) => b.length - a.length);
}
