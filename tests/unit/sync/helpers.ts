import {applyPatch, materialize, type ItemPatch} from '../../../src/core/item-doc.ts';
import {MemoryStore} from '../../../src/sync/engine/memory-store.ts';
import {sync, type SyncOptions} from '../../../src/sync/engine/sync.ts';
import type {SyncTransport} from '../../../src/sync/engine/ports.ts';

/** A test replica: a MemoryStore whose clock reads `now()` plus a fixed skew. */
export function replica(node: string, skewMs = 0, base = () => Date.UTC(2026, 0, 1)): MemoryStore {
	return new MemoryStore(node, () => base() + skewMs);
}

export function patch(store: MemoryStore, id: string, change: ItemPatch) {
	return store.edit(id, (doc, t) => applyPatch(doc, change, t));
}

export function syncWith(store: MemoryStore, transport: SyncTransport, extra: Partial<SyncOptions> = {}) {
	return sync({store, transport, target: 'test', width: 1, iterations: 1000, ...extra});
}

/** Every replica's items, materialized, for equality checks. */
export function view(store: MemoryStore) {
	return [...store.docs.values()].map(doc => materialize(doc)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A hex id like itemIdForUrl makes, spread over shards by its first digit. */
export const hexId = (n: number) => n.toString(16).padStart(16, '0').split('').reverse().join('');
