import type {BenchTab} from './scale-measure.ts';

/** Fresh profiles per browser for the 10,000-item import: the ratio is each run's own pair, the median reported. */
export const IMPORT_RUNS = 5;

const TOPICS = ['kubernetes', 'cloud-native', 'go', 'databases', 'network', '机器学习', 'rust', 'design'];

/**
 * A Pocket CSV export of `rows` links (quoted titles, tags, both statuses), made here rather than copied from anywhere.
 */
export function pocketCsv(rows: number, offset = 0): string {
	let out = 'title,url,time_added,tags,status\n';
	for (let n = offset; n < offset + rows; n++) {
		const title = n % 3 === 0 ? `深入剖析 第${n}册` : `"Cloud Native Patterns, volume ${n}"`;
		const tags = `${TOPICS[n % TOPICS.length]}|${TOPICS[(n + 3) % TOPICS.length]}`;
		out += `${title},https://links.example/${n}?utm_source=pocket,${1_600_000_000 + n},${tags},${n % 4 === 0 ? 'archive' : 'unread'}\n`;
	}
	return out;
}

/**
 * The floor an import is measured against: the rows the import stored, read back and put into a copy of the
 * database's stores and indexes, in one transaction; ms to commit. As a write of more than 1,000 items does, the
 * views go in pages of 1,000 (schema.ts `ViewPage`), wherever they are now (moved into the views store after the
 * import, or not yet). Runs in any context of the extension's origin: serialised, it uses nothing from outside.
 */
export async function rawPutOfStoredRows(): Promise<number> {
	const done = (request: IDBRequest | IDBTransaction) => new Promise((resolve, reject) => {
		if ('result' in request) request.addEventListener('success', () => resolve(request.result));
		else request.addEventListener('complete', () => resolve(undefined));
		request.addEventListener('error', () => reject(request.error));
	});
	const db = await done(indexedDB.open('shelfmark')) as IDBDatabase;
	const read = db.transaction(['items', 'views', 'viewPages']);
	const source = read.objectStore('items');
	const indexes = [...source.indexNames].map(name => source.index(name))
		.map(({name, keyPath, multiEntry, unique}) => ({name, keyPath, multiEntry, unique}));
	const [items, views, paged] = await Promise.all(['items', 'views', 'viewPages']
		.map(name => done(read.objectStore(name).getAll()))) as [unknown[], unknown[], {views: unknown[]}[]];
	const allViews = [...views, ...paged.flatMap(page => page.views)];
	const copying = indexedDB.open('raw-put-bench');
	copying.addEventListener('upgradeneeded', () => {
		const copy = copying.result.createObjectStore('items', {keyPath: source.keyPath});
		for (const {name, keyPath, multiEntry, unique} of indexes) {
			copy.createIndex(name, keyPath, {multiEntry, unique});
		}
		copying.result.createObjectStore('viewPages');
	});
	const raw = await done(copying) as IDBDatabase;
	const start = performance.now();
	const tx = raw.transaction(['items', 'viewPages'], 'readwrite');
	for (const row of items) tx.objectStore('items').put(row);
	for (let page = 0; page * 1_000 < allViews.length; page++) {
		tx.objectStore('viewPages').put(allViews.slice(page * 1_000, (page + 1) * 1_000), page);
	}
	await done(tx);
	const time = performance.now() - start;
	raw.close();
	db.close();
	await done(indexedDB.deleteDatabase('raw-put-bench'));
	return time;
}

/**
 * Ms until the views an import put in pages are all moved into the views store (repository.ts `unpackViews`), which
 * the background does after the import is done: polled from an extension page, every 10 ms.
 */
export async function viewsUnpacked(): Promise<number> {
	const start = performance.now();
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open('shelfmark');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const pages = () => new Promise<number>((resolve, reject) => {
		const request = db.transaction('viewPages').objectStore('viewPages').count();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	while (await pages() > 0) await new Promise(resolve => setTimeout(resolve, 10));
	db.close();
	return performance.now() - start;
}

/**
 * In the options page's Import & export view, showing a preview: clicks Import and returns ms until "done" shows, on
 * the page's clock (a DOM observer, not polling: a poll from outside the page adds up to its interval).
 */
export function clickImport(): Promise<number> {
	const button = [...document.querySelectorAll<HTMLButtonElement>('button.primary')]
		.find(each => each.textContent?.startsWith('Import ') && !each.disabled);
	if (!button) throw new Error('import: no Import button');
	const clicked = performance.now();
	const done = new Promise<number>(resolve => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector('.import-done')) return;
			observer.disconnect();
			resolve(performance.now() - clicked);
		});
		observer.observe(document.body, {childList: true, subtree: true});
	});
	button.click();
	return done;
}

/**
 * Imports `text` as a file through the options page's Import & export view in `tab` (showing that view): chooses the
 * file as a drop would, waits for the preview, then `clickImport`.
 */
export async function importInPage(tab: BenchTab, name: string, text: string): Promise<number> {
	await tab.evaluate(async ({name, text}) => {
		const until = <T>(find: () => T | null | undefined, ms = 300_000) => new Promise<T>((resolve, reject) => {
			const deadline = performance.now() + ms;
			const check = () => {
				const found = find();
				if (found) resolve(found);
				else if (performance.now() > deadline) reject(new Error('import: timed out'));
				else setTimeout(check, 5);
			};
			check();
		});
		const input = await until(() => document.querySelector<HTMLInputElement>('input[type="file"]'));
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], name, {type: 'text/csv'}));
		input.files = transfer.files;
		input.dispatchEvent(new Event('change', {bubbles: true}));
		await until(() => [...document.querySelectorAll<HTMLButtonElement>('button.primary')]
			.find(each => each.textContent?.startsWith('Import ') && !each.disabled));
	}, {name, text});
	return tab.evaluate(clickImport);
}
