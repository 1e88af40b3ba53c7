import {describe, expect, test} from 'vitest';
import {setDeleted} from '../../../src/core/item-doc.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import type {LocalStore, SyncTransport} from '../../../src/sync/engine/ports.ts';
import {FakeServer, FakeTransport} from '../../../src/sync/transports/fake.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

class Killed extends Error {}

/** Wraps every method of a port so that call number `at` kills the "worker", before or after it ran. */
function killable<T extends object>(target: T, counter: {calls: number; at: number; after: boolean}): T {
	return new Proxy(target, {
		get(object, key, receiver) {
			const value = Reflect.get(object, key, receiver) as unknown;
			if (typeof value !== 'function') return value;
			return async (...args: unknown[]) => {
				const n = counter.calls++;
				if (n === counter.at && !counter.after) throw new Killed(`killed before call ${n}`);
				const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(object, args);
				if (n === counter.at && counter.after) throw new Killed(`killed after call ${n}`);
				return result;
			};
		},
	});
}

/** A and B hold different offline edits (one item edited on both, one deleted by B), B has synced. */
async function scenario() {
	const server = new FakeServer();
	const a = replica('a');
	const b = replica('b', 3000);
	for (let i = 0; i < 20; i++) patch(a, hexId(i), {title: `a${i}`});
	await syncWith(a, new FakeTransport(server));
	await syncWith(b, new FakeTransport(server));
	patch(a, hexId(3), {status: 'done'});
	patch(a, hexId(40), {title: 'a-new'});
	patch(b, hexId(3), {topics: ['b-topic']});
	b.edit(hexId(4), (doc, t) => setDeleted(doc, true, t));
	patch(b, hexId(41), {title: 'b-new'});
	await syncWith(b, new FakeTransport(server));
	return {server, a, b};
}

async function countCalls(): Promise<number> {
	const {server, a} = await scenario();
	const counter = {calls: 0, at: -1, after: false};
	await syncWith(killable<LocalStore>(a, counter) as MemoryStore,
		killable<SyncTransport>(new FakeTransport(server), counter));
	return counter.calls;
}

describe('a sync killed at any await', () => {
	test.each([false, true])('restarted from persisted state only converges (killed after the call: %s)', async after => {
		const total = await countCalls();
		expect(total).toBeGreaterThan(10);
		for (let at = 0; at < total; at++) {
			const {server, a, b} = await scenario();
			const counter = {calls: 0, at, after};
			const killed = syncWith(killable<LocalStore>(a, counter) as MemoryStore,
				killable<SyncTransport>(new FakeTransport(server), counter));
			// A kill inside best-effort garbage collection is swallowed; anywhere else the sync dies with it
			await killed.then(() => expect(counter.calls, 'only GC may swallow a kill').toBe(total),
				(error: unknown) => expect(error).toBeInstanceOf(Killed));
			const restarted = MemoryStore.fromJSON(structuredClone(a.toJSON()), () => Date.UTC(2026, 0, 1));
			await syncWith(restarted, new FakeTransport(server));
			await syncWith(b, new FakeTransport(server));
			await syncWith(restarted, new FakeTransport(server));
			expect(view(restarted), `killed at ${at}`).toEqual(view(b));
			const item3 = view(b).find(item => item.id === hexId(3))!;
			expect(item3).toMatchObject({status: 'done', topics: ['b-topic']});
			expect(view(b).find(item => item.id === hexId(4))!.deletedAt).toBeDefined();
			expect(view(b).map(item => item.title)).toEqual(expect.arrayContaining(['a-new', 'b-new', 'a0', 'a19']));
		}
	});
});
