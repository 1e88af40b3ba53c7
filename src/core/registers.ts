import type {Stamp} from './hlc.ts';

/** Last-writer-wins register. */
export type Reg<T> = {v: T; t: Stamp};
/** Add/remove set as a map of per-element LWW registers; `v: null` marks a removed element. */
export type LwwMap<T> = Record<string, Reg<T | null>>;
/**
 * Multi-value register for fields whose concurrent edits must not be silently lost (title, notes).
 * `w` holds every write by stamp; `p` lists the heads a write replaced. Writes no other write replaced are
 * heads: the newest is the value, the others are conflicts. Replaced writes keep their stamp and `p` but
 * drop `v`, so an old replica cannot resurrect them. A pure function of a set union, hence a lattice.
 */
export type MvReg = {w: Record<Stamp, {v?: string; p: Stamp[]}>};

const jsonKey = (value: unknown) => JSON.stringify(value) ?? '';

/** Newer stamp wins; equal stamps (only from hand-made or corrupt data) tie-break on content, so merge commutes. */
export function mergeReg<T>(a: Reg<T>, b: Reg<T>): Reg<T> {
	if (a.t !== b.t) return a.t > b.t ? a : b;
	if (a === b || a.v === b.v) return a; // The common case (both sides hold the same write): skip JSON
	return jsonKey(a.v) >= jsonKey(b.v) ? a : b;
}

export function mergeOptionalReg<T>(a: Reg<T> | undefined, b: Reg<T> | undefined): Reg<T> | undefined {
	if (!a || !b) return a ?? b;
	return mergeReg(a, b);
}

export function mergeLwwMap<T>(a: LwwMap<T>, b: LwwMap<T>): LwwMap<T> {
	if (a === b) return a;
	const out: LwwMap<T> = Object.create(null) as LwwMap<T>;
	for (const map of [a, b]) {
		for (const [key, reg] of Object.entries(map)) {
			const current = out[key];
			out[key] = current ? mergeReg(current, reg) : reg;
		}
	}
	return out;
}

export function lwwMapValues<T>(map: LwwMap<T>): [string, T][] {
	return Object.entries(map)
		.filter((entry): entry is [string, Reg<T>] => entry[1].v !== null)
		.sort(([, a], [, b]) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0))
		.map(([key, reg]) => [key, reg.v]);
}

export function mergeMv(a: MvReg, b: MvReg): MvReg {
	if (a === b) return a;
	const w: MvReg['w'] = Object.create(null) as MvReg['w'];
	for (const stamp in a.w) w[stamp] = a.w[stamp]!;
	for (const stamp in b.w) {
		const current = w[stamp];
		const write = b.w[stamp]!;
		w[stamp] = current && current !== write ? combineWrites(current, write) : write;
	}
	return pruneMv({w});
}

/** Two copies of one write: parents united, and the value only while neither copy has dropped it. */
function combineWrites(a: MvReg['w'][Stamp], b: MvReg['w'][Stamp]): MvReg['w'][Stamp] {
	const p = a.p.length === b.p.length && a.p.every((stamp, i) => stamp === b.p[i])
		? a.p
		: [...new Set([...a.p, ...b.p])].sort();
	const v = a.v === undefined || b.v === undefined ? undefined : a.v >= b.v ? a.v : b.v;
	return v === undefined ? {p} : {v, p};
}

function replacedStamps(reg: MvReg): Set<Stamp> {
	const out = new Set<Stamp>();
	for (const stamp in reg.w) for (const parent of reg.w[stamp]!.p) out.add(parent);
	return out;
}

function pruneMv(reg: MvReg): MvReg {
	const replaced = replacedStamps(reg);
	if (replaced.size === 0) return reg;
	for (const stamp in reg.w) {
		const write = reg.w[stamp]!;
		if (write.v !== undefined && replaced.has(stamp)) reg.w[stamp] = {p: write.p};
	}
	return reg;
}

/** Heads, newest first: `[value, ...conflicts]`. */
export function mvHeads(reg: MvReg): {t: Stamp; v: string}[] {
	const replaced = replacedStamps(reg);
	return Object.entries(reg.w)
		.filter(([stamp, write]) => !replaced.has(stamp) && write.v !== undefined)
		.map(([t, write]) => ({t, v: write.v!}))
		.sort((a, b) => (a.t < b.t ? 1 : a.t > b.t ? -1 : 0));
}

/** A local write replaces every head this replica knows, which also resolves any conflict shown to the user. */
export function setMv(reg: MvReg, v: string, t: Stamp): MvReg {
	const heads = mvHeads(reg);
	if (heads.length === 1 && heads[0]!.v === v) return reg;
	return mergeMv(reg, {w: {[t]: {v, p: heads.map(head => head.t).sort()}}}); // Sorted: equal state, equal JSON
}

export function mvStamp(reg: MvReg): Stamp {
	return Object.keys(reg.w).reduce((max, stamp) => (stamp > max ? stamp : max), '');
}
