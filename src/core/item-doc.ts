import type {Stamp} from './hlc.ts';
import {stampTime} from './hlc.ts';
import type {Item, Recommendation} from './types.ts';
import {
	type LwwMap, type MvReg, type Reg,
	lwwMapValues, mergeLwwMap, mergeMv, mergeOptionalReg, mergeReg, mvHeads, mvStamp, setMv,
} from './registers.ts';

/** Plain last-writer-wins fields of an item. */
export const SCALAR_FIELDS = [
	'url', 'kind', 'subtitle', 'authors', 'contributors', 'description', 'image', 'publisher', 'provider',
	'language', 'publishedAt', 'duration', 'price', 'status', 'progress', 'rating',
	'addedAt', 'finishedAt', 'mergedInto',
] as const satisfies readonly (keyof Item)[];
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export const MV_FIELDS = ['title', 'notes'] as const satisfies readonly (keyof Item)[];
export type MvField = (typeof MV_FIELDS)[number];

export const SET_FIELDS = [
	'topics', 'aliases', 'ids', 'isbn', 'recommendedBy',
] as const satisfies readonly (keyof Item)[];
export type SetField = (typeof SET_FIELDS)[number];

type Scalars = {[K in ScalarField]?: Reg<Item[K] | null>};

/** The stored, mergeable state of one item (DESIGN §3). Merging two docs never loses a write. */
export type ItemDoc = {
	id: string;
	f: Scalars;
	title: MvReg;
	notes: MvReg;
	topics: LwwMap<true>;
	aliases: LwwMap<true>;
	/** Since schema 5: docs written before it, or by an older device, lack it, and every reader takes that as empty. */
	ids: LwwMap<true>;
	isbn: LwwMap<true>;
	recommendedBy: LwwMap<Recommendation>;
	/** Tombstone: `v: true` while deleted. A restore is a newer `false`. Edits under a tombstone are kept. */
	del: Reg<boolean>;
};

/** Fields a caller may set; sets are given as their whole desired content and diffed against the doc. */
export type ItemPatch = Partial<Omit<Item, 'id' | 'updatedAt' | 'deletedAt' | 'conflicts' | 'url'>>
	& {url?: string | null};

/** Recommendation sets are keyed by the recommending page's URL. */
const setKey = (field: SetField, value: unknown): string =>
	field === 'recommendedBy' ? (value as Recommendation).url : String(value);

export function emptyDoc(id: string, t: Stamp): ItemDoc {
	return {
		id, f: {}, title: {w: {}}, notes: {w: {}}, topics: {}, aliases: {}, ids: {}, isbn: {}, recommendedBy: {},
		del: {v: false, t},
	};
}

export function applyPatch(doc: ItemDoc, patch: ItemPatch, t: Stamp): ItemDoc {
	const next: ItemDoc = {...doc, f: {...doc.f}};
	for (const field of SCALAR_FIELDS) {
		if (!(field in patch)) continue;
		const value = (patch[field] ?? null) as Item[typeof field] | null;
		const current = next.f[field];
		if (current && JSON.stringify(current.v) === JSON.stringify(value)) continue;
		if (!current && value === null) continue;
		(next.f as Record<string, Reg<unknown>>)[field] = {v: value, t};
	}
	for (const field of MV_FIELDS) {
		const value = patch[field];
		if (value !== undefined) next[field] = setMv(next[field], value, t);
	}
	for (const field of SET_FIELDS) {
		const values = patch[field] as unknown[] | undefined;
		if (values) next[field] = replaceSet((next[field] ?? {}) as LwwMap<unknown>, field, values, t) as never;
	}
	return next;
}

function replaceSet(map: LwwMap<unknown>, field: SetField, values: unknown[], t: Stamp): LwwMap<unknown> {
	const wanted = new Map(values.map(value => [setKey(field, value), field === 'recommendedBy' ? value : true]));
	// A topic may be named __proto__
	const out: LwwMap<unknown> = Object.assign(Object.create(null) as LwwMap<unknown>, map);
	for (const [key, reg] of Object.entries(map)) {
		if (reg.v !== null && !wanted.has(key)) out[key] = {v: null, t};
	}
	for (const [key, value] of wanted) {
		const reg = Object.hasOwn(map, key) ? map[key] : undefined;
		if (!reg || JSON.stringify(reg.v) !== JSON.stringify(value)) out[key] = {v: value, t};
	}
	return out;
}

/** Adds to a set without removing anything: used when a second save or a harvest grows an item. */
export function addToSet<F extends SetField>(doc: ItemDoc, field: F, values: Item[F], t: Stamp): ItemDoc {
	const map = (doc[field] ?? {}) as LwwMap<unknown>;
	// A topic may be named __proto__
	const out: LwwMap<unknown> = Object.assign(Object.create(null) as LwwMap<unknown>, map);
	let changed = false;
	for (const value of values as unknown[]) {
		const key = setKey(field, value);
		if (Object.hasOwn(map, key) && map[key]!.v !== null) continue;
		out[key] = {v: field === 'recommendedBy' ? value : true, t};
		changed = true;
	}
	return changed ? {...doc, [field]: out} : doc;
}

export function setDeleted(doc: ItemDoc, deleted: boolean, t: Stamp): ItemDoc {
	return doc.del.v === deleted ? doc : {...doc, del: {v: deleted, t}};
}

export function mergeDocs(a: ItemDoc, b: ItemDoc): ItemDoc {
	if (a.id !== b.id) throw new Error(`Cannot merge items ${a.id} and ${b.id}`);
	if (a === b) return a;
	const f: Scalars = {};
	for (const field of SCALAR_FIELDS) {
		const reg = mergeOptionalReg(a.f[field] as Reg<unknown> | undefined, b.f[field] as Reg<unknown> | undefined);
		if (reg) (f as Record<string, Reg<unknown>>)[field] = reg;
	}
	return {
		id: a.id,
		f,
		title: mergeMv(a.title, b.title),
		notes: mergeMv(a.notes, b.notes),
		topics: mergeLwwMap(a.topics, b.topics),
		aliases: mergeLwwMap(a.aliases, b.aliases),
		ids: mergeLwwMap(a.ids ?? {}, b.ids ?? {}),
		isbn: mergeLwwMap(a.isbn, b.isbn),
		recommendedBy: mergeLwwMap(a.recommendedBy, b.recommendedBy),
		del: mergeReg(a.del, b.del),
	};
}

/** The newest stamp anywhere in the doc. */
export function docStamp(doc: ItemDoc): Stamp {
	let max = doc.del.t;
	const consider = (t: Stamp) => { if (t > max) max = t; };
	for (const reg of Object.values(doc.f)) consider(reg.t);
	consider(mvStamp(doc.title));
	consider(mvStamp(doc.notes));
	for (const field of SET_FIELDS) for (const reg of Object.values(doc[field] ?? {})) consider(reg.t);
	return max;
}

const iso = (t: Stamp) => new Date(stampTime(t)).toISOString();

/** The plain item a user sees. */
export function materialize(doc: ItemDoc): Item {
	const scalars: Record<string, unknown> = {};
	for (const field of SCALAR_FIELDS) {
		const v = doc.f[field]?.v;
		if (v !== null && v !== undefined) scalars[field] = v;
	}
	const [title, ...titleHeads] = mvHeads(doc.title);
	const [notes, ...notesHeads] = mvHeads(doc.notes);
	const titleConflicts = otherValues(title?.v, titleHeads);
	const notesConflicts = otherValues(notes?.v, notesHeads);
	const item = {
		authors: [], contributors: [], kind: 'other', status: 'want',
		...scalars,
		id: doc.id,
		title: title?.v ?? '',
		notes: notes?.v ?? '',
		topics: lwwMapValues(doc.topics).map(([key]) => key).sort(),
		aliases: lwwMapValues(doc.aliases).map(([key]) => key).filter(alias => alias !== scalars.url),
		ids: lwwMapValues(doc.ids ?? {}).map(([key]) => key),
		isbn: lwwMapValues(doc.isbn).map(([key]) => key),
		recommendedBy: lwwMapValues(doc.recommendedBy).map(([, value]) => value),
		addedAt: (scalars.addedAt as string | undefined) ?? iso(doc.del.t),
		updatedAt: iso(docStamp(doc)),
	} as Item;
	if (doc.del.v) item.deletedAt = iso(doc.del.t);
	if (titleConflicts.length > 0 || notesConflicts.length > 0) {
		item.conflicts = {};
		if (titleConflicts.length > 0) item.conflicts.title = titleConflicts;
		if (notesConflicts.length > 0) item.conflicts.notes = notesConflicts;
	}
	return item;
}

/**
 * The values of concurrent heads that differ from the value shown, each once. Two devices writing the same title (the
 * same post harvested in two browsers, two items merged) is not a conflict (DESIGN §3).
 */
function otherValues(value: string | undefined, heads: {v: string}[]): string[] {
	return [...new Set(heads.map(head => head.v))].filter(other => other !== value);
}
