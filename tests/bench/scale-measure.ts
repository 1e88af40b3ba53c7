import type {Browser} from 'webextension-polyfill';
import {startApache} from '../support/apache.ts';
import type {Figure} from './figure.ts';

/** A tab of either browser, as the scale bench needs it (playwright-core or puppeteer-core underneath). */
export type BenchTab = {
	/** Starts navigating to `url` and returns as soon as the new document exists (not at its load event). */
	navigate(url: string): Promise<void>;
	/** Runs `fn(arg)` in the page (serialised: it may use only its argument). */
	evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	close(): Promise<void>;
};

/** What differs between the browsers: tabs, making the background cold, and reading JS heaps. */
export type BenchBrowser = {
	/** ` (firefox)` or '' (Chromium's names carry no suffix). */
	suffix: string;
	extensionUrl(path: string): string;
	newTab(): Promise<BenchTab>;
	/** Leaves the background stopped (or suspended), with its in-memory list gone; `tab` shows about:blank. */
	makeCold(tab: BenchTab): Promise<void>;
	/** The background's JS heap in MB; after a full garbage collection when `collect`. */
	backgroundHeap(tab: BenchTab, collect: boolean): Promise<number>;
	/** The JS heap of the extension page in `tab`, in MB. */
	pageHeap(tab: BenchTab): Promise<number>;
	/** Keeps the background from being stopped for idleness while one long request runs (a first sync). */
	keepAwake(): Promise<void>;
};

export const OPTIONS = 'src/options/index.html';
const POPUP = 'src/popup/index.html';
const FIRST_ROW = '[role="row"][data-index="0"]';
const COLD_RUNS = 3;
const POPUP_RUNS = 9;
const SEED_CALL = 2_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

type Api = {browser?: Browser; chrome?: Browser};

/**
 * Sends one e2e hook or BackgroundApi request from an extension page; throws unless it succeeded. Retries while
 * nothing answers (a background still starting, just after the browser launched).
 */
export async function request<T>(
	tab: BenchTab, channel: 'e2e' | 'background', method: string, ...args: unknown[]
): Promise<T> {
	const send = () => tab.evaluate(async message => {
		const scope = globalThis as unknown as Api;
		return await (scope.browser ?? scope.chrome)!.runtime.sendMessage(message) as
			{ok: boolean; value?: unknown} | undefined;
	}, {channel, method, args});
	for (let tries = 0; ; tries++) {
		const reply = await send().catch((error: unknown) => {
			if (tries > 50 || !String(error).includes('Receiving end does not exist')) throw error;
			return undefined;
		});
		if (reply?.ok) return reply.value as T;
		if (reply || tries > 50) throw new Error(`${method}: ${JSON.stringify(reply)}`);
		await sleep(200);
	}
}

/** Waits (in the page) for `selector`; returns the page's clock then, i.e. ms since its navigation started. */
async function timeTo(tab: BenchTab, selector: string): Promise<number> {
	for (let tries = 0; ; tries++) {
		const found = await tab.evaluate(wanted => new Promise<number>(resolve => {
			const check = () => (document.querySelector(wanted)
				? resolve(performance.now())
				: requestAnimationFrame(check));
			check();
		}), selector).catch((error: unknown) => {
			if (tries > 200) throw error;
			return undefined; // The new document was not there yet
		});
		if (found !== undefined) return found;
		await sleep(10);
	}
}

/**
 * Navigation start to the first row of the options page from a cold background (median of COLD_RUNS); `tab` shows an
 * extension page. Each run checks that the background did restart (the e2e build's start mark changed).
 */
export async function coldFirstRows(target: BenchBrowser, tab: BenchTab): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < COLD_RUNS; run++) {
		const started = await request<string>(tab, 'e2e', 'startedAt');
		await target.makeCold(tab);
		await tab.navigate(target.extensionUrl(OPTIONS));
		times.push(await timeTo(tab, FIRST_ROW));
		if (await request<string>(tab, 'e2e', 'startedAt') === started) throw new Error('the background did not restart: not a cold start');
	}
	return median(times);
}

/**
 * A search sent as soon as the options page shows its first rows after a cold start: the search needs the whole list,
 * which the background reads after the first page. Ms from the first rows to the search's answer (one run).
 */
export async function firstSearchAfterColdStart(target: BenchBrowser, tab: BenchTab): Promise<number> {
	await target.makeCold(tab);
	await tab.navigate(target.extensionUrl(OPTIONS));
	await timeTo(tab, FIRST_ROW);
	return tab.evaluate(async () => {
		const scope = globalThis as unknown as Api;
		const start = performance.now();
		await (scope.browser ?? scope.chrome)!.runtime.sendMessage({
			channel: 'background', method: 'queryItems', args: [{text: 'kubernetes', limit: 50}],
		});
		return performance.now() - start;
	});
}

/** Median, in the page, of one BackgroundApi request per argument list (the list is in memory: warm). */
function medianRoundTrip(tab: BenchTab, method: string, calls: readonly (readonly unknown[])[]): Promise<number> {
	return tab.evaluate(async ({method, calls}) => {
		const scope = globalThis as unknown as Api;
		const times: number[] = [];
		for (const args of calls) {
			const start = performance.now();
			const reply = await (scope.browser ?? scope.chrome)!.runtime.sendMessage({
				channel: 'background', method, args,
			}) as {ok: boolean};
			if (!reply?.ok) throw new Error(`${method}: ${JSON.stringify(reply)}`);
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
	}, {method, calls});
}

/** Median round trip of queryItems searches from an extension page (the cache is in: a warm search). */
export function searchRoundTrip(tab: BenchTab): Promise<number> {
	const texts = ['分布式', 'kubernetes', 'No. 4242', 'Kleppmann', 'zzz', 'reading group', '第99999版'];
	return medianRoundTrip(tab, 'queryItems', texts.map(text => [{text, limit: 50}]));
}

/**
 * Scrolls the options page's virtualised list by 300 px a frame for 240 frames (a fling through ~2,000 rows) and
 * returns the 95th percentile of the time between animation frames, in whole display refreshes: frames start on the
 * display's refresh (the mean gap near the median), and their timestamps jitter around it (16.6, 16.7, 16.8 ms at
 * 60 Hz), so a p95 read raw is over 16.7 ms without a frame dropped. A dropped frame still counts as two refreshes.
 */
export function scrollP95(tab: BenchTab): Promise<number> {
	return tab.evaluate(() => new Promise<number>(resolve => {
		const viewport = document.querySelector<HTMLElement>('.grid .viewport')!;
		const gaps: number[] = [];
		let last = performance.now();
		const frame = (now: number) => {
			gaps.push(now - last);
			last = now;
			if (gaps.length > 240) {
				const sorted = gaps.slice(1).sort((a, b) => a - b);
				const median = sorted[Math.floor(sorted.length / 2)]!;
				// Averaged: the jitter cancels out
				const near = sorted.filter(gap => Math.abs(gap - median) < median / 4);
				const refresh = near.reduce((sum, gap) => sum + gap, 0) / near.length;
				resolve(Math.max(1, Math.round(sorted[Math.floor(sorted.length * 0.95)]! / refresh)) * refresh);
				return;
			}
			viewport.scrollTop += 300;
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	}));
}

/** The list's topics, most used first, as the topic manager shows them. */
const topicNames = async (tab: BenchTab) =>
	(await request<{name: string}[]>(tab, 'background', 'listTopics')).map(topic => topic.name);

/** Filtering by one topic and by two, as the sidebar and the toolbar's topic chips do (median of each topic tried). */
export async function topicFilterRoundTrip(tab: BenchTab): Promise<number> {
	const names = (await topicNames(tab)).slice(0, 6);
	return medianRoundTrip(tab, 'queryItems', [...names.map(name => [{topics: [name], limit: 50}]),
		...names.slice(1).map((name, i) => [{topics: [names[i], name], limit: 50}])]);
}

/**
 * The request the options page sends again after an edit (the list is a new array then): a page of the list in each
 * sort order it offers, and the topic manager's counts. Each is asked once before (as the page showed it), then
 * after each of `rounds` edits (median of the rounds).
 */
export async function afterEditRoundTrips(
	tab: BenchTab, rounds = 5,
): Promise<Record<'added' | 'title' | 'status' | 'topics', number>> {
	const id = (await request<{items: {id: string}[]}>(tab, 'background', 'queryItems', {limit: 1})).items[0]?.id;
	if (!id) throw new Error('the list is empty');
	const times: Record<string, number> = {};
	for (const key of ['added', 'title', 'status', 'topics']) {
		const [method, args] = key === 'topics' ? ['listTopics', []] : ['queryItems', [{sort: key, limit: 50}]];
		await medianRoundTrip(tab, method, [args]);
		const each: number[] = [];
		for (let round = 0; round < rounds; round++) {
			await request(tab, 'background', 'updateItem', id, {rating: (round % 5) + 1});
			each.push(await medianRoundTrip(tab, method, [args]));
		}
		times[key] = median(each);
	}
	return times as Record<'added' | 'title' | 'status' | 'topics', number>;
}

/** A bulk edit of `count` selected items (the options page's bulk bar: one updateItems request, one write). */
export async function bulkEdit(tab: BenchTab, count: number): Promise<number> {
	const ids = (await request<{items: {id: string}[]}>(tab, 'background', 'queryItems', {sort: 'title', limit: count}))
		.items.map(item => item.id);
	if (ids.length !== count) throw new Error(`only ${ids.length} items to select`);
	return medianRoundTrip(tab, 'updateItems', [
		[ids, {status: 'reading'}], [ids, {status: 'want'}], [ids, {status: 'done'}],
	]);
}

/**
 * The toolbar badge's "already saved?": the tab `tabId` goes to `unsaved` (the badge clears), then to each of `saved`,
 * timed in the extension page from tabs.update to the badge's ✓; the median.
 */
export function badgeOnOpen(tab: BenchTab, tabId: number, saved: string[], unsaved: string): Promise<number> {
	return tab.evaluate(async ({tabId, saved, unsaved}) => {
		const scope = globalThis as unknown as Api;
		const api = (scope.browser ?? scope.chrome)!;
		const badge = async () => (await api.runtime.sendMessage({
			channel: 'e2e', method: 'badgeText', args: [tabId],
		}) as {value?: string})?.value;
		// Polled back to back, each round trip the only pause: this page is a background tab, whose timers Firefox
		// holds to one a second (a 5 ms sleep read 1,056 ms for a ✓ set after 250)
		const until = async (done: (text: string | undefined) => boolean, what: string) => {
			for (const start = performance.now(); !done(await badge());) {
				if (performance.now() - start > 10_000) throw new Error(`no ${what} in 10 s`);
			}
		};
		const times: number[] = [];
		for (const url of saved) {
			await api.tabs.update(tabId, {url: unsaved});
			await until(text => text !== '✓', 'cleared badge');
			const start = performance.now();
			await api.tabs.update(tabId, {url});
			await until(text => text === '✓', `✓ on ${url}`);
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
	}, {tabId, saved, unsaved});
}

/**
 * Popup ready on a work's page over a blank extension page (median of POPUP_RUNS each), as tests/bench/popup.bench.ts.
 */
export async function popupOverBlank(target: BenchBrowser, tabId: number): Promise<number> {
	const time = async (url: string, ready: string) => {
		const times: number[] = [];
		for (let run = 0; run < POPUP_RUNS; run++) {
			const tab = await target.newTab();
			await tab.navigate(url);
			times.push(await timeTo(tab, ready));
			await tab.close();
		}
		return median(times);
	};
	const blank = await time(target.extensionUrl(`${POPUP}?bench=blank#`), 'body');
	const ready = await time(target.extensionUrl(`${POPUP}?tab=${tabId}`), '[data-phase="ready"] textarea[name="title"]');
	return ready - blank;
}

/** Launches another browser of the same kind on a fresh profile: a new device. */
export type NewDevice = () => Promise<{target: BenchBrowser; close(): Promise<void>}>;

const SYNC_AUTH = {user: 'reader', password: 'bench-pass-4k2'};

/** Turns sync on to `url` from `tab`: that syncs at once, so this is one round trip of configureSync, in ms. */
async function turnSyncOn(target: BenchBrowser, tab: BenchTab, url: string): Promise<number> {
	await target.keepAwake();
	const start = performance.now();
	const status = await request<{lastError?: unknown}>(tab, 'background', 'configureSync', {
		kind: 'webdav', url, ...SYNC_AUTH,
	});
	const time = performance.now() - start;
	if (status.lastError) throw new Error(`the sync failed: ${JSON.stringify(status.lastError)}`);
	return time;
}

/**
 * The extension's first sync of its whole list to a real Apache mod_dav on loopback (from the list in IndexedDB to
 * the blobs on the server), then a new device's first sync from that vault, which must end with the whole list.
 */
async function firstSyncAndPull(
	target: BenchBrowser, tab: BenchTab, newDevice: NewDevice, size: number,
): Promise<[number, number]> {
	const apache = await startApache({auth: SYNC_AUTH});
	try {
		const push = await turnSyncOn(target, tab, apache.url);
		const device = await newDevice();
		try {
			const page = await device.target.newTab();
			await page.navigate(device.target.extensionUrl(OPTIONS));
			const pull = await turnSyncOn(device.target, page, apache.url);
			const {total} = await request<{total: number}>(page, 'background', 'queryItems', {limit: 0});
			if (total !== size) throw new Error(`the new device has ${total} items, not ${size}`);
			return [push, pull];
		} finally {
			await device.close();
		}
	} finally {
		await apache.stop();
	}
}

/** The tab id of the tab showing `url`, asked from an extension page. */
export function tabIdOf(tab: BenchTab, url: string): Promise<number | undefined> {
	return tab.evaluate(async wanted => {
		const scope = globalThis as unknown as Api;
		return (await (scope.browser ?? scope.chrome)!.tabs.query({})).find(each => each.url === wanted)?.id;
	}, url);
}

/**
 * Writes generated works `from` to `to - 1`, SEED_CALL a call: Firefox suspends an event page that had no event for
 * its idle timeout even while it is busy answering one, so no single call may last long.
 */
async function seed(tab: BenchTab, from: number, to: number, urlBase: string): Promise<void> {
	for (let at = from; at < to; at += SEED_CALL) {
		await request(tab, 'e2e', 'seedWorks', Math.min(SEED_CALL, to - at), at, urlBase);
	}
}

/**
 * The list at 10,000 and 100,000 generated works (tests/e2e/support/generated-works.ts, written inside the
 * background by the e2e build's seedWorks hook): cold first rows, search, scroll, popup, heaps (issue 17).
 * `workPage` is a page the popup is opened over; it is also the link of one generated work deep in the list.
 */
export async function scaleFigures(
	target: BenchBrowser, workPage: (n: number) => string, newDevice: NewDevice,
): Promise<Figure[]> {
	const s = target.suffix;
	const figures: Figure[] = [];
	/** Measures one figure; a failure names the figure it was measuring. */
	const measure = async (name: string, unit: string, budget: number | null, value: () => Promise<number>) => {
		figures.push({name: `${name}${s}`, value: await value().catch((error: unknown) => {
			throw new Error(`${name}${s}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}), unit, budget});
	};
	const tab = await target.newTab();
	await tab.navigate(target.extensionUrl(POPUP));
	const base = workPage(0).replace(/0$/, '');
	await seed(tab, 0, 10_000, base);
	// The worker that wrote the list copies it (list-copy.ts), as one living its 30 s idle has; a cold run killing
	// it halfway would leave each next start to copy again
	await request(tab, 'e2e', 'listCopied');
	await measure('options first rows at 10,000 items, cold start', 'ms', 400, () => coldFirstRows(target, tab));
	await tab.navigate(target.extensionUrl(POPUP));
	await seed(tab, 10_000, 100_000, base);
	await request(tab, 'e2e', 'listCopied');
	await measure('options first rows at 100,000 items, cold start', 'ms', 1500, () => coldFirstRows(target, tab));
	await measure('first search at 100,000 items, sent as the first rows show after a cold start', 'ms', null,
		() => firstSearchAfterColdStart(target, tab));
	await timeTo(tab, FIRST_ROW);
	await measure('search query round trip at 100,000 items (median)', 'ms', 60, () => searchRoundTrip(tab));
	// Right after the searches, which need the whole list in memory (Firefox suspends an idle event page)
	await measure('background JS heap at 100,000 items, before a garbage collection', 'MB', null,
		() => target.backgroundHeap(tab, false));
	// What the list holds: the budget's figure is taken after a full collection, as about:memory's "minimize" does
	await measure('background JS heap at 100,000 items', 'MB', 150, () => target.backgroundHeap(tab, true));
	await measure('options page JS heap at 100,000 items', 'MB', null, () => target.pageHeap(tab));
	await measure('scroll at 100,000 items, p95 frame time', 'ms', 16.7, () => scrollP95(tab));
	await measure('filter by topic at 100,000 items (median)', 'ms', 60, () => topicFilterRoundTrip(tab));
	const afterEdit = await afterEditRoundTrips(tab);
	const sorts = {added: 'newest added', title: 'title', status: 'status'} as const;
	for (const [key, label] of Object.entries(sorts)) {
		await measure(`sort by ${label} at 100,000 items, first query after an edit (median)`, 'ms', 60,
			async () => afterEdit[key as keyof typeof sorts]);
	}
	await measure('topic manager counts at 100,000 items, first after an edit (median)', 'ms', 60, async () => afterEdit.topics);
	await measure('bulk edit of 1,000 selected items at 100,000 items (one write, median of 3)', 'ms', null, () => bulkEdit(tab, 1_000));

	const work = await target.newTab();
	await work.navigate(workPage(7));
	await sleep(500);
	const tabId = await tabIdOf(tab, workPage(7));
	if (tabId === undefined) throw new Error('the work page is not visible to the extension');
	await measure('popup ready over a blank extension page at 100,000 items', 'ms', 100, () => popupOverBlank(target, tabId));
	await measure('badge ✓ on opening a saved work\'s page at 100,000 items, tab update to badge (median of 5)', 'ms', null,
		() => badgeOnOpen(tab, tabId, [11, 5_000, 42_000, 77_777, 99_999].map(workPage), workPage(200_000)));
	let pull = 0;
	await measure('first sync of 100,000 items to WebDAV', 'ms', null, async () => {
		const [push, pulled] = await firstSyncAndPull(target, tab, newDevice, 100_000);
		pull = pulled;
		return push;
	});
	await measure('first sync of a new device from a 100,000-item WebDAV vault', 'ms', null, async () => pull);
	return figures;
}
