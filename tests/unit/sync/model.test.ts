import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {ItemDoc} from '../../../src/core/item-doc.ts';
import {mvHeads} from '../../../src/core/registers.ts';
import {SyncError} from '../../../src/sync/errors.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import {sync} from '../../../src/sync/engine/sync.ts';
import {FakeServer, FakeTransport, type Fault} from '../../../src/sync/transports/fake.ts';
import {canonicalJson} from '../../../src/core/canonical.ts';
import {applyOp, opArb, type Op} from '../core/doc-arbitrary.ts';

/** Runs per server mode: 1,000 in CI, `npm run test:sync:long` sets 10,000. */
const RUNS = Number(process.env.SYNC_MODEL_RUNS ?? 1000);
const DAY = 86_400_000;
const IDS = ['0a1', '0b2', '5c3', '5d4', 'e5', 'f6'];

type Edit = {replica: number; item: number; op: Op; during: boolean};
const editArb = fc.record({replica: fc.nat(2), item: fc.nat(IDS.length - 1), op: opArb, during: fc.boolean()});
const roundArb = fc.record({edits: fc.array(editArb, {maxLength: 4}), syncers: fc.uniqueArray(fc.nat(2), {minLength: 1, maxLength: 3})});
const faultArb = fc.oneof(
	{weight: 12, arbitrary: fc.constant(undefined)},
	{weight: 3, arbitrary: fc.constantFrom<Fault>('offline', 'lose-response', 'tear')},
	{weight: 1, arbitrary: fc.constantFrom<Fault>(412, 423, 500, 507)},
);
const planArb = fc.record({
	skews: fc.tuple(...[0, 1, 2].map(() => fc.integer({min: -2 * DAY, max: 2 * DAY}))),
	rounds: fc.array(roundArb, {minLength: 1, maxLength: 4}),
	faults: fc.array(faultArb, {minLength: 1, maxLength: 40}),
});

/** Every register of a doc with its stamp and value, to find each register's newest write. */
function registers(doc: ItemDoc): Map<string, {t: string; v: unknown}> {
	const out = new Map<string, {t: string; v: unknown}>([['del', doc.del]]);
	for (const [field, reg] of Object.entries(doc.f)) out.set(`f.${field}`, reg);
	for (const field of ['topics', 'aliases', 'isbn', 'recommendedBy'] as const) {
		for (const [key, reg] of Object.entries(doc[field])) out.set(`${field}.${key}`, reg);
	}
	for (const field of ['title', 'notes'] as const) {
		for (const [t, write] of Object.entries(doc[field].w)) if (write.v !== undefined) out.set(`${field}@${t}`, {t, v: write.v});
	}
	return out;
}

type Plan = typeof planArb extends fc.Arbitrary<infer P> ? P : never;

async function runPlan(scheduler: fc.Scheduler, plan: Plan, honourIfMatch: boolean) {
	const server = new FakeServer(honourIfMatch);
	let time = Date.UTC(2026, 0, 1);
	const stores = plan.skews.map((skew, n) => new MemoryStore(`r${n}`, () => time + skew));
	let nextFault = 0;
	const faulty = (n: number) => new FakeTransport(server, {
		gate: label => scheduler.schedule(Promise.resolve(), label),
		fault: () => plan.faults[nextFault++ % plan.faults.length],
	}, `r${n}`);
	/** Newest write per (item, register), as written: the truth the replicas must end up holding. */
	const newest = new Map<string, {t: string; v: unknown}>();
	const edit = ({replica, item, op}: Edit) => {
		time += 13;
		const id = IDS[item]!;
		let stamp = '';
		const doc = stores[replica]!.edit(id, (current, t) => { stamp = t; return applyOp(current, op, t); });
		for (const [key, reg] of registers(doc)) {
			if (reg.t !== stamp) continue;
			const name = key.startsWith('title@') || key.startsWith('notes@') ? key.slice(0, 5) : key;
			const previous = newest.get(`${id} ${name}`);
			if (!previous || previous.t < reg.t) newest.set(`${id} ${name}`, reg);
		}
	};
	const tolerate = (error: unknown) => {
		if (!(error instanceof SyncError)) throw error; // Faults may fail a sync, only with a coded SyncError
	};
	for (const round of plan.rounds) {
		for (const e of round.edits) if (!e.during) edit(e);
		const running = round.syncers.map(n => sync({store: stores[n]!, transport: faulty(n), target: 't', width: 1, maxAttempts: 3}).catch(tolerate));
		const during = round.edits.filter(e => e.during).map(e => scheduler.schedule(Promise.resolve(), 'edit').then(() => edit(e)));
		await scheduler.waitFor(Promise.all([...running, ...during]));
		time += 1000;
	}
	for (let quiet = 0; quiet < 2; quiet++) {
		for (const store of stores) await sync({store, transport: new FakeTransport(server), target: 't', width: 1});
	}
	const views = stores.map(store => canonicalJson([...store.docs.values()].sort((a, b) => (a.id < b.id ? -1 : 1))));
	expect(views[1]).toBe(views[0]);
	expect(views[2]).toBe(views[0]);
	for (const [key, write] of newest) {
		const [id, name] = key.split(' ') as [string, string];
		const doc = stores[0]!.docs.get(id)!;
		if (name === 'title' || name === 'notes') expect(mvHeads(doc[name])[0], key).toEqual(write);
		else expect(registers(doc).get(name), key).toEqual(write);
	}
}

describe.each([true, false])('model: three skewed replicas, faults, interleaved syncs (server honours If-Match: %s)', honourIfMatch => {
	test(`after two quiet rounds all replicas are identical and hold every register's newest write (${RUNS} runs)`, async () => {
		await fc.assert(fc.asyncProperty(fc.scheduler(), planArb, (scheduler, plan) => runPlan(scheduler, plan, honourIfMatch)), {numRuns: RUNS});
	}, 600_000);
});
