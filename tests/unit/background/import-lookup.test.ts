import 'fake-indexeddb/auto';
import {expect, test} from 'vitest';
import {listLookup} from '../../../src/background/import-lookup.ts';
import {ItemService} from '../../../src/background/items.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

test('the planner lookup finds what ItemService.find finds: URL or alias first, then ISBN, live before trashed', async () => {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb('lookup-1')));
	const trashed = await items.save({url: 'https://shop.example/book', title: 'Old copy', isbn: ['9780306406157']});
	await items.setDeleted([trashed.id], true);
	const live = await items.save({url: 'https://book.example/b', title: 'Live copy', isbn: ['9780306406157'], aliases: ['https://mirror.example/b']});
	const other = await items.save({url: 'https://other.example/x', title: 'Other'});
	const lookup = listLookup(await items.all());
	const queries: [string, string[]][] = [
		['https://shop.example/book', []], // Only the trashed item has this URL
		['https://shop.example/book', ['9780306406157']], // A live ISBN match beats a trashed URL match
		['http://mirror.example/b/?utm_source=x', []], // An alias, in another URL form
		['https://other.example/x', ['9780306406157']],
		['https://nowhere.example/', ['9781617293726']],
	];
	for (const [url, isbn] of queries) expect(lookup(url, isbn)?.id ?? null, url).toBe((await items.find(url, isbn))?.id ?? null);
	expect(lookup('https://shop.example/book', ['9780306406157'])?.id).toBe(live.id);
	expect(lookup('https://nowhere.example/', [], other.id)?.id).toBe(other.id);
});
