import type {CDPSession, Page} from 'playwright-core';
import {type ChromiumSession, launchChromium} from '../e2e/support/chromium.ts';
import {toExpression} from '../e2e/support/driver.ts';
import type {Figure} from './figure.ts';
import {clickImport, IMPORT_RUNS, pocketCsv, rawPutOfStoredRows, viewsUnpacked} from './io-measure.ts';

type HeapProbe = {sample(): Promise<void>; peakMb(): {page: number; worker: number}};

/** Samples the JS heap of the options page and of the service worker (CDP Runtime.getHeapUsage on each). */
async function heapProbe(page: Page, cdp: CDPSession): Promise<HeapProbe> {
	const {targetInfos} = await cdp.send('Target.getTargets') as {targetInfos: {targetId: string; type: string}[]};
	const worker = targetInfos.find(target => target.type === 'service_worker')!;
	const {sessionId} = await cdp.send('Target.attachToTarget', {
		targetId: worker.targetId, flatten: false,
	}) as {sessionId: string};
	const pending = new Map<number, (value: {usedSize: number}) => void>();
	let id = 0;
	cdp.on('Target.receivedMessageFromTarget', (event: {message: string}) => {
		const message = JSON.parse(event.message) as {id: number; result: {usedSize: number}};
		pending.get(message.id)?.(message.result);
	});
	const workerHeap = () => new Promise<{usedSize: number}>(resolve => {
		pending.set(++id, resolve);
		void cdp.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method: 'Runtime.getHeapUsage'})});
	});
	const peak = {page: 0, worker: 0};
	return {
		async sample() {
			const [own, background] = await Promise.all([cdp.send('Runtime.getHeapUsage'), workerHeap()]);
			peak.page = Math.max(peak.page, own.usedSize);
			peak.worker = Math.max(peak.worker, background.usedSize);
		},
		peakMb: () => ({page: peak.page / 1e6, worker: peak.worker / 1e6}),
	};
}

/** The user's flow on the options page: choose the file, wait for the preview, click Import, wait for the result. */
async function importThroughUi(
	page: Page, name: string, bytes: Buffer, probe?: HeapProbe,
): Promise<{preview: number; apply: number; shown: number; unpack: number}> {
	let sampling = true;
	const sampler = (async () => {
		while (sampling && probe) {
			await probe.sample();
			await new Promise(resolve => setTimeout(resolve, 100));
		}
	})();
	try {
		const start = Date.now();
		await page.setInputFiles('input[type="file"]', {name, mimeType: 'text/csv', buffer: bytes});
		const button = page.locator('button.primary', {hasText: 'Import '});
		await button.waitFor({timeout: 300_000});
		const preview = Date.now() - start;
		// The progress bar's values while the write runs: a bar that only spins shows none
		const shown = new Set<string>();
		const done = page.evaluate(toExpression(clickImport, undefined)) as Promise<number>;
		let writing = true;
		void done.finally(() => { writing = false; });
		while (writing) {
			const value = await page.locator('.import-progress progress[value]')
				.getAttribute('value', {timeout: 250}).catch(() => null);
			if (value !== null) shown.add(value);
			await new Promise(resolve => setTimeout(resolve, 250));
		}
		const apply = await done;
		return {preview, apply, shown: shown.size,
			unpack: await page.evaluate(toExpression(viewsUnpacked, undefined)) as number};
	} finally {
		sampling = false;
		await sampler;
	}
}

async function openView(session: ChromiumSession): Promise<Page> {
	const page = await session.context.newPage();
	await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
	await page.getByRole('button', {name: 'Import & export'}).click();
	await page.locator('input[type="file"]').waitFor({state: 'attached'});
	return page;
}

/** The other way to send a file: the whole file as one base64 message, parsed in the background. */
async function planAsOneMessage(page: Page, bytes: Buffer): Promise<number> {
	return page.evaluate<number>(toExpression(async (base64: string) => {
		const chrome = (globalThis as unknown as {
			chrome: {runtime: {sendMessage(message: unknown): Promise<{ok: boolean; value?: {planId: string}}>}};
		}).chrome;
		const start = performance.now();
		const reply = await chrome.runtime.sendMessage({
			channel: 'background', method: 'planImport', args: [{files: [{name: 'big.csv', base64}]}],
		});
		if (!reply?.ok) throw new Error(JSON.stringify(reply));
		const time = performance.now() - start;
		await chrome.runtime.sendMessage({channel: 'background', method: 'discardImport', args: [reply.value!.planId]});
		return time;
	}, bytes.toString('base64')));
}

/** The raw put of the rows the import stored, from the service worker (io-measure.ts). */
function rawPut(session: ChromiumSession): Promise<number> {
	return session.sw.evaluate<number>(toExpression(rawPutOfStoredRows, undefined));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Import 10,000 and 100,000 Pocket rows through the options page in real Chromium: time and peak JS heap. */
export default async function importBench(): Promise<Figure[]> {
	const figures: Figure[] = [];
	// The machine is shared and noisy: fresh profiles, each import beside its own raw put; the medians are
	// reported, the ratio from each run's own pair
	const runs: {preview: number; apply: number; unpack: number; raw: number}[] = [];
	for (let run = 0; run < IMPORT_RUNS; run++) {
		const small = await launchChromium();
		try {
			const view = await openView(small);
			const bytes = Buffer.from(pocketCsv(10_000));
			const {preview, apply, unpack} = await importThroughUi(view, 'pocket-10k.csv', bytes);
			runs.push({preview, apply, unpack, raw: await rawPut(small)});
		} finally {
			await small.close();
		}
	}
	figures.push({name: `import 10,000 rows: choose file to preview (parse in page, 5 chunks, plan; median of ${IMPORT_RUNS})`, value: median(runs.map(r => r.preview)), unit: 'ms', budget: null});
	figures.push({name: 'import 10,000 items: Import click to done', value: median(runs.map(r => r.apply)), unit: 'ms', budget: 2000});
	figures.push({name: 'import 10,000 items: done to its views moved out of pages, in the background', value: median(runs.map(r => r.unpack)), unit: 'ms', budget: null});
	figures.push({name: `raw IndexedDB put of the same 10,000 rows (items + views in pages, one transaction; median of ${IMPORT_RUNS})`, value: median(runs.map(r => r.raw)), unit: 'ms', budget: null});
	figures.push({
		name: 'import 10,000 items over a raw IndexedDB put of the same rows',
		value: median(runs.map(r => r.apply / r.raw)), unit: 'ratio', budget: 1.5,
	});
	const large = await launchChromium();
	try {
		const page = await openView(large);
		const probe = await heapProbe(page, await large.context.newCDPSession(page));
		const bytes = Buffer.from(pocketCsv(100_000, 100_000));
		const {preview, apply, shown, unpack} = await importThroughUi(page, 'pocket-100k.csv', bytes, probe);
		const peak = probe.peakMb();
		figures.push({name: 'import 100,000 rows: choose file to preview', value: preview, unit: 'ms', budget: null});
		figures.push({name: 'import 100,000 rows: Import click to done', value: apply, unit: 'ms', budget: null});
		figures.push({name: 'import 100,000 rows: done to its views moved out of pages, in the background', value: unpack, unit: 'ms', budget: null});
		figures.push({name: 'import 100,000 rows: distinct values of the progress bar seen while writing (every 250 ms)', value: shown, unit: 'values', budget: null});
		const raw = await rawPut(large);
		figures.push({name: 'raw IndexedDB put of the same 100,000 rows (items + views in pages, one transaction)', value: raw, unit: 'ms', budget: null});
		figures.push({name: 'import 100,000 rows over a raw IndexedDB put of the same rows', value: apply / raw, unit: 'ratio', budget: null});
		figures.push({name: 'import 100,000 rows: peak JS heap, options page (sampled every 100 ms)', value: peak.page, unit: 'MB', budget: null});
		figures.push({name: 'import 100,000 rows: peak JS heap, background worker (sampled every 100 ms)', value: peak.worker, unit: 'MB', budget: null});
		figures.push({
			name: `100,000 rows as one base64 message (${(bytes.length * 4 / 3 / 1e6).toFixed(1)} MB): planImport round trip`,
			value: await planAsOneMessage(page, bytes), unit: 'ms', budget: null,
		});
	} finally {
		await large.close();
	}
	return figures;
}
