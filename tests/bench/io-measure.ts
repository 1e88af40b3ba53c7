import type {BenchTab} from './scale-measure.ts';

const TOPICS = ['kubernetes', 'cloud-native', 'go', 'databases', 'network', '机器学习', 'rust', 'design'];

/** A Pocket CSV export of `rows` links (quoted titles, tags, both statuses), made here rather than copied from anywhere. */
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
 * The floor an import is measured against: the rows the import stored (items and views, as stored), read back and
 * put into a copy of the database's stores and indexes, in one transaction; ms to commit. Runs in any context of the
 * extension's origin (the service worker, an extension page): serialised, it uses nothing from outside.
 */
export async function rawPutOfStoredRows(): Promise<number> {
	const done = (request: IDBRequest | IDBTransaction) => new Promise((resolve, reject) => {
		if ('result' in request) request.addEventListener('success', () => resolve(request.result));
		else request.addEventListener('complete', () => resolve(undefined));
		request.addEventListener('error', () => reject(request.error));
	});
	const db = await done(indexedDB.open('shelfmark')) as IDBDatabase;
	const names = ['items', 'views'];
	const read = db.transaction(names);
	const schema = names.map(name => {
		const source = read.objectStore(name);
		return {name, keyPath: source.keyPath, indexes: [...source.indexNames].map(indexName => source.index(indexName))
			.map(({name: index, keyPath, multiEntry, unique}) => ({index, keyPath, multiEntry, unique}))};
	});
	const rows = await Promise.all(names.map(name => done(read.objectStore(name).getAll()))) as unknown[][];
	const copying = indexedDB.open('raw-put-bench');
	copying.addEventListener('upgradeneeded', () => {
		for (const {name, keyPath, indexes} of schema) {
			const copy = copying.result.createObjectStore(name, {keyPath});
			for (const {index, keyPath: path, multiEntry, unique} of indexes) copy.createIndex(index, path, {multiEntry, unique});
		}
	});
	const raw = await done(copying) as IDBDatabase;
	const start = performance.now();
	const tx = raw.transaction(names, 'readwrite');
	names.forEach((name, i) => { for (const row of rows[i]!) tx.objectStore(name).put(row); });
	await done(tx);
	const time = performance.now() - start;
	raw.close();
	db.close();
	await done(indexedDB.deleteDatabase('raw-put-bench'));
	return time;
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
