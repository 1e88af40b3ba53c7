import {parseId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {mergeDocs} from '../core/item-doc.ts';
import {cleanPatch} from '../core/save.ts';
import {itemIdForKey, itemKeys, newItemId} from '../core/keys.ts';
import type {Item} from '../core/types.ts';
import {
	type Fate, type ImportPlan, type ItemLookup, mergePatch, type PlanEntry, type PlanOptions, type PlanWrite,
	type PossibleDuplicate, recordToPatch,
} from './plan.ts';
import type {ImportRecord} from './types.ts';
import {WeakIndex, weakKeys} from './weak-index.ts';

const NOTHING_NEW = {fate: 'skipped', reason: 'already in the list, nothing new', code: 'NOTHING_NEW'} as const;

/**
 * The first ISBN or id of a record not in its one spelling. The importers write only valid ones, but records staged by
 * a page are checked again here: the import's transaction would otherwise fail on it and write nothing at all.
 */
function badKey(record: ImportRecord): string | undefined {
	return record.ids?.find(id => typeof id !== 'string' || parseId(id) !== id)
		?? record.isbn?.find(isbn => typeof isbn !== 'string' || toIsbn13(isbn) !== isbn);
}

/** A record's keys (core/keys.ts), from its http(s) link only: anything else was never a link of the work. */
function recordKeys(record: ImportRecord): {url: string | undefined; keys: string[]} {
	const url = record.url && /^https?:\/\/[^/]/i.test(record.url) ? record.url : undefined;
	return {url, keys: itemKeys({url, aliases: record.aliases ?? [], isbn: record.isbn ?? [], ids: record.ids ?? []})};
}

/**
 * Dry run of an import: each record's fate without touching storage. A record needs a title or a key (a link, an
 * ISBN, another id); it merges into the first earlier record or list item (`lookup`) that shares ANY key with it, or
 * is skipped when it adds nothing. A record with no shared key but the same normalised title and first author's
 * family name as a list item (`options.weak`) or an earlier record is new, with `possibleDuplicateOf` set; it merges
 * only when its index is in `options.merge`. Linear in the number of records: every match is a map lookup by key.
 *
 * A record that shares keys with two different earlier works joins the first; the two then share a key, and the
 * repository's write merges them by itself (storage/settle.ts), so the list ends up with one work either way.
 */
export function planImport(
	records: readonly ImportRecord[], lookup: ItemLookup, options: PlanOptions = {},
): ImportPlan {
	const entries: PlanEntry[] = [];
	const writes: PlanWrite[] = [];
	const byKey = new Map<string, number>();
	const byExisting = new Map<string, number>();
	const byDocId = new Map<string, number>();
	const weakRecords = new WeakIndex<number>();
	const ticked = new Set(options.merge ?? []);
	const remember = (w: number, keys: readonly string[]) => {
		for (const key of keys) if (!byKey.has(key)) byKey.set(key, w);
	};
	/** The write for an item of the list, made once: later records that match it join the same write. */
	const writeFor = (existing: Item): number => {
		let w = byExisting.get(existing.id);
		if (w === undefined) {
			w = writes.push({id: existing.id, existing, patch: {}, records: []}) - 1;
			byExisting.set(existing.id, w);
			remember(w, itemKeys(existing));
		}
		return w;
	};
	/** Folds the record into write `w` and sets the entry's fate (merged, or skipped when nothing is added). */
	const join = (w: number, record: ImportRecord, index: number, entry: PlanEntry) => {
		const write = writes[w]!;
		const first = write.records[0];
		const added = mergeInto(write, record, index);
		Object.assign(entry, {fate: 'merged', id: write.id});
		if (first !== undefined) entry.sameAs = first;
		if (write.existing) entry.existingId = write.existing.id;
		if (!added && write.existing) Object.assign(entry, NOTHING_NEW);
	};

	records.forEach((record, index) => {
		const entry: PlanEntry = {index, line: record.line, fate: 'failed', title: record.title};
		if (record.file) entry.file = record.file;
		entries.push(entry);
		if (record.doc) {
			planDoc(record, index, entry, writes, byDocId, lookup);
			return;
		}
		const bad = badKey(record);
		if (bad) {
			Object.assign(entry, {reason: `not an identifier Shelfmark reads: ${bad.slice(0, 80)}`, code: 'BAD_ID'});
			return;
		}
		const {url, keys} = recordKeys(record);
		if (!record.title?.trim() && keys.length === 0) {
			Object.assign(entry, {reason: 'neither a title nor a link or identifier', code: 'NO_WORK'});
			return;
		}
		if (!entry.title) entry.title = url ?? keys[0]!; // A row known only by its id shows the id
		const clean = url === record.url ? record : {...record, url};
		let w = keys.map(key => byKey.get(key)).find(found => found !== undefined);
		if (w !== undefined) {
			join(w, clean, index, entry);
		} else {
			const existing = keys.length > 0 ? lookup(keys) : undefined;
			if (existing) {
				w = writeFor(existing);
				join(w, clean, index, entry);
			} else {
				const work = {title: record.title, authors: record.authors ?? []};
				const weak = weakKeys(work);
				const item = weak && options.weak?.(work);
				const earlier = item ? undefined : weakRecords.find(weak);
				const possible: PossibleDuplicate | undefined = item
					? {title: item.title, existingId: item.id}
					: earlier === undefined
						? undefined
						: {title: writes[earlier]!.patch.title ?? '', sameAs: writes[earlier]!.records[0]!};
				if (possible) entry.possibleDuplicateOf = possible;
				if (possible && ticked.has(index)) {
					w = item ? writeFor(item) : earlier!;
					join(w, clean, index, entry);
				} else {
					// = newItemId(work), without parsing its links a second time
					// (URL parsing dominates planning 50,000 rows)
					const id = keys.length > 0 ? itemIdForKey(keys[0]!) : newItemId({aliases: [], isbn: [], ids: []});
					w = writes.push({id, patch: recordToPatch(clean), records: [index]}) - 1;
					Object.assign(entry, {fate: 'new', id});
					weakRecords.add(weak, w);
				}
			}
		}
		remember(w, keys);
	});
	const counts: Record<Fate, number> = {new: 0, merged: 0, skipped: 0, failed: 0};
	for (const entry of entries) counts[entry.fate]++;
	// Each patch is cleaned as a save cleans it (core/save.ts) here, at preview, not in the import's transaction
	const kept = writes.filter(write => write.doc || Object.keys(write.patch).length > 0);
	return {
		entries, writes: kept.map(write => (write.doc ? write : {...write, patch: cleanPatch(write.patch)})), counts,
	};
}

/**
 * Backup docs keep their own id, so the CRDT merge (same id) is lossless; a doc sharing a key with an item of another
 * id is written as it is, and the repository's write merges the two works as two devices' saves would (settle.ts).
 */
function planDoc(
	record: ImportRecord, index: number, entry: PlanEntry, writes: PlanWrite[], byDocId: Map<string, number>,
	lookup: ItemLookup,
): void {
	const doc = record.doc!;
	entry.id = doc.id;
	const w = byDocId.get(doc.id);
	if (w !== undefined) {
		mergeInto(writes[w]!, record, index);
		Object.assign(entry, {fate: 'merged', sameAs: writes[w]!.records[0]});
		return;
	}
	const existing = lookup([], doc.id);
	const write: PlanWrite = {id: doc.id, patch: {}, doc, records: [index]};
	if (existing?.id === doc.id) {
		write.existing = existing;
		Object.assign(entry, {fate: 'merged', existingId: existing.id});
	} else entry.fate = 'new';
	byDocId.set(doc.id, writes.push(write) - 1);
}

/** Folds a record into a pending write; true when it changed anything. */
function mergeInto(write: PlanWrite, record: ImportRecord, index: number): boolean {
	write.records.push(index);
	if (record.doc) {
		write.doc = write.doc ? mergeDocs(write.doc, record.doc) : record.doc;
		return true;
	}
	const diff = mergePatch({...write.existing, ...write.patch}, record);
	write.patch = {...write.patch, ...diff};
	return Object.keys(diff).length > 0;
}
