import {mergeDocs} from '../core/item-doc.ts';
import {hash64} from '../core/hash.ts';
import {urlKey} from '../core/url.ts';
import {type Fate, type ImportPlan, type ItemLookup, mergePatch, type PlanEntry, type PlanWrite, recordToPatch} from './plan.ts';
import type {ImportRecord} from './types.ts';

/**
 * Dry run of an import: each record's fate without touching storage. Duplicates inside the file merge into
 * the first one, by normalised URL (`urlKey`) first, then ISBN; records matching an item already in the list
 * (`lookup`) merge into it, or are skipped when they add nothing. Linear in the number of records.
 */
export function planImport(records: readonly ImportRecord[], lookup: ItemLookup): ImportPlan {
	const entries: PlanEntry[] = [];
	const writes: PlanWrite[] = [];
	const byUrl = new Map<string, number>();
	const byIsbn = new Map<string, number>();
	const byDocId = new Map<string, number>();
	const remember = (w: number, key: string, isbn: readonly string[] = []) => {
		if (!byUrl.has(key)) byUrl.set(key, w);
		for (const value of isbn) if (!byIsbn.has(value)) byIsbn.set(value, w);
	};
	records.forEach((record, index) => {
		const entry: PlanEntry = {index, line: record.line, fate: 'failed', title: record.title};
		if (record.file) entry.file = record.file;
		entries.push(entry);
		const url = record.url && /^https?:\/\/[^/]/i.test(record.url) ? record.url : undefined;
		if (!url) {
			Object.assign(entry, {reason: 'no web address (http or https) and no ISBN to derive one from', code: 'NO_URL'});
			return;
		}
		if (record.doc) {
			planDoc(record, index, entry, writes, byDocId, lookup);
			return;
		}
		const isbn = record.isbn ?? [];
		const key = urlKey(url); // Computed once: URL parsing dominates the cost of planning 50,000 rows
		let w = byUrl.get(key) ?? isbn.map(value => byIsbn.get(value)).find(found => found !== undefined);
		if (w !== undefined) {
			const write = writes[w]!;
			const added = mergeInto(write, record, index);
			Object.assign(entry, {fate: 'merged', id: write.id, sameAs: write.records[0]});
			if (write.existing) entry.existingId = write.existing.id;
			if (!added && write.existing) Object.assign(entry, {fate: 'skipped', reason: 'already in the list, nothing new', code: 'NOTHING_NEW'});
		} else {
			const existing = lookup(url, isbn);
			const id = existing?.id ?? hash64(key); // = itemIdForUrl(url)
			const write: PlanWrite = existing ? {id, existing, patch: {}, records: []} : {id, patch: recordToPatch(record), records: [index]};
			const added = existing ? mergeInto(write, record, index) : true;
			w = writes.push(write) - 1;
			entry.id = id;
			if (!existing) entry.fate = 'new';
			else {
				entry.existingId = existing.id;
				Object.assign(entry, added ? {fate: 'merged'} : {fate: 'skipped', reason: 'already in the list, nothing new', code: 'NOTHING_NEW'});
			}
		}
		remember(w, key, isbn);
		const known = writes[w]!.existing;
		if (known?.url && known.url !== url) remember(w, urlKey(known.url), known.isbn);
	});
	const counts: Record<Fate, number> = {new: 0, merged: 0, skipped: 0, failed: 0};
	for (const entry of entries) counts[entry.fate]++;
	return {entries, writes: writes.filter(write => write.doc || Object.keys(write.patch).length > 0), counts};
}

/**
 * Backup docs keep their own id, so the CRDT merge (same id) is lossless; a doc whose URL matches an item of
 * another id stays a separate item, exactly as two devices saving one page would produce.
 */
function planDoc(record: ImportRecord, index: number, entry: PlanEntry, writes: PlanWrite[], byDocId: Map<string, number>, lookup: ItemLookup): void {
	const doc = record.doc!;
	entry.id = doc.id;
	const w = byDocId.get(doc.id);
	if (w !== undefined) {
		mergeInto(writes[w]!, record, index);
		Object.assign(entry, {fate: 'merged', sameAs: writes[w]!.records[0]});
		return;
	}
	const existing = lookup(record.url!, record.isbn ?? [], doc.id);
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
