import type {Item} from '../core/types.ts';
import type {ItemRepository} from '../storage/repository.ts';

/** The views are read in slices this long when there is no copy, so a cold worker answers messages between them. */
const VIEW_SLICE = 5_000;
/** Pages of the copy read at once (repository.ts: 1,000 items a page). */
const COPY_PAGES = 10;
/** Views written since the copy past which it is written again: a tenth of the list, and never fewer than this. */
const COPY_AFTER = 2_000;

/**
 * The list's copy (schema version 7): how a cold worker reads the list, and when the copy is written again. A cold
 * read takes the copy's pages and the views written after its mark, or every view when there is none. A worker
 * copies the list once it holds it whole and more than a tenth of it was written since the copy, so the next start
 * reads few views one by one. The copy is only a faster way in: one that cannot be written (quota) loses nothing.
 */
export class ListCopy {
	/** Views written since the copy, as far as this worker knows. */
	private since = 0;
	/** The last write the list in memory holds, with every write before it. */
	private held = 0;
	/** The copy being written or last written. */
	private copying?: Promise<void>;
	private running = false;

	constructor(private readonly repository: ItemRepository) {}

	/** The whole list from the stored views, each item through `compact`; later entries replace earlier ones. */
	async read(compact: (item: Item) => Item): Promise<Item[]> {
		const items: Item[] = [];
		const mark = await this.repository.snapshotMark();
		if (mark) {
			for (let from = 0; ; from += COPY_PAGES) {
				const pages = await this.repository.snapshotPages(from, COPY_PAGES);
				for (const page of pages) for (const item of page) items.push(compact(item));
				if (pages.length < COPY_PAGES) break;
			}
			const since = await this.repository.viewsSince(mark.seq);
			for (const row of since.views) items.push(compact(row.item));
			this.took(since.seq, since.views.length);
			return items;
		}
		await this.repository.unpackViews(); // The slices read the views store alone
		this.took(await this.repository.writeSeq(), Infinity); // Every write up to this one is in the views read next
		for (let after: string | undefined; ;) {
			const slice = await this.repository.viewSlice(after, VIEW_SLICE);
			for (const row of slice) items.push(compact(row.item));
			if (slice.length < VIEW_SLICE) return items;
			after = slice.at(-1)!.id;
		}
	}

	/** The views were rebuilt: none is in a copy. */
	rebuilt(): void {
		this.took(this.repository.lastWrite, Infinity);
	}

	/** A write committed `count` views; the list in memory holds it. */
	written(count: number): void {
		this.took(this.repository.lastWrite, count);
	}

	/** Copies the list in memory when enough was written since the copy, unless a copy is being written. */
	maybeCopy(list: ReadonlyMap<string, Item>): void {
		if (this.running || this.since <= Math.max(COPY_AFTER, list.size / 10)) return;
		this.since = 0;
		this.running = true;
		this.copying = this.repository.writeSnapshot([...list.values()], this.held).catch(() => {}).finally(() => {
			this.running = false;
		});
	}

	/** Whether a copy was started; resolves when none is being written, one started meanwhile included. */
	async settled(): Promise<boolean> {
		const started = this.copying !== undefined;
		for (let copying = this.copying; copying; copying = this.copying) {
			await copying;
			if (this.copying === copying) break;
		}
		return started;
	}

	private took(seq: number, count: number): void {
		this.held = Math.max(this.held, seq);
		this.since += count;
	}
}
