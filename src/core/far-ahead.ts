/**
 * Writes stamped far ahead of this device's clock (hlc.ts MAX_SKEW_MS): a peer or a backup from a clock set to
 * another year. Merged, they would win against every honest edit until that year. They are split off and held
 * aside instead: the rest of the record merges as usual, and the held part waits on this device for the user's
 * "keep" or "discard". The device with the wrong clock still holds its writes and offers them at every sync.
 */
import {formatStamp, isFarAhead, stampTime, type Stamp} from './hlc.ts';
import {docStamp, emptyDoc, materialize, mergeDocs, SET_FIELDS, type ItemDoc} from './item-doc.ts';
import {mvHeads, setMv, type LwwMap, type Reg} from './registers.ts';

/** A held record: its far-ahead writes, and the newest of them the user has already decided on. */
export type HeldRecord = {far: ItemDoc; decided?: Stamp};

/** The tombstone register of a part that holds none: older than any real write, so it never wins a merge. */
const NEVER: Reg<boolean> = {v: false, t: formatStamp({wall: 0, counter: 0, node: '0'})};

type Split = {near?: ItemDoc; far?: ItemDoc};

/** A doc with no writes, its sets without a prototype (a topic may be named __proto__). */
function blank(id: string): ItemDoc {
	const doc = emptyDoc(id, NEVER.t);
	for (const field of SET_FIELDS) doc[field] = Object.create(null) as never;
	return doc;
}

/** Calls `visit` with every register of a doc and a function that puts that register into another doc. */
function eachRegister(
	doc: ItemDoc, visit: (reg: Reg<unknown>, put: (into: ItemDoc, reg: Reg<unknown>) => void) => void,
): void {
	for (const [field, reg] of Object.entries(doc.f)) {
		visit(reg, (into, r) => ((into.f as Record<string, Reg<unknown>>)[field] = r));
	}
	for (const field of SET_FIELDS) {
		for (const [key, reg] of Object.entries((doc[field] ?? {}) as LwwMap<unknown>)) {
			visit(reg, (into, r) => ((into[field] as LwwMap<unknown>)[key] = r));
		}
	}
	visit(doc.del, (into, r) => (into.del = r as Reg<boolean>));
}

/** Splits a doc into the writes an honest clock could have made by `now` and those far ahead of it. */
export function splitFarAhead(doc: ItemDoc, now: number): Split {
	if (!isFarAhead(docStamp(doc), now)) return {near: doc};
	const near = blank(doc.id);
	const far = blank(doc.id);
	let nearWrites = 0;
	const into = (t: Stamp) => {
		if (isFarAhead(t, now)) return far;
		nearWrites++;
		return near;
	};
	eachRegister(doc, (reg, put) => put(into(reg.t), reg));
	for (const field of ['title', 'notes'] as const) {
		const replacers = new Map<Stamp, Stamp[]>();
		for (const [t, write] of Object.entries(doc[field].w)) {
			for (const parent of write.p) replacers.set(parent, [...replacers.get(parent) ?? [], t]);
		}
		for (const [t, write] of Object.entries(doc[field].w)) {
			// An honest write whose value only a far write replaced arrives without it: merged, that copy would drop
			// the value here too. Left out, the value stays until the far write is kept or an honest one replaces it.
			const by = replacers.get(t) ?? [];
			if (write.v === undefined && !isFarAhead(t, now)
				&& by.length > 0 && by.every(stamp => isFarAhead(stamp, now))) continue;
			into(t)[field].w[t] = write;
		}
	}
	return {...(nearWrites > 0 ? {near} : {}), far};
}

/**
 * "Keep": the undecided held writes as this device's own edit at `t`, over the local doc. Each becomes a write
 * stamped now, so it wins against the older honest edits (the user chose it) and moves no clock anywhere.
 */
function keepFarAhead(local: ItemDoc | undefined, {far, decided = ''}: HeldRecord, t: Stamp): ItemDoc {
	const restamped = blank(far.id);
	eachRegister(far, (reg, put) => reg.t > decided && put(restamped, {v: reg.v, t}));
	if (restamped.del.t === NEVER.t) restamped.del = local?.del ?? {v: false, t};
	let out = local ? mergeDocs(local, restamped) : restamped;
	for (const field of ['title', 'notes'] as const) {
		const [newest] = mvHeads(far[field]);
		if (newest && newest.t > decided) out = {...out, [field]: setMv(out[field], newest.v, t)};
	}
	return out;
}

/** Held records by id, in an object without a prototype: an id may be `__proto__`. */
export type Held = Record<string, HeldRecord>;

function copy(held: Held): Held {
	return Object.assign(Object.create(null) as Held, held);
}

/** The ids of records with held writes nobody has decided on yet. */
export function pendingIds(held: Held): string[] {
	return Object.keys(held).filter(id => isPending(held[id]!));
}

/** The write that keeps these held records (a repository `change`): their undecided writes, stamped now. */
export function keepChange(held: Held, ids: string[]) {
	return (current: Map<string, ItemDoc | undefined>, t: Stamp): ItemDoc[] =>
		ids.map(id => keepFarAhead(current.get(id), held[id]!, t));
}

/**
 * Held records after the user decided on `ids` as `seen` showed them (kept or discarded alike: the writes stay held,
 * decided). Writes held since `seen` was read are not covered: they ask again.
 */
export function decided(held: Held, ids: string[], seen: Held = held): Held {
	const out = copy(held);
	for (const id of ids) if (out[id] && seen[id]) out[id] = {...out[id], decided: docStamp(seen[id].far)};
	return out;
}

/** A held record as the Sync view and the CLI list it. */
export type HeldSummary = {
	id: string;
	title: string;
	/** The furthest wall time its held writes name. */
	until: number;
};

export function heldSummary({far}: HeldRecord, local: ItemDoc | undefined): HeldSummary {
	return {id: far.id, title: materialize(local ? mergeDocs(local, far) : far).title, until: stampTime(docStamp(far))};
}

/** Held records with more far-ahead writes added; what the user decided stays decided. */
export function holdMore(held: Held, docs: ItemDoc[]): Held {
	const out = copy(held);
	for (const far of docs) {
		const before = Object.hasOwn(out, far.id) ? out[far.id] : undefined;
		out[far.id] = before ? {...before, far: mergeDocs(before.far, far)} : {far};
	}
	return out;
}
/** Held writes the user has not decided on yet. */
function isPending(held: HeldRecord): boolean {
	return docStamp(held.far) > (held.decided ?? '');
}
