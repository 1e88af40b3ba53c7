import {addToSet, applyPatch, type ItemPatch} from '../core/item-doc.ts';
import {KINDS, STATUSES, type Kind, type Status} from '../core/types.ts';
import {httpUrl, itemIdForUrl, normalizeUrl} from '../core/url.ts';
import {loadState, parseCommand, saveState} from './state.ts';

/** `add URL [--title T] [--topic X]... [--kind K] [--status S]`: prints the item id (the same on every device). */
export async function run(args: string[]): Promise<void> {
	const {values, positionals, state} = parseCommand(args, {
		title: {type: 'string'}, topic: {type: 'string', multiple: true}, kind: {type: 'string'}, status: {type: 'string'},
	});
	const [input] = positionals;
	if (!input || !httpUrl(input)) throw new Error('usage: add URL [--title T] [--topic X]... [--kind K] [--status S] [--state FILE]');
	if (values.kind && !(KINDS as readonly string[]).includes(values.kind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}`);
	if (values.status && !(STATUSES as readonly string[]).includes(values.status)) throw new Error(`--status must be one of ${STATUSES.join(', ')}`);
	const store = loadState(state);
	const url = normalizeUrl(input);
	const id = itemIdForUrl(url);
	const existing = store.get(id);
	const patch: ItemPatch = {
		...(existing ? {} : {url, addedAt: new Date().toISOString()}),
		// No --title writes no title: a URL placeholder would be a concurrent edit that beats another device's real title
		...(values.title !== undefined ? {title: values.title} : {}),
		...(values.kind ? {kind: values.kind as Kind} : {}),
		...(values.status ? {status: values.status as Status} : {}),
	};
	store.edit(id, (doc, t) => {
		const restored = doc.del.v ? {...doc, del: {v: false, t}} : doc; // Adding a deleted item again restores it
		return addToSet(applyPatch(restored, patch, t), 'topics', values.topic ?? [], t);
	});
	saveState(state, store);
	process.stdout.write(`${id}\n`);
}
