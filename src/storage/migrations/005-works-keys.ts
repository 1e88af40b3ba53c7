import {type Clock, createClock, formatStamp, tick} from '../../core/hlc.ts';
import {isMadeUpUrlV5, keysV5, type V4Doc} from './frozen.ts';
import type {Migration, UntypedStore} from './index.ts';

/**
 * Version 5: items are works (DESIGN §3). Rows are found by any identity key (one `keys` index replaces `urlKeys`
 * and `isbn`). A work an earlier harvest saved under a made-up search address loses that address and keeps its
 * title and ISBN; the removal is an ordinary stamped write, so it syncs. Ids stay as they are.
 */
export const indexWorkKeys: Migration = async (_db, tx) => {
	const items = tx.objectStore('items');
	const store = items as unknown as UntypedStore;
	for (const name of ['urlKeys', 'isbn'] as const) if (store.indexNames.contains(name)) store.deleteIndex(name);
	items.createIndex('keys', 'keys', {multiEntry: true});
	const meta = tx.objectStore('meta');
	const clockRow = await meta.get('clock');
	let clock = (clockRow?.value as Clock | undefined) ?? createClock(`m5-${Math.random().toString(36).slice(2, 10)}`);
	let ticked = false;
	for await (const cursor of items) {
		const {urlKeys: _u, isbn: _i, ...row} = cursor.value as typeof cursor.value
			& {urlKeys?: unknown; isbn?: unknown};
		let doc = row.doc as unknown as V4Doc;
		if (isMadeUpUrlV5(doc.f.url?.v)) {
			clock = tick(clock, Date.now());
			ticked = true;
			doc = {...doc, f: {...doc.f, url: {v: null, t: formatStamp(clock)}}};
		}
		await cursor.update({...row, doc: doc as unknown as typeof row.doc, keys: keysV5(doc)});
	}
	if (ticked) await meta.put({key: 'clock', value: clock});
};
