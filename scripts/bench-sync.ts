/**
 * Sync budgets (DESIGN §7), printed as `name: value unit (budget X)`:
 * merge of 10,000 x 10,000 records in Node; blobs and bytes one edit uploads on a 10,000-item list;
 * on each WebDAV server of the test matrix (Apache mod_dav, nginx + dav-ext, rclone) over loopback: first sync
 * and first pull of 10,000 and 100,000 items, and the requests one edit on the 10,000-item list makes.
 */
import {applyPatch, emptyDoc, mergeDocs, type ItemDoc} from '../src/core/item-doc.ts';
import {formatStamp} from '../src/core/hlc.ts';
import {itemIdForUrl} from '../src/core/url.ts';
import {MemoryStore} from '../src/sync/engine/memory-store.ts';
import {sync} from '../src/sync/engine/sync.ts';
import {FakeServer, FakeTransport} from '../src/sync/transports/fake.ts';
import {WebDavTransport, type WebDavOptions} from '../src/sync/transports/webdav.ts';
import {DAV_SERVERS} from '../tests/support/dav-servers.ts';

const N = 10_000;
const base = Date.UTC(2026, 0, 1);
const stamp = (ms: number, node: string) => formatStamp({wall: base + ms, counter: 0, node});
const fmt = (n: number) => n.toLocaleString('en-US', {maximumFractionDigits: 1});

/** Wall and CPU milliseconds of `fn`: on a shared, loaded machine CPU time is the steadier figure. */
async function measure<T>(fn: () => T | Promise<T>): Promise<{result: T; wall: number; cpu: number}> {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await fn();
	const used = process.cpuUsage(cpu);
	return {result, wall: performance.now() - start, cpu: (used.user + used.system) / 1000};
}

function makeDoc(i: number, node: string, variant: number): ItemDoc {
	const url = `https://book.example.com/subject/${i}/`;
	const doc = emptyDoc(itemIdForUrl(url), stamp(i, 'base'));
	return applyPatch(doc, {
		url, title: `Book ${i} ${variant}`, kind: 'book', status: variant % 2 ? 'reading' : 'want', authors: [`Author ${i % 97}`],
		topics: [`topic-${i % 13}`, `topic-${(i + variant) % 17}`], notes: variant ? `note from ${node}` : '', addedAt: new Date(base).toISOString(),
	}, stamp(i + variant * 7, node));
}

async function benchMerge(): Promise<void> {
	const a = Array.from({length: N}, (_, i) => makeDoc(i, 'a', 1));
	const b = Array.from({length: N}, (_, i) => makeDoc(i, 'b', 2));
	for (let i = 0; i < 1000; i++) mergeDocs(a[i]!, b[i]!); // Warm up the JIT
	const runs: {wall: number; cpu: number}[] = [];
	for (let round = 0; round < 5; round++) runs.push(await measure(() => {
		for (let i = 0; i < N; i++) mergeDocs(a[i]!, b[i]!);
	}));
	const median = (key: 'wall' | 'cpu') => runs.map(run => run[key]).sort((x, y) => x - y)[2]!;
	console.log(`merge 10,000 x 10,000 records: ${fmt(median('wall'))} ms (budget 150 ms)`);
	console.log(`merge 10,000 x 10,000 records, CPU time: ${fmt(median('cpu'))} ms (budget 150 ms)`);
}

async function filledStore(node: string, size = N): Promise<MemoryStore> {
	const store = new MemoryStore(node);
	await store.mergeDocs(Array.from({length: size}, (_, i) => makeDoc(i, node, 1)));
	return store;
}

async function benchOneEdit(): Promise<void> {
	const server = new FakeServer();
	const store = await filledStore('a');
	await sync({store, transport: new FakeTransport(server), target: 'bench'});
	const id = itemIdForUrl('https://book.example.com/subject/4242/');
	store.edit(id, (doc, t) => applyPatch(doc, {status: 'done'}, t));
	const before = {...server.stats};
	const {result: report, wall, cpu} = await measure(() =>
		sync({store, transport: new FakeTransport(server), target: 'bench'}));
	console.log(`one edit on 10,000 items, blobs uploaded: ${report.uploadedBlobs} blobs + ${report.manifestWritten ? 1 : 0} manifest (budget 2 blobs + manifest)`);
	console.log(`one edit on 10,000 items, bytes uploaded: ${fmt(server.stats.bytesPut - before.bytesPut)} bytes (budget none)`);
	console.log(`one edit on 10,000 items, sync time: ${fmt(wall)} ms, CPU ${fmt(cpu)} ms (budget none)`);
}

/** A fetch that counts requests by method and what they touch (a blob, the manifest, anything else). */
function countingFetch() {
	const counts = {requests: 0, blobPuts: 0, manifestPuts: 0};
	const counted: typeof fetch = (input, init) => {
		const url = String(input);
		counts.requests++;
		if (init?.method === 'PUT' && url.includes('/blobs/')) counts.blobPuts++;
		if (init?.method === 'PUT' && url.endsWith('/manifest.json')) counts.manifestPuts++;
		return fetch(input, init);
	};
	return {counts, fetch: counted};
}

type Dav = (folder: string, extra?: Partial<WebDavOptions>) => WebDavTransport;

/** First sync of `size` items to an empty vault, then first pull of it by a new device; returns the first store. */
async function firstSyncAndPull(name: string, dav: Dav, size: number): Promise<MemoryStore> {
	const label = size.toLocaleString('en-US');
	const store = await filledStore('first', size);
	// Filling 100,000 items blocks the event loop for seconds: let Node see the sockets the server closed meanwhile
	await new Promise(resolve => setTimeout(resolve, 100));
	const {result: report, wall, cpu} = await measure(() => sync({store, transport: dav(`bench-${size}`), target: 'bench'}));
	console.log(`${name}: first sync of ${label} items to an empty vault (loopback): ${fmt(wall)} ms, CPU ${fmt(cpu)} ms (budget none)`);
	console.log(`${name}: first sync of ${label} items, uploaded: ${report.uploadedBlobs} blobs, ${fmt(report.uploadedBytes)} bytes (budget none)`);
	const pull = await measure(() => sync({store: new MemoryStore('second'), transport: dav(`bench-${size}`), target: 'bench'}));
	console.log(`${name}: first sync of a new device from a ${label}-item vault (loopback): ${fmt(pull.wall)} ms, CPU ${fmt(pull.cpu)} ms (budget none)`);
	return store;
}

/** One edit on the 10,000-item list: what it PUTs, and every request it makes (locks and probes included). */
async function oneEdit(name: string, dav: Dav, store: MemoryStore): Promise<void> {
	store.edit(itemIdForUrl('https://book.example.com/subject/4242/'), (doc, t) => applyPatch(doc, {status: 'done'}, t));
	const counting = countingFetch();
	const edit = await measure(() => sync({store, transport: dav(`bench-${N}`, {fetch: counting.fetch}), target: 'bench'}));
	const {blobPuts, manifestPuts, requests} = counting.counts;
	console.log(`${name}: one edit on 10,000 items, PUT: ${blobPuts} blobs + ${manifestPuts} manifest (budget 2 blobs + manifest)`);
	console.log(`${name}: one edit on 10,000 items, requests: ${requests} requests, ${fmt(edit.wall)} ms (budget none)`);
}

/** First sync and first pull of 10,000 and 100,000 items, and one edit, on each WebDAV server of the test matrix. */
async function benchServers(): Promise<void> {
	for (const kind of DAV_SERVERS) {
		let server;
		try {
			server = await kind.start();
		} catch (error) {
			console.log(`${kind.name}: skipped: ${String(error)}`);
			continue;
		}
		const {url} = server;
		const dav: Dav = (folder, extra = {}) => new WebDavTransport({url: `${url}${folder}/`, ...extra});
		try {
			await oneEdit(kind.name, dav, await firstSyncAndPull(kind.name, dav, N));
			await firstSyncAndPull(kind.name, dav, 10 * N);
		} finally {
			await server.stop();
		}
	}
}

await benchMerge();
await benchOneEdit();
await benchServers();
