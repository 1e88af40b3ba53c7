import {stampTime} from '../core/hlc.ts';
import {
	type ItemDoc, type ItemPatch, applyPatch, emptyDoc, materialize, mergeDocs, SET_FIELDS,
} from '../core/item-doc.ts';
import {cleanPatch} from '../core/save.ts';
import {splitFarAhead} from '../core/far-ahead.ts';
import type {Item, Recommendation} from '../core/types.ts';
import type {PlanWrite} from '../formats/index.ts';
import type {Change} from '../storage/repository.ts';

/**
 * Sets in a patch are the whole wanted content (applyPatch removes what is missing). The plan computed them from
 * the list at preview time; anything added since (another tab, a sync) is kept by growing them here.
 */
function grownPatch(patch: ItemPatch, current: Item): ItemPatch {
	const out: Record<string, unknown> = {...patch};
	for (const field of SET_FIELDS) {
		const wanted = patch[field] as unknown[] | undefined;
		if (!wanted) continue;
		const key = (value: unknown) =>
			(field === 'recommendedBy' ? (value as Recommendation).url : String(value).toLowerCase());
		const seen = new Set(wanted.map(key));
		out[field] = [...wanted, ...(current[field] as unknown[]).filter(value => !seen.has(key(value)))];
	}
	return out as ItemPatch;
}

/** One plan write against the doc stored now: backup docs merge (CRDT, lossless), records patch. */
function writeDoc(write: PlanWrite, doc: ItemDoc | undefined, t: string, defaults: ItemPatch): ItemDoc {
	if (write.doc) return doc ? mergeDocs(doc, write.doc) : write.doc;
	// The plan cleaned its patch (formats/plan-import.ts); grown by a stored item's values, it is cleaned again
	const patch = doc ? cleanPatch(grownPatch(write.patch, materialize(doc))) : write.patch;
	return applyPatch(doc ?? applyPatch(emptyDoc(write.id, t), defaults, t), patch, t);
}

/**
 * The repository change that applies every write of a plan in one transaction: the current docs come from the
 * same transaction, so a failure (quota, a bad value) aborts it and nothing is written.
 */
export function importChange(writes: readonly PlanWrite[]): Change {
	return (current, t) => {
		// A new item gets the defaults a save gives it; an imported addedAt (Pocket, Goodreads) overrides them
		const defaults: ItemPatch = {addedAt: new Date(stampTime(t)).toISOString(), status: 'want', kind: 'other'};
		return writes.map(write => writeDoc(write, current.get(write.id), t, defaults));
	};
}

/**
 * A backup's docs stamped far ahead of this clock are not written: their far-ahead writes are held for the user
 * (core/far-ahead.ts) like a peer's, and the rest of each doc is written as usual.
 */
export function holdFarAhead(writes: readonly PlanWrite[], now: number): {writes: PlanWrite[]; held: ItemDoc[]} {
	const held: ItemDoc[] = [];
	const out = writes.flatMap(write => {
		if (!write.doc) return [write];
		const {near, far} = splitFarAhead(write.doc, now);
		if (far) held.push(far);
		return near ? [{...write, doc: near}] : [];
	});
	return {writes: out, held};
}
