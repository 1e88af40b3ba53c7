import type {CDPSession, Page} from 'playwright-core';
import {launchChromium, type ChromiumSession} from '../e2e/support/chromium.ts';
import {toExpression} from '../e2e/support/driver.ts';
import {startFixtureServer} from '../e2e/support/server.ts';
import type {Figure} from './figure.ts';
import {type BenchBrowser, type BenchTab, scaleFigures} from './scale-measure.ts';

const MB = 1024 * 1024;

function benchTab(page: Page): BenchTab {
	return {
		async navigate(url) {
			await page.goto(url, {waitUntil: 'commit'});
		},
		evaluate: (fn, arg) => page.evaluate(toExpression(fn, arg)),
		close: () => page.close(),
	};
}

/**
 * The service worker's used JS heap, after a full GC when `collect` (what the list holds, not garbage not yet
 * collected): a page's CDP session attaches to the worker's target (not flattened, so its replies come back as
 * Target events on the same session) and asks HeapProfiler.collectGarbage, then Runtime.getHeapUsage.
 */
async function workerHeap(cdp: CDPSession, extensionId: string, collect: boolean): Promise<number> {
	const {targetInfos} = await cdp.send('Target.getTargets');
	const worker = targetInfos.find(info => info.type === 'service_worker' && info.url.includes(extensionId));
	if (!worker) throw new Error('no service worker target');
	const {sessionId} = await cdp.send('Target.attachToTarget', {targetId: worker.targetId, flatten: false});
	const waiting = new Map<number, {resolve(value: unknown): void; reject(error: Error): void}>();
	cdp.on('Target.receivedMessageFromTarget', event => {
		if (event.sessionId !== sessionId) return;
		const message = JSON.parse(event.message) as {id?: number; result?: unknown; error?: unknown};
		const caller = message.id === undefined ? undefined : waiting.get(message.id);
		if (message.error) caller?.reject(new Error(JSON.stringify(message.error)));
		else caller?.resolve(message.result);
	});
	const ask = async (id: number, method: string) => {
		const reply = new Promise((resolve, reject) => waiting.set(id, {resolve, reject}));
		await cdp.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method})});
		return reply;
	};
	if (collect) await ask(1, 'HeapProfiler.collectGarbage');
	const {usedSize} = await ask(2, 'Runtime.getHeapUsage') as {usedSize: number};
	await cdp.send('Target.detachFromTarget', {sessionId});
	return usedSize / MB;
}

function chromiumTarget(session: ChromiumSession): BenchBrowser {
	const pages = new Map<BenchTab, Page>();
	return {
		suffix: '',
		extensionUrl: path => `chrome-extension://${session.extensionId}/${path}`,
		async newTab() {
			const page = await session.context.newPage();
			const tab = benchTab(page);
			pages.set(tab, page);
			return tab;
		},
		/** As Chrome does after 30 s idle: the next page finds a cold background. */
		async makeCold(tab) {
			const page = pages.get(tab)!;
			await page.goto('about:blank');
			const cdp = await session.context.newCDPSession(page);
			await cdp.send('ServiceWorker.enable');
			await cdp.send('ServiceWorker.stopAllWorkers');
			await cdp.detach();
		},
		async backgroundHeap(tab, collect) {
			const cdp = await session.context.newCDPSession(pages.get(tab)!);
			try {
				return await workerHeap(cdp, session.extensionId, collect);
			} finally {
				await cdp.detach();
			}
		},
		// A service worker busy answering a message is not stopped for idleness
		keepAwake: async () => {},
		async pageHeap(tab) {
			const cdp = await session.context.newCDPSession(pages.get(tab)!);
			try {
				return (await cdp.send('Runtime.getHeapUsage')).usedSize / MB;
			} finally {
				await cdp.detach();
			}
		},
	};
}

/** Issue 17's list figures in Chromium: cold first rows, search, scroll, popup, heaps. */
export default async function scaleChromium(): Promise<Figure[]> {
	const server = await startFixtureServer();
	const session = await launchChromium();
	try {
		return await scaleFigures(chromiumTarget(session), n => server.url(`article.html?work=${n}`), async () => {
			const device = await launchChromium();
			return {target: chromiumTarget(device), close: () => device.close()};
		});
	} finally {
		await session.close();
		await server.close();
	}
}
