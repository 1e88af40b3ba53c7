import {describe, expect, test} from 'vitest';
import {BROWSER_SYNC_LIMITS, BrowserSyncTransport, type SyncStorageArea} from '../../../src/sync/transports/browser-sync.ts';
import {rekeyVault, type RekeyPlan} from '../../../src/sync/engine/rekey.ts';
import {toHex} from '../../../src/sync/bytes.ts';
import {hexId, patch, replica, syncWith, view} from './helpers.ts';

/** storage.sync with Chrome's limits enforced the way Chrome reports them. */
class QuotaArea implements SyncStorageArea {
	data: Record<string, unknown> = {};
	writes = 0;
	async get(keys: string[] | null) {
		const wanted = keys ?? Object.keys(this.data);
		return structuredClone(Object.fromEntries(wanted.filter(key => key in this.data)
			.map(key => [key, this.data[key]])));
	}
	async set(items: Record<string, unknown>) {
		this.writes++;
		for (const [key, value] of Object.entries(items)) {
			if (key.length + JSON.stringify(value).length > BROWSER_SYNC_LIMITS.perItem) {
				throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
			}
		}
		const next = {...this.data, ...structuredClone(items)};
		const bytes = Object.entries(next)
			.reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
		if (bytes > BROWSER_SYNC_LIMITS.bytes) throw new Error('QUOTA_BYTES quota exceeded');
		if (Object.keys(next).length > BROWSER_SYNC_LIMITS.items) throw new Error('MAX_ITEMS quota exceeded');
		this.data = next;
	}
	async remove(keys: string[]) {
		this.writes++;
		for (const key of keys) delete this.data[key];
	}
}

const longText = (n: number) => Array.from({length: 40}, (_, i) => `word${(n * 7919 + i * 104_729) % 100_003}`).join(' ');

describe('browser storage.sync transport', () => {
	test('two browsers converge through one area, with settings keys left alone and every key under 8 KB', async () => {
		const area = new QuotaArea();
		area.data.theme = 'dark'; // A setting of the options page
		const a = replica('a');
		const b = replica('b');
		for (let i = 0; i < 60; i++) patch(a, hexId(i), {title: `A ${i}`, notes: longText(i)});
		patch(b, hexId(3), {status: 'done'});
		await syncWith(a, new BrowserSyncTransport(area));
		await syncWith(b, new BrowserSyncTransport(area));
		await syncWith(a, new BrowserSyncTransport(area));
		expect(view(a)).toEqual(view(b));
		expect(view(b)).toHaveLength(60);
		expect(view(b).find(item => item.id === hexId(3))).toMatchObject({status: 'done', title: 'A 3'});
		expect(area.data.theme).toBe('dark');
		const oversize = Object.entries(area.data)
			.filter(([key, value]) => key.length + JSON.stringify(value).length > BROWSER_SYNC_LIMITS.perItem);
		expect(oversize).toEqual([]);
	});

	test('one edit costs three write operations: the blob, the manifest, removing the old blob', async () => {
		const area = new QuotaArea();
		const a = replica('a');
		for (let i = 0; i < 40; i++) patch(a, hexId(i), {title: `A ${i}`});
		await syncWith(a, new BrowserSyncTransport(area));
		const before = area.writes;
		patch(a, hexId(5), {status: 'reading'});
		await syncWith(a, new BrowserSyncTransport(area));
		expect(area.writes - before).toBe(3);
	});

	test('a list that outgrows storage.sync is SYNC_OUTGROWN, and nothing local is lost', async () => {
		const area = new QuotaArea();
		const a = replica('a');
		for (let i = 0; i < 400; i++) {
			patch(a, hexId(i * 7), {title: longText(i), notes: longText(i + 1), description: longText(i + 2)});
		}
		await expect(syncWith(a, new BrowserSyncTransport(area))).rejects.toMatchObject({code: 'SYNC_OUTGROWN'});
		expect(view(a)).toHaveLength(400);
	});

	test('encrypting a list with no room for a second copy fails whole: the new blobs go, the plain list stays readable', async () => {
		const area = new QuotaArea();
		const a = replica('a');
		for (let i = 0; i < 70; i++) {
			patch(a, hexId(i), {title: `Item ${i}`, notes: toHex(crypto.getRandomValues(new Uint8Array(500)))});
		}
		await syncWith(a, new BrowserSyncTransport(area));
		const before = structuredClone(area.data);
		let plan: RekeyPlan | undefined;
		await expect(rekeyVault({
			transport: new BrowserSyncTransport(area), store: a, target: 'test', encrypt: true, passphrase: 'p',
			iterations: 1000, savePlan: async next => { plan = next; },
		})).rejects.toMatchObject({code: 'SYNC_OUTGROWN'});
		expect(area.data).toEqual(before);
		expect(plan).toBeUndefined();
		const b = replica('b');
		await syncWith(b, new BrowserSyncTransport(area));
		expect(view(b)).toEqual(view(a));
	});

	test('the per-minute write budget turns into a transient SYNC_RATE_LIMITED', async () => {
		const area = new QuotaArea();
		const transport = new BrowserSyncTransport(area, () => 1000);
		await expect((async () => {
			for (let i = 0; i < 200; i++) {
				await transport.writeBlob(`blobs/0-${i.toString(16).padStart(64, '0')}.bin`, new Uint8Array([i]));
			}
		})()).rejects.toMatchObject({code: 'SYNC_RATE_LIMITED', name: 'TransientError'});
		expect(area.writes).toBeLessThanOrEqual(BROWSER_SYNC_LIMITS.writesPerMinute);
	});

	test('a partly synced blob (some chunks missing) is unreadable, never empty', async () => {
		const area = new QuotaArea();
		const transport = new BrowserSyncTransport(area);
		const name = `blobs/0-${'ab'.repeat(32)}.bin`;
		await transport.writeBlob(name, Uint8Array.from({length: 20_000}, (_, i) => i % 251));
		delete area.data[Object.keys(area.data).find(key => key.endsWith(':1'))!];
		expect(await transport.readBlob(name)).toEqual(new Uint8Array(0));
	});
});
