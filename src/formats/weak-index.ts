import {titleKey, weakKey} from '../core/duplicates.ts';
import type {Item} from '../core/types.ts';

type Work = Pick<Item, 'title' | 'authors'>;

/** A work's weak keys, computed once (title normalisation is most of the cost of planning a large import). */
export type WeakKeys = {key: string; title: string; anonymous: boolean};

export function weakKeys(work: Work): WeakKeys | undefined {
	const key = weakKey(work);
	if (!key) return undefined;
	// Without authors the weak key is the title key itself
	return {key, title: work.authors.length === 0 ? key : titleKey(work.title), anonymous: work.authors.length === 0};
}

/**
 * The first work added under each weak key (core/duplicates.ts), found in constant time: the same answers as
 * `possiblySame` against every work added, without comparing them pairwise (an import may have 50,000 rows).
 */
export class WeakIndex<T> {
	/** Works naming an author, by title and first author's family name. */
	private readonly byKey = new Map<string, T>();
	/** Every work, by title: what a work naming no author may be. */
	private readonly byTitle = new Map<string, T>();
	/** Works naming no author, by title: what a work naming one may be. */
	private readonly anonymousByTitle = new Map<string, T>();

	add(work: Work | WeakKeys | undefined, value: T): void {
		const keys = work && 'key' in work ? work : work && weakKeys(work);
		if (!keys) return;
		if (!this.byTitle.has(keys.title)) this.byTitle.set(keys.title, value);
		const own = keys.anonymous ? this.anonymousByTitle : this.byKey;
		if (!own.has(keys.key)) own.set(keys.key, value);
	}

	/**
	 * A work that is possibly the same: same title and first author's family name,
	 * or the same title where one names no author.
	 */
	find(work: Work | WeakKeys | undefined): T | undefined {
		const keys = work && 'key' in work ? work : work && weakKeys(work);
		if (!keys) return undefined;
		return keys.anonymous
			? this.byTitle.get(keys.title)
			: this.byKey.get(keys.key) ?? this.anonymousByTitle.get(keys.title);
	}
}
