import 'fake-indexeddb/auto';
import {readFileSync} from 'node:fs';
import {describe, expect, test, vi} from 'vitest';
import {importExportApi, splitText} from '../../../src/background/import-export.ts';
import {ItemService} from '../../../src/background/items.ts';
import {docStamp, materialize, mergeDocs} from '../../../src/core/item-doc.ts';
import {stampTime} from '../../../src/core/hlc.ts';
import {createHeldRecords} from '../../../src/background/held.ts';
import {saveDoc} from '../../../src/core/save.ts';
import {encodeText, parseImport} from '../../../src/formats/index.ts';
import type {ImportFileInput} from '../../../src/shared/import-protocol.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

let n = 0;
async function setup() {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb(`import-${++n}`)));
	return {items, api: importExportApi(async () => items)};
}

const file = (name: string, text: string): ImportFileInput =>
	({name, base64: Buffer.from(encodeText(text)).toString('base64')});

const POCKET = `title,url,time_added,tags,status
Kubernetes Patterns,https://k8s.example/patterns?utm_source=x,1600322788,kubernetes|cloud-native,unread
Go Proverbs,https://go.example/proverbs,1600172739,go,archive
`;

describe('import: preview, then one transaction', () => {
	test('the preview writes nothing; applying its plan creates the items with topics and statuses', async () => {
		const {items, api} = await setup();
		const preview = await api.planImport({files: [file('part_000000.csv', POCKET)]});
		expect(preview).toMatchObject({
			format: 'pocket-csv', counts: {new: 2, merged: 0, skipped: 0, failed: 0},
			total: 2, writes: 2, errorCount: 0,
		});
		expect(await items.all()).toHaveLength(0);
		expect(await api.applyImport(preview.planId)).toEqual({counts: preview.counts, written: 2});
		const saved = await items.find('https://k8s.example/patterns');
		expect(saved)
			.toMatchObject({title: 'Kubernetes Patterns', topics: ['cloud-native', 'kubernetes'], status: 'want'});
		expect((await items.find('https://go.example/proverbs'))?.status).toBe('done');
		await expect(api.applyImport(preview.planId)).rejects.toMatchObject({code: 'IMPORT_EXPIRED'});
	});

	test('importing again merges by URL and then skips what adds nothing; the user’s edits are kept', async () => {
		const {items, api} = await setup();
		await api.applyImport({files: [file('pocket.csv', POCKET)]});
		const id = (await items.find('https://go.example/proverbs'))!.id;
		await items.update([id], {topics: ['go', 'mine'], notes: 'my note'});
		const again = await api.planImport({
			files: [file('pocket.csv', POCKET.replace('go,archive', 'go|style,archive'))],
		});
		expect(again.counts).toEqual({new: 0, merged: 1, skipped: 1, failed: 0});
		expect(again.entries.find(entry => entry.fate === 'merged')).toMatchObject({existingId: id, line: 3});
		await api.applyImport(again.planId);
		expect(await items.get(id)).toMatchObject({topics: ['go', 'mine', 'style'], notes: 'my note'});
		expect(await items.all()).toHaveLength(2);
	});

	test('an item saved between the preview and the import is merged into, not overwritten', async () => {
		const {items, api} = await setup();
		const preview = await api.planImport({files: [file('pocket.csv', POCKET)]});
		expect(preview.counts.new).toBe(2);
		await items.save({url: 'https://go.example/proverbs', title: 'Go Proverbs', topics: ['mine'], notes: 'saved meanwhile'});
		const outcome = await api.applyImport(preview.planId);
		expect(outcome.counts).toMatchObject({new: 1, merged: 1});
		expect(await items.find('https://go.example/proverbs')).toMatchObject({topics: ['go', 'mine'], notes: 'saved meanwhile', status: 'done'});
	});

	test('duplicates merge by ISBN when the URL differs (Goodreads book already saved from Douban)', async () => {
		const {items, api} = await setup();
		const douban = await items.save({url: 'https://book.douban.com/subject/25806000/', title: 'Kubernetes in Action', isbn: ['9781617293726'], kind: 'book'});
		const goodreads = 'Book Id,Title,Author,ISBN,ISBN13,My Rating,Exclusive Shelf,Bookshelves,Date Added\n11,Kubernetes in Action,Marko Luksa,"=""1617293725""","=""9781617293726""",5,read,"cloud, read",2019/12/01\n';
		const preview = await api.planImport({files: [file('goodreads_library_export.csv', goodreads)]});
		expect(preview).toMatchObject({format: 'goodreads-csv', counts: {merged: 1, new: 0}});
		await api.applyImport(preview.planId);
		expect(await items.all()).toHaveLength(1);
		expect(await items.get(douban.id))
			.toMatchObject({status: 'done', rating: 5, topics: expect.arrayContaining(['cloud'])});
	});

	test('a bad row fails the whole import, naming its line and field; nothing is written unless the user skips it', async () => {
		const {items, api} = await setup();
		const books = 'title,ASIN\nKubernetes in Action,B0KUBEAAA1\nMystery,B00\n';
		const preview = await api.planImport({
			files: [file('books.csv', books)], parse: {mapping: {title: 'title', ASIN: 'identifier'}},
		});
		expect(preview).toMatchObject({counts: {new: 1, failed: 0}, errorCount: 1});
		expect(preview.problems)
			.toEqual([expect.objectContaining({code: 'BAD_ID', line: 3, field: 'ASIN', severity: 'error'})]);
		await expect(api.applyImport(preview.planId))
			.rejects.toMatchObject({code: 'IMPORT_INVALID', message: expect.stringMatching(/line 3: ASIN: .*B00/)});
		expect(await items.all()).toHaveLength(0);
		expect((await api.applyImport(preview.planId, {skipFailed: true})).written).toBe(1);
		expect(await items.all())
			.toEqual([expect.objectContaining({title: 'Kubernetes in Action', ids: ['asin:B0KUBEAAA1']})]);
	});

	test('a StoryGraph file whose rows carry only ASINs imports every row as a work without a link; again, it adds nothing', async () => {
		const {items, api} = await setup();
		const storygraph = readFileSync('tests/fixtures/formats/storygraph-asin.csv', 'utf8');
		const preview = await api.planImport({files: [file('storygraph.csv', storygraph)]});
		expect(preview).toMatchObject({
			format: 'storygraph-csv', counts: {new: 3, merged: 0, skipped: 0, failed: 0}, errorCount: 0,
		});
		await api.applyImport(preview.planId);
		const saved = await items.all();
		expect(saved.map(item => [item.title, item.url, item.ids]).sort()).toEqual([
			['An Audiobook Only', undefined, ['asin:B0ASINBBB2']],
			['Kindle Field Notes', undefined, ['asin:B0ASINAAA1']],
			['The Third Ebook', undefined, ['asin:B0ASINCCC3']],
		]);
		expect(await items.find({aliases: [], isbn: [], ids: ['asin:B0ASINCCC3']}))
			.toMatchObject({status: 'done', rating: 4});
		const again = await api.planImport({files: [file('storygraph.csv', storygraph)]});
		expect(again.counts).toEqual({new: 0, merged: 0, skipped: 3, failed: 0});
	});

	test('duplicates merge by any shared key: a DOI links a RIS thesis to the CSL-JSON entry already saved', async () => {
		const {items, api} = await setup();
		const csl = JSON.stringify([{type: 'thesis', title: 'On Works', DOI: '10.1000/WORKS'}]);
		await api.applyImport({files: [file('x.json', csl)]});
		const ris = 'TY  - THES\nTI  - On works (repository copy)\nDO  - https://doi.org/10.1000/works\nUR  - https://repo.example/works\nER  - \n';
		const preview = await api.planImport({files: [file('x.ris', ris)]});
		expect(preview.counts).toMatchObject({merged: 1, new: 0});
		await api.applyImport(preview.planId);
		expect(await items.all()).toEqual([expect.objectContaining({title: 'On Works', url: 'https://repo.example/works', ids: ['doi:10.1000/works']})]);
	});

	test('a weak match is listed as a possible duplicate and imported as new unless ticked; ticked, it merges', async () => {
		const csv = 'title,authors,isbn\nCloud Native Go,Matthew Titmus,9781492076339\nUnrelated,Someone,\n';
		for (const tick of [false, true]) {
			const {items, api} = await setup();
			const old = await items.save({
				title: 'Cloud-Native Go', authors: ['Titmus, Matthew'], isbn: ['9781492076322'],
			});
			const preview = await api.planImport({files: [file('books.csv', csv)]});
			expect(preview.possible).toBe(1);
			const entry = preview.entries.find(e => e.possibleDuplicateOf)!;
			expect(entry).toMatchObject({
				fate: 'new', index: 0, possibleDuplicateOf: {existingId: old.id, title: 'Cloud-Native Go'},
			});
			if (tick) {
				const ticked = await api.planImport({stageId: preview.planId, merge: [entry.index]});
				expect(ticked).toMatchObject({planId: preview.planId, counts: {new: 1, merged: 1}, possible: 1});
				expect(ticked.entries.find(e => e.index === entry.index))
					.toMatchObject({fate: 'merged', existingId: old.id});
			}
			const outcome = await api.applyImport(preview.planId, tick ? {merge: [entry.index]} : {});
			expect(outcome.counts).toMatchObject(tick ? {new: 1, merged: 1} : {new: 2, merged: 0});
			expect((await items.all()).filter(item => !item.mergedInto)).toHaveLength(tick ? 2 : 3);
			expect((await items.get(old.id))!.isbn)
				.toEqual(tick ? ['9781492076322', '9781492076339'] : ['9781492076322']);
		}
		const {api} = await setup();
		await expect(api.applyImport({files: [file('books.csv', csv)]}, {merge: ['0' as never]}))
			.rejects.toMatchObject({code: 'BAD_REQUEST'});
		await expect(api.planImport({stageId: 'x', merge: [-1]})).rejects.toMatchObject({code: 'BAD_REQUEST'});
	});

	test('an unknown file is an error problem, and applying it writes nothing', async () => {
		const {items, api} = await setup();
		const preview = await api.planImport({files: [file('notes.txt', 'just some words\nand more')]});
		expect(preview).toMatchObject({errorCount: 1, problems: [{code: 'FORMAT_UNKNOWN', severity: 'error'}]});
		await expect(api.applyImport(preview.planId)).rejects.toMatchObject({code: 'IMPORT_INVALID'});
		expect(await items.all()).toHaveLength(0);
	});

	test('a failing transaction writes nothing and says IMPORT_FAILED', async () => {
		const {items, api} = await setup();
		const preview = await api.planImport({files: [file('pocket.csv', POCKET)]});
		const write = items.write.bind(items);
		items.write = (ids, change) => write(ids, (current, t) => [...change(current, t), {id: 'broken'} as never]);
		await expect(api.applyImport(preview.planId)).rejects.toMatchObject({code: 'IMPORT_FAILED'});
		items.write = write;
		expect(await items.all()).toHaveLength(0);
		expect(await items.repository.all()).toHaveLength(0);
	});

	test('a 100,000-row import that hits the quota mid-transaction writes nothing and says QUOTA_EXCEEDED', async () => {
		const {items, api} = await setup();
		const rows = Array.from({length: 100_000}, (_, i) => `Work ${i},https://quota.example/${i},1600000000,t${i % 7},unread`);
		const preview = await api.planImport({files: [file('pocket.csv', `title,url,time_added,tags,status\n${rows.join('\n')}\n`)]});
		expect(preview.writes).toBe(100_000);
		// The browser refuses a put once its quota is reached: here the 60,000th row of the items store
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		const full = vi.spyOn(IDBObjectStore.prototype, 'put')
			.mockImplementation(function (this: IDBObjectStore, ...args) {
				if (this.name === 'items' && ++puts === 60_000) {
					throw new DOMException('quota reached', 'QuotaExceededError');
				}
				return put.apply(this, args);
			});
		await expect(api.applyImport(preview.planId)).rejects.toMatchObject({code: 'QUOTA_EXCEEDED'});
		full.mockRestore();
		expect(puts).toBeGreaterThanOrEqual(60_000);
		expect(await items.repository.all()).toHaveLength(0);
		expect(await items.repository.viewSlice(undefined, 10)).toHaveLength(0);
		expect(await items.all()).toHaveLength(0);
		expect(await api.importProgress(preview.planId)).toBeNull();
	}, 240_000);

	test('while an import is written, its progress counts the docs stored so far, of all of them', async () => {
		const {api} = await setup();
		const rows = Array.from({length: 300}, (_, i) => `Work ${i},https://progress.example/${i},1600000000,,unread`);
		const preview = await api.planImport({files: [file('pocket.csv', `title,url,time_added,tags,status\n${rows.join('\n')}\n`)]});
		expect(await api.importProgress(preview.planId)).toBeNull();
		const seen: unknown[] = [];
		let finished = false;
		const applying = api.applyImport(preview.planId).finally(() => { finished = true; });
		while (!finished) {
			seen.push(await api.importProgress(preview.planId));
			await new Promise(resolve => setTimeout(resolve, 0));
		}
		await applying;
		const values = seen.filter(Boolean) as {done: number; total: number}[];
		expect(values.some(({done}) => done > 0 && done < 300)).toBe(true);
		expect(values.every(({total}) => total === 300)).toBe(true);
		expect(values.map(({done}) => done)).toEqual([...values.map(({done}) => done)].sort((a, b) => a - b));
		expect(await api.importProgress(preview.planId)).toBeNull();
	});

	test('staged chunks (records parsed in the page) import like one file', async () => {
		const {items, api} = await setup();
		const {records, format} = parseImport(encodeText(POCKET), 'pocket.csv');
		expect(await api.stageImport('stage-1', {records: records.slice(0, 1), format})).toBe(1);
		expect(await api.stageImport('stage-1', {records: records.slice(1), problems: []})).toBe(2);
		const preview = await api.planImport({stageId: 'stage-1'});
		expect(preview).toMatchObject({planId: 'stage-1', format: 'pocket-csv', counts: {new: 2}});
		await api.applyImport({stageId: 'stage-1'});
		expect(await items.all()).toHaveLength(2);
		await expect(api.stageImport('../x', {records})).rejects.toMatchObject({code: 'BAD_REQUEST'});
	});
});

describe('backup round trip', () => {
	test('export then import into an empty list gives the same docs: ids, topics, statuses, tombstones', async () => {
		const a = await setup();
		const kept = await a.items.save({url: 'https://a.example/book', title: 'Book', topics: ['go'], status: 'reading'});
		const gone = await a.items.save({url: 'https://a.example/gone', title: 'Gone'});
		await a.items.setDeleted([gone.id], true);
		const backup = await a.api.exportList('backup', {exportedAt: '2025-01-02T03:04:05.000Z'});
		expect(backup).toMatchObject({fileName: 'shelfmark-backup-2025-01-02.json', mime: 'application/json', count: 2});

		const b = await setup();
		const preview = await b.api.planImport({files: [file(backup.fileName, backup.text)]});
		expect(preview).toMatchObject({format: 'shelfmark-backup', counts: {new: 2}});
		await b.api.applyImport(preview.planId);
		const sortById = <T extends {id: string}>(docs: T[]) => docs.sort((x, y) => x.id.localeCompare(y.id));
		expect(sortById(await b.items.docs())).toEqual(sortById(await a.items.docs()));
		expect(await b.items.get(kept.id)).toMatchObject({topics: ['go'], status: 'reading'});
		expect((await b.items.get(gone.id))?.deletedAt).toBeTruthy();
		// The clock moved past the imported stamps: an edit now wins over the imported value.
		const [edited] = await b.items.update([kept.id], {status: 'done'});
		expect(edited!.status).toBe('done');
	});

	test('a backup merged into an existing list keeps both sides', async () => {
		const a = await setup();
		const shared = await a.items.save({url: 'https://a.example/shared', title: 'Shared', topics: ['a']});
		const backup = await a.api.exportList('backup');
		const b = await setup();
		await b.api.applyImport({files: [file('backup.json', backup.text)]});
		await b.items.update([shared.id], {topics: ['a', 'b']});
		await b.items.save({url: 'https://b.example/own', title: 'Own'});
		await a.items.update([shared.id], {notes: 'from a'});
		await b.api.applyImport({files: [file('backup.json', (await a.api.exportList('backup')).text)]});
		expect(await b.items.get(shared.id)).toMatchObject({topics: ['a', 'b'], notes: 'from a'});
		expect(await b.items.all()).toHaveLength(2);
	});
});

describe('exports', () => {
	test('every format names its file and leaves the trash out; publish takes one topic', async () => {
		const {items, api} = await setup();
		await items.save({url: 'https://a.example/k8s', title: 'K8s Book', kind: 'book', topics: ['kubernetes'], status: 'done'});
		await items.save({url: 'https://a.example/go', title: 'Go Course', kind: 'course', topics: ['go']});
		const trashed = await items.save({url: 'https://a.example/old', title: 'Old Thing', topics: ['kubernetes']});
		await items.setDeleted([trashed.id], true);
		const csv = await api.exportList('csv', {exportedAt: '2025-03-04T00:00:00Z'});
		expect(csv).toMatchObject({fileName: 'shelfmark-csv-2025-03-04.csv', mime: 'text/csv', count: 2});
		expect(csv.text).toContain('K8s Book');
		expect(csv.text).not.toContain('Old Thing');
		expect((await api.exportList('goodreads')).count).toBe(1);
		expect((await api.exportList('netscape')).text).toContain('<DT><A HREF="https://a.example/go"');
		expect((await api.exportList('netscape')).omitted).toBeUndefined();
		await items.save({title: 'A Book Without a Page', kind: 'book', isbn: ['9781617293726']});
		expect(await api.exportList('netscape')).toMatchObject({count: 2, omitted: 1});
		expect((await api.exportList('csv')).text).toContain('A Book Without a Page');
		const page = await api.exportList('publish-html', {topic: 'Kubernetes'});
		expect(page).toMatchObject({fileName: 'shelfmark-Kubernetes.html', count: 1});
		expect(page.text).toContain('K8s Book');
		expect(page.text).not.toContain('Go Course');
		expect((await api.exportList('publish-markdown', {topic: 'go'})).text).toContain('Go Course');
		await expect(api.exportList('pdf' as never)).rejects.toMatchObject({code: 'BAD_REQUEST'});
	});
});

describe('clock', () => {
	test('after importing a backup from a device whose clock runs ahead, a local edit still wins', async () => {
		const a = await setup();
		const id = 'ahead-1';
		const future = Date.now() + 24 * 3600_000;
		const fields = {url: 'https://a.example/ahead', title: 'Ahead', status: 'reading'} as const;
		await a.items.repository.write([id], (_current, t) => [saveDoc(undefined, id, fields, t)], future);
		const backup = await a.api.exportList('backup');
		const b = await setup();
		await b.api.applyImport({files: [file('backup.json', backup.text)]});
		await b.items.update([id], {status: 'done'});
		// The edit must carry a newer stamp than the imported value, or syncing back with device A would undo it.
		const merged = mergeDocs((await a.items.repository.get(id))!, (await b.items.repository.get(id))!);
		expect(materialize(merged).status).toBe('done');
	});
});

describe('a backup from a clock far ahead', () => {
	test('its far writes are held for the Sync view, not written; keep writes them as edits made now', async () => {
		const a = await setup();
		const id = 'far-1';
		const year2099 = Date.UTC(2099, 0, 1);
		const fields = {url: 'https://a.example/far', title: 'From 2099'};
		await a.items.repository.write([id], (_current, t) => [saveDoc(undefined, id, fields, t)], year2099);
		const b = await setup();
		await b.items.save({url: 'https://b.example/honest', title: 'Honest'});
		const backup = await a.api.exportList('backup');
		const outcome = await b.api.applyImport({files: [file('backup.json', backup.text)]});
		expect(outcome.written).toBe(0);
		expect((await b.items.all()).map(item => item.title)).toEqual(['Honest']);
		const held = createHeldRecords(b.items);
		expect(await held.pending()).toEqual([{id, title: 'From 2099', until: year2099}]);
		expect((await b.items.repository.getMeta<{wall: number}>('clock'))!.wall).toBeLessThan(Date.now() + 60_000);
		expect(await held.decide([id], true)).toBe(1);
		expect(await held.pending()).toEqual([]);
		const kept = (await b.items.repository.get(id))!;
		expect(materialize(kept)).toMatchObject({title: 'From 2099', url: 'https://a.example/far'});
		expect(stampTime(docStamp(kept))).toBeLessThan(Date.now() + 60_000);
	});
});

describe('large exports', () => {
	test('text is split into parts without cutting a surrogate pair, and joins back to the same text', () => {
		const text = `ab😀cd${'x'.repeat(7)}📚`;
		const parts = splitText(text, 3);
		expect(parts.join('')).toBe(text);
		for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
		expect(splitText('', 3)).toEqual(['']);
	});

	test('an export over the part size comes in parts that the page fetches by export id', async () => {
		const items = new ItemService(new ItemRepository(await openShelfmarkDb(`import-${++n}`)));
		const api = importExportApi(async () => items, {partChars: 1000});
		for (let i = 0; i < 20; i++) await items.save({url: `https://a.example/${i}`, title: `Item ${i} ${'long title '.repeat(10)}`});
		const first = await api.exportList('csv');
		expect(first.parts).toBeGreaterThan(2);
		const parts = [first.text];
		for (let part = 1; part < first.parts!; part++) {
			parts.push((await api.exportList('csv', {exportId: first.exportId!, part})).text);
		}
		const whole = await importExportApi(async () => items).exportList('csv', {exportedAt: 'x'});
		expect(parts.join('')).toBe(whole.text);
		await expect(api.exportList('csv', {exportId: 'gone', part: 1})).rejects.toMatchObject({code: 'NOT_FOUND'});
	});
});
