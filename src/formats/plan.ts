import type {ItemDoc, ItemPatch} from '../core/item-doc.ts';
import type {Item, Recommendation} from '../core/types.ts';
import {urlKey} from '../core/url.ts';
import {DOC_CAPS, fieldError, MAX_LIST} from '../core/validate-doc.ts';
import type {ImportRecord} from './types.ts';

export type Fate = 'new' | 'merged' | 'skipped' | 'failed';

/** What importing one record would do. */
export type PlanEntry = {
	/** Index into the records given to `planImport`. */
	index: number;
	line: number;
	file?: string;
	fate: Fate;
	title: string;
	/** The item id written (new, merged) or already holding everything (skipped). */
	id?: string;
	/** Set when merged into or skipped because of an item already in the list. */
	existingId?: string;
	/** Set when merged into an earlier record of the same import (its index). */
	sameAs?: number;
	/** Why a record failed or was skipped, in English; `code` is stable for translation. */
	reason?: string;
	code?: 'NO_WORK' | 'BAD_ID' | 'NOTHING_NEW';
	/**
	 * A weak match (same normalised title and first author's family name, core/duplicates.ts): the record is imported
	 * as new unless its index is in `PlanOptions.merge`, then it merges into this item or earlier record.
	 */
	possibleDuplicateOf?: PossibleDuplicate;
};

/** What a record may be a duplicate of: an item of the list (`existingId`) or an earlier record (`sameAs`). */
export type PossibleDuplicate = {title: string; existingId?: string; sameAs?: number};

/**
 * One item to write in the import transaction. Without `existing`: create the doc (`emptyDoc(id)` then
 * `applyPatch(patch)`). With `existing`: `applyPatch(existingDoc, patch)` (only the fields the import adds).
 * With `doc` (backup): `mergeDocs(existingDoc, doc)`, or store `doc` as is when nothing exists. A plan's patches are
 * cleaned as a save's are (core/save.ts `cleanPatch`).
 */
export type PlanWrite = {id: string; existing?: Item; patch: ItemPatch; doc?: ItemDoc; records: number[]};

export type ImportPlan = {entries: PlanEntry[]; writes: PlanWrite[]; counts: Record<Fate, number>};

/**
 * Finds an item already in the list by any of a work's keys (core/keys.ts itemKeys: link keys, `isbn:`, ids), in
 * the order given. For backup docs `id` is given too: return the item with that id if there is one (its keys may
 * have changed since).
 */
export type ItemLookup = (keys: readonly string[], id?: string) => Item | undefined;

/** Finds a live item of the list that is possibly the same work (core/duplicates.ts possiblySame). */
export type WeakLookup = (work: Pick<Item, 'title' | 'authors'>) => Item | undefined;

export type PlanOptions = {
	/** Weak matches in the list; without it only earlier records of the import are offered. */
	weak?: WeakLookup;
	/** Indexes of the records whose possible duplicate the user ticked: they merge into it. */
	merge?: Iterable<number>;
};

const NOT_PATCH = new Set(['line', 'file', 'doc']);

/**
 * The ItemPatch a record asks for, for a brand-new item (status defaults to want). A value breaking the rules docs
 * from outside are held to (core/validate-doc.ts fieldError) is left out: the importers clean and report every field
 * (clean.ts), so this only stops a record no importer made, e.g. one built by hand, from reaching storage.
 */
export function recordToPatch(record: ImportRecord): ItemPatch {
	const patch: Record<string, unknown> = {status: 'want'};
	for (const [key, value] of Object.entries(record)) {
		if (!NOT_PATCH.has(key) && value !== undefined && !fieldError(key, value)) patch[key] = value;
	}
	return patch as ItemPatch;
}

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
/**
 * `a` grown by what `b` adds, up to the list cap of a doc (validate-doc.ts): a full list takes nothing more, so the
 * thousands of rows of one work a file may hold merge in linear time, and the merged list stays a valid field.
 */
const union = (a: readonly string[] = [], b: readonly string[] = []) => {
	if (a.length >= MAX_LIST) return undefined;
	const seen = new Set(a.map(v => v.toLowerCase()));
	const added = b.filter(v => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase())).slice(0, MAX_LIST - a.length);
	return added.length > 0 ? [...a, ...added] : undefined;
};

/**
 * What a record adds to what is already known (an existing item, or earlier records of the file): empty fields are
 * filled, sets grow, notes are appended unless already there, a "want" status advances. Nothing the user set is lost.
 */
export function mergePatch(base: Omit<Partial<Item>, 'url'> & ItemPatch, record: ImportRecord): ItemPatch {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(recordToPatch(record))) {
		const current = (base as Record<string, unknown>)[key];
		if (key === 'url' || key === 'title' || key === 'notes' || key === 'status' || isEmpty(value)) continue;
		if (Array.isArray(value)) {
			if (key === 'recommendedBy') {
				const had = (current ?? []) as Recommendation[];
				const known = new Set(had.length < MAX_LIST ? had.map(r => r.url) : []);
				const added = (value as Recommendation[]).filter(r => !known.has(r.url))
					.slice(0, Math.max(0, MAX_LIST - had.length));
				if (added.length > 0) out[key] = [...((current ?? []) as Recommendation[]), ...added];
			} else if (key === 'contributors' || key === 'authors') {
				if (isEmpty(current)) out[key] = value;
			} else {
				const grown = union(current as string[] | undefined, value as string[]);
				if (grown) out[key] = grown;
			}
		} else if (isEmpty(current)) out[key] = value;
	}
	if (record.title && (!base.title || base.title === base.url) && record.title !== record.url) {
		out.title = record.title;
	}
	// Appended up to a doc's cap on notes: the search for a repeated note stays within it too
	const notes = base.notes ?? '';
	if (record.notes && notes.length + record.notes.length + 2 <= DOC_CAPS.notes && !notes.includes(record.notes)) {
		out.notes = notes ? `${notes}\n\n${record.notes}` : record.notes;
	}
	if (record.status && record.status !== 'want' && (base.status ?? 'want') === 'want') out.status = record.status;
	const known = (url: string) => (base.aliases ?? []).some(alias => urlKey(alias) === urlKey(url));
	if (record.url && !base.url && !known(record.url)) {
		out.url = record.url; // A work known by its ISBN gains the export's link
	} else if (record.url && base.url && urlKey(record.url) !== urlKey(base.url)) {
		const aliases = union(base.aliases, [record.url]);
		if (aliases) out.aliases = aliases;
	}
	return out as ItemPatch;
}
