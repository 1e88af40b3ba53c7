import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {addToSet, emptyDoc, type ItemDoc} from '../../../src/core/item-doc.ts';
import {docKeys, isLiveDoc, mergeGroup} from '../../../src/core/merge-items.ts';
import {mvHeads} from '../../../src/core/registers.ts';
import {SyncError} from '../../../src/sync/errors.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import {sync} from '../../../src/sync/engine/sync.ts';
import {FakeServer, FakeTransport, type Fault} from '../../../src/sync/transports/fake.ts';
import {canonicalJson} from '../../../src/core/canonical.ts';
import {isFarAhead, MAX_SKEW_MS, MAX_WALL} from '../../../src/core/hlc.ts';
import {applyOp, opArb, type Op} from '../core/doc-arbitrary.ts';


/** Runs per server mode: 1,000 in CI, `npm run test:sync:long` sets 10,000. */
const RUNS = Number(process.env.SYNC_MODEL_RUNS ?? 1000);
const DAY = 86_400_000;
const IDS = ['0a1', '0b2', '5c3', '5d4', 'e5', 'f6'];

/**
 * A local op, a user's merge of two items, or an ISBN added from a small pool (two items sharing one merge by
 * themselves).
 */
type Action = {kind: 'op'; op: Op} | {kind: 'merge'; other: number} | {kind: 'isbn'; isbn: string};
type Edit = {replica: number; item: number; action: Action; during: boolean};
const actionArb: fc.Arbitrary<Action> = fc.oneof(
	{weight: 8, arbitrary: opArb.map(op => ({kind: 'op' as const, op}))},
	{weight: 1, arbitrary: fc.nat(IDS.length - 1).map(other => ({kind: 'merge' as const, other}))},
	{weight: 1, arbitrary: fc.constantFrom('9787121317279', '9780134190440')
		.map(isbn => ({kind: 'isbn' as const, isbn}))},
);
const editArb = fc.record({replica: fc.nat(2), item: fc.nat(IDS.length - 1), action: actionArb, during: fc.boolean()});
const roundArb = fc.record({edits: fc.array(editArb, {maxLength: 4}),
	syncers: fc.uniqueArray(fc.nat(2), {minLength: 1, maxLength: 3})});
const faultArb = fc.oneof(
	{weight: 12, arbitrary: fc.constant(undefined)},
	{weight: 3, arbitrary: fc.constantFrom<Fault>('offline', 'lose-response', 'tear')},
	{weight: 1, arbitrary: fc.constantFrom<Fault>(412, 423, 500, 507)},
);
/** Honest clocks: ±1 day, so two of them are at most MAX_SKEW_MS (2 days) apart, the skew tolerated. */
const honestSkew = fc.integer({min: -DAY, max: DAY});
const planArb = fc.record({
	skews: fc.tuple(honestSkew, honestSkew, honestSkew),
	rounds: fc.array(roundArb, {minLength: 1, maxLength: 4}),
	faults: fc.array(faultArb, {minLength: 1, maxLength: 40}),
});

/** Every register of a doc with its stamp and value, to find each register's newest write. */
function registers(doc: ItemDoc): Map<string, {t: string; v: unknown}> {
	const out = new Map<string, {t: string; v: unknown}>([['del', doc.del]]);
	for (const [field, reg] of Object.entries(doc.f)) out.set(`f.${field}`, reg);
	for (const field of ['topics', 'aliases', 'ids', 'isbn', 'recommendedBy'] as const) {
		for (const [key, reg] of Object.entries(doc[field] ?? {})) out.set(`${field}.${key}`, reg);
	}
	for (const field of ['title', 'notes'] as const) {
		for (const [t, write] of Object.entries(doc[field].w)) {
			if (write.v !== undefined) out.set(`${field}@${t}`, {t, v: write.v});
		}
	}
	return out;
}

type Plan = typeof planArb extends fc.Arbitrary<infer P> ? P : never;

/**
 * `poisoned`: replica 2's clock is this far ahead instead (a clock set to another year, up to the last millisecond
 * the stamp format holds). Its writes are held by the others, so the laws are checked on replicas 0 and 1, and on
 * replica 2 only that it loses nothing it wrote.
 */
async function runPlan(scheduler: fc.Scheduler, plan: Plan, honourIfMatch: boolean, poisoned?: number) {
	const server = new FakeServer(honourIfMatch);
	let time = Date.UTC(2026, 0, 1);
	const skews = poisoned === undefined ? plan.skews : [plan.skews[0], plan.skews[1], poisoned];
	const clockOf = (n: number) => () => time + skews[n]!;
	const stores = skews.map((_, n) => new MemoryStore(`r${n}`, clockOf(n)));
	const honest = poisoned === undefined ? stores : stores.slice(0, 2);
	const syncOf = (n: number, transport: FakeTransport, extra = {}) =>
		sync({store: stores[n]!, transport, target: 't', width: 1, now: clockOf(n), ...extra});
	/** Every write replica 2 made while poisoned, to check none is lost. */
	const farWrites: ItemDoc[] = [];
	let nextFault = 0;
	const faulty = (n: number) => new FakeTransport(server, {
		gate: label => scheduler.schedule(Promise.resolve(), label),
		fault: () => plan.faults[nextFault++ % plan.faults.length],
	}, `r${n}`);
	/**
	 * Items a user merged on some replica: a survivor keeps what it took from the other even when a later merge (two
	 * items sharing a key, met on another replica) points the absorbed one elsewhere.
	 */
	const userMerged = new Set<string>();
	/** Newest write per (item, register), as written: the truth the replicas must end up holding. */
	const newest = new Map<string, {t: string; v: unknown}>();
	const record = (docs: ItemDoc[], since: string) => {
		for (const doc of docs) {
			for (const [key, reg] of registers(doc)) {
				if (reg.t < since) continue;
				const name = key.startsWith('title@') || key.startsWith('notes@') ? key.slice(0, 5) : key;
				const previous = newest.get(`${doc.id} ${name}`);
				if (!previous || previous.t < reg.t) newest.set(`${doc.id} ${name}`, reg);
			}
		}
	};
	const edit = async ({replica, item, action}: Edit) => {
		time += 13;
		const store = stores[replica]!;
		const id = survivorIn(store, IDS[item]!);
		const since = store.stamp();
		const written = (docs: ItemDoc[]) => (poisoned !== undefined && replica === 2
			? farWrites.push(...docs)
			: record(docs, since));
		if (action.kind === 'merge') {
			const other = survivorIn(store, IDS[action.other]!);
			if (other === id || !store.docs.has(id) || !store.docs.has(other)) return;
			userMerged.add(id).add(other);
			written(await store.write([id, other],
				(current, t) => mergeGroup([current.get(id)!, current.get(other)!], t)));
			return;
		}
		written(await store.write([id], (current, t) => {
			const doc = current.get(id) ?? emptyDoc(id, t);
			return [action.kind === 'op' ? applyOp(doc, action.op, t) : addToSet(doc, 'isbn', [action.isbn], t)];
		}));
	};
	const tolerate = (error: unknown) => {
		if (!(error instanceof SyncError)) throw error; // Faults may fail a sync, only with a coded SyncError
	};
	for (const round of plan.rounds) {
		const running = round.syncers.map(n => syncOf(n, faulty(n), {maxAttempts: 3}).catch(tolerate));
		for (const e of round.edits) if (!e.during) await edit(e);
		const during = round.edits.filter(e => e.during)
			.map(e => scheduler.schedule(Promise.resolve(), 'edit').then(() => edit(e)));
		await scheduler.waitFor(Promise.all([...running, ...during]));
		time += 1000;
	}
	// A device with a far clock shadows honest writes to the registers it wrote (a register holds one value) each time
	// it syncs; the honest ones converge once it stops (its clock fixed, or switched off) after a last sync.
	if (poisoned !== undefined) await syncOf(2, new FakeTransport(server));
	if (poisoned !== undefined && !honourIfMatch) {
		// Where nothing checks If-Match (the fake takes no lock), a stale swap may land last and name a blob another
		// replica replaced and deleted; replica 2's state says the server holds its writes. Its holder re-publishes
		// what an unreadable blob held once the others have met it (engine.test.ts shows it step by step).
		for (const n of honest.keys()) await syncOf(n, new FakeTransport(server));
		await syncOf(2, new FakeTransport(server));
	}
	for (let quiet = 0; quiet < 2; quiet++) {
		for (const n of honest.keys()) await syncOf(n, new FakeTransport(server));
	}
	const views = honest.map(store => canonicalJson([...store.docs.values()].sort((a, b) => (a.id < b.id ? -1 : 1))));
	for (const view of views) expect(view).toBe(views[0]);
	if (poisoned !== undefined) checkPoisoned(stores, farWrites, time + Math.max(plan.skews[0], plan.skews[1]));
	const final = stores[0]!;
	// Items in a merge (absorbed ones and their survivors) may hold newer registers than any write made to them
	// directly: the other side's. Every other item holds exactly its newest writes.
	// With a poisoned replica, its merges count too: the held tombstone is far ahead, but what the survivor took
	// from the absorbed item are honest writes with their own stamps, and they arrive.
	const pointed = stores.slice(0, poisoned === undefined ? 1 : 3).flatMap(store => [...store.docs.values()]
		.filter(doc => doc.f.mergedInto?.v).flatMap(doc => [doc.id, survivorIn(store, doc.id)]));
	const merged = new Set([...userMerged, ...pointed]);
	for (const [key, write] of newest) {
		const [id, name] = key.split(' ') as [string, string];
		const doc = final.docs.get(id)!;
		const held = name === 'title' || name === 'notes' ? mvHeads(doc[name])[0] : registers(doc).get(name);
		if (!merged.has(id)) expect(held, key).toEqual(write);
		else if (!final.docs.get(id)!.f.mergedInto?.v || (name !== 'del' && name !== 'f.mergedInto')) {
			expect(held!.t >= write.t, key).toBe(true);
		}
	}
	// Nothing an absorbed item holds is lost: its survivor holds every register at least as new (edits made after the
	// merge on a replica that had not seen it included), and no two live items share a key.
	for (const doc of final.docs.values()) {
		if (!doc.f.mergedInto?.v) continue;
		const survivor = final.docs.get(survivorIn(final, doc.id))!;
		expect(survivor.f.mergedInto?.v, doc.id).toBeUndefined();
		const kept = registers(survivor);
		for (const [key, reg] of registers(doc)) {
			if (key === 'del' || key === 'f.mergedInto') continue;
			if (key.startsWith('title@') || key.startsWith('notes@')) {
				expect(survivor[key.slice(0, 5) as 'title'].w[reg.t], `${doc.id} ${key}`).toBeDefined();
			} else {
				expect(kept.get(key)!.t >= reg.t, `${doc.id} ${key}`).toBe(true);
			}
		}
	}
	const live = [...final.docs.values()].filter(isLiveDoc);
	const owners = new Map<string, string>();
	for (const doc of live) {
		for (const key of docKeys(doc)) {
			expect(owners.get(key), `${key} held by ${owners.get(key)} and ${doc.id}`).toBeUndefined();
			owners.set(key, doc.id);
		}
	}
}

/**
 * With a poisoned replica 2: no honest clock moved past the skew tolerated, and nothing replica 2 wrote is lost. It
 * still holds each of its writes (or a newer one), and replica 0, which synced after it last did, holds them aside.
 */
function checkPoisoned(stores: MemoryStore[], farWrites: ItemDoc[], honestNow: number) {
	for (const store of stores.slice(0, 2)) expect(store.clock.wall).toBeLessThanOrEqual(honestNow + MAX_SKEW_MS);
	// A title or note write may since have been replaced: then its stamp stays, its value goes (registers.ts)
	const kept = (doc: ItemDoc | undefined, key: string, t: string) => doc !== undefined && (/^(title|notes)@/.test(key)
		? doc[key.slice(0, 5) as 'title' | 'notes'].w[t] !== undefined
		: (registers(doc).get(key)?.t ?? '') >= t);
	for (const doc of farWrites) {
		for (const [key, reg] of registers(doc)) {
			expect(kept(stores[2]!.docs.get(doc.id), key, reg.t), `${doc.id} ${key}`).toBe(true);
			if (isFarAhead(reg.t, honestNow)) {
				expect(kept(stores[0]!.held[doc.id]?.far, key, reg.t), `held ${doc.id} ${key}`).toBe(true);
			}
		}
	}
}

/** The item an id names now in a replica: itself or the survivor it was merged into. */
function survivorIn(store: MemoryStore, id: string): string {
	let current = id;
	for (let hop = 0; hop < 16; hop++) {
		const into = store.docs.get(current)?.f.mergedInto?.v;
		if (!into) return current;
		current = into;
	}
	return current;
}

describe.each([true, false])('model: two honest replicas and one whose clock is years ahead (If-Match: %s)', honourIfMatch => {
	// Further ahead of every honest clock (±1 day) than the skew tolerated (2 days), with a day to spare as time runs
	const far = fc.oneof(fc.integer({min: 4 * DAY, max: 80 * 365 * DAY}),
		fc.constant(MAX_WALL - Date.UTC(2026, 0, 1) - 60_000));
	test(`the honest replicas converge on every honest write; the far writes are held, never lost (${RUNS / 4} runs)`, async () => {
		await fc.assert(fc.asyncProperty(fc.scheduler(), planArb, far,
			(scheduler, plan, skew) => runPlan(scheduler, plan, honourIfMatch, skew)), {
			numRuns: RUNS / 4,
			...(process.env.SEED ? {seed: Number(process.env.SEED), path: process.env.FCPATH, endOnFailure: true} : {}),
		});
	}, 600_000);
});

describe.each([true, false])('model: three skewed replicas, merges, faults, interleaved syncs (server honours If-Match: %s)', honourIfMatch => {
	test(`after two quiet rounds all replicas are identical and hold every register's newest write (${RUNS} runs)`, async () => {
		await fc.assert(fc.asyncProperty(fc.scheduler(), planArb,
			(scheduler, plan) => runPlan(scheduler, plan, honourIfMatch)), {
			numRuns: RUNS,
			...(process.env.SEED ? {seed: Number(process.env.SEED), path: process.env.FCPATH, endOnFailure: true} : {}),
		});
	}, 600_000);
});
