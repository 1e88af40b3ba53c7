import {titleKey, weakKey} from '../core/duplicates.ts';
import type {Item} from '../core/types.ts';

type Work = Pick<Item, 'title' | 'authors'>;

/**
 * The first work added under each weak key (core/duplicates.ts), found in constant time: the same answers as
 * `possiblySame` against every work added, without comparing them pairwise (an import may have 50,000 rows).
 */
export class WeakIndex<T> {
	private readonly byKey = new Map<string, T>();
	private readonly byTitle = new Map<string, T>();
	private readonly anonymousByTitle = new Map<string, T>();

	add(work: Work, value: T): void {
		const key = weakKey(work);
		if (!key) return;
		const title = titleKey(work.title);
		if (!this.byKey.has(key)) this.byKey.set(key, value);
		if (!this.byTitle.has(title)) this.byTitle.set(title, value);
		if (work.authors.length === 0 && !this.anonymousByTitle.has(title)) this.anonymousByTitle.set(title, value);
	}

	/** A work that is possibly the same: same title and first author's family name, or the same title where one names no author. */
	find(work: Work): T | undefined {
		const key = weakKey(work);
		if (!key) return undefined;
		const title = titleKey(work.title);
		return this.byKey.get(key) ?? (work.authors.length === 0 ? this.byTitle : this.anonymousByTitle).get(title);
	}
}
