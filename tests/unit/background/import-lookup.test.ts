import 'fake-indexeddb/auto';
import {expect, test} from 'vitest';
import {listLookup, listWeakLookup} from '../../../src/background/import-lookup.ts';
import {ItemService} from '../../../src/background/items.ts';
import {itemKeys} from '../../../src/core/keys.ts';
import {openShelfmarkDb} from '../../../src/storage/open-db.ts';
import {ItemRepository} from '../../../src/storage/repository.ts';

const keysOf = (url: string | undefined, isbn: string[] = [], ids: string[] = []) =>
	itemKeys({url, aliases: [], isbn, ids});

test('the planner lookup finds what ItemService.find finds: any key, links first, live before trashed', async () => {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb('lookup-1')));
	const trashed = await items.save({url: 'https://shop.example/book', title: 'Old copy', isbn: ['9780306406157']});
	await items.setDeleted([trashed.id], true);
	const live = await items.save({url: 'https://book.example/b', title: 'Live copy', isbn: ['9780306406157'], aliases: ['https://mirror.example/b']});
	const other = await items.save({url: 'https://other.example/x', title: 'Other'});
	const unlinked = await items.save({title: 'Thesis', ids: ['doi:10.1000/thesis', 'asin:B0084FWN26']});
	const lookup = listLookup(await items.all());
	const queries: [string | undefined, string[], string[]][] = [
		['https://shop.example/book', [], []], // Only the trashed item has this URL
		['https://shop.example/book', ['9780306406157'], []], // A live ISBN match beats a trashed URL match
		['http://mirror.example/b/?utm_source=x', [], []], // An alias, in another URL form
		['https://other.example/x', ['9780306406157'], []],
		['https://nowhere.example/', ['9781617293726'], []],
		[undefined, [], ['doi:10.1000/thesis']], // A work with no link, by its DOI
		['https://nowhere.example/', [], ['asin:B0084FWN26']],
	];
	for (const [url, isbn, ids] of queries) {
		const found = (await items.find({url, aliases: [], isbn, ids}))?.id ?? null;
		expect(lookup(keysOf(url, isbn, ids))?.id ?? null, `${url} ${isbn} ${ids}`).toBe(found);
	}
	expect(lookup(keysOf('https://shop.example/book', ['9780306406157']))?.id).toBe(live.id);
	expect(lookup(keysOf(undefined, [], ['doi:10.1000/thesis']))?.id).toBe(unlinked.id);
	expect(lookup(keysOf('https://nowhere.example/'), other.id)?.id).toBe(other.id);
});

test('an absorbed item answers with its survivor; weak matches are live items of the same title and author', async () => {
	const items = new ItemService(new ItemRepository(await openShelfmarkDb('lookup-2')));
	const a = await items.save({url: 'https://a.example/', title: 'Cloud Native Go', authors: ['Matthew Titmus']});
	const b = await items.save({url: 'https://b.example/', title: 'Cloud Native Go', authors: ['Titmus, Matthew']});
	const survivor = await items.merge([a.id, b.id]);
	const absorbed = survivor.id === a.id ? b : a;
	const list = await items.all();
	expect(listLookup(list)(keysOf(absorbed.url))?.id).toBe(survivor.id);
	const weak = listWeakLookup(list);
	expect(weak({title: 'cloud-native GO', authors: ['M. Titmus']})?.id).toBe(survivor.id);
	expect(weak({title: 'Cloud Native Go', authors: ['Someone Else']})).toBeUndefined();
	expect(weak({title: 'Cloud Native Go', authors: []})?.id).toBe(survivor.id); // No author named: the title alone
});
