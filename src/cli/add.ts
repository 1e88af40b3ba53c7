import {addToSet, applyPatch, type ItemPatch, materialize} from '../core/item-doc.ts';
import {itemLinks, newItemId} from '../core/keys.ts';
import {cleanPatch} from '../core/save.ts';
import {KINDS, STATUSES, type Kind, type Status} from '../core/types.ts';
import {httpUrl, urlKey} from '../core/url.ts';
import {findByKey, possiblySaved} from './find.ts';
import {loadState, parseCommand, saveState} from './state.ts';

const USAGE = 'usage: add [URL] [--title T] [--author A]... [--isbn ISBN]... [--id SCHEME:VALUE]... [--topic X]... '
	+ '[--kind K] [--status S] [--state FILE]  (a work needs a URL, a title, an ISBN or an id)';

/**
 * `add`: a work, with or without a page of its own. Prints its id: from its first key (link, ISBN, other id), so
 * the same on every device, or random for a work known by title only. A work that shares a key with a saved item
 * is that item, which grows (a new link becomes an alias, ISBNs and ids join); a deleted one comes back.
 */
export async function run(args: string[]): Promise<void> {
	const {values, positionals, state} = parseCommand(args, {
		title: {type: 'string'}, author: {type: 'string', multiple: true}, isbn: {type: 'string', multiple: true},
		id: {type: 'string', multiple: true}, topic: {type: 'string', multiple: true}, kind: {type: 'string'},
		status: {type: 'string'},
	});
	const [input, ...extra] = positionals;
	if (extra.length > 0 || (input !== undefined && !httpUrl(input))) throw new Error(USAGE);
	if (!input && !values.title?.trim() && !values.isbn?.length && !values.id?.length) throw new Error(USAGE);
	if (values.kind && !(KINDS as readonly string[]).includes(values.kind)) {
		throw new Error(`--kind must be one of ${KINDS.join(', ')}`);
	}
	if (values.status && !(STATUSES as readonly string[]).includes(values.status)) {
		throw new Error(`--status must be one of ${STATUSES.join(', ')}`);
	}
	// Checked before the state is read: a malformed ISBN or id, or an unknown scheme, is refused and nothing is written
	const work = cleanPatch({url: input, isbn: values.isbn ?? [], ids: values.id ?? [], topics: values.topic ?? []});
	const url = work.url ?? undefined;
	const identity = {url, aliases: [], isbn: work.isbn ?? [], ids: work.ids ?? []};
	const store = loadState(state);
	const existing = findByKey(store, identity);
	const id = existing?.id ?? newItemId(identity);
	const links = existing ? itemLinks(materialize(existing)) : [];
	const newLink = url && !links.some(link => urlKey(link) === urlKey(url)) ? url : undefined;
	const patch: ItemPatch = {
		...(existing ? {} : {addedAt: new Date().toISOString()}),
		...(newLink && links.length === 0 ? {url: newLink} : {}),
		// No --title writes no title: a placeholder would be a concurrent edit that beats another device's real title
		...(values.title !== undefined ? {title: values.title.trim()} : {}),
		...(values.author?.length ? {authors: values.author.map(name => name.trim()).filter(Boolean)} : {}),
		...(values.kind ? {kind: values.kind as Kind} : {}),
		...(values.status ? {status: values.status as Status} : {}),
	};
	const saved = store.edit(id, (doc, t) => {
		// Adding a deleted item again restores it
		let next = applyPatch(doc.del.v ? {...doc, del: {v: false, t}} : doc, patch, t);
		if (newLink && links.length > 0) next = addToSet(next, 'aliases', [newLink], t);
		next = addToSet(next, 'isbn', identity.isbn, t);
		next = addToSet(next, 'ids', identity.ids, t);
		return addToSet(next, 'topics', work.topics ?? [], t);
	});
	await saveState(state, store);
	process.stdout.write(`${id}\n`);
	// The same title and author elsewhere is never merged by itself (DESIGN §3): said, for the user to decide
	for (const other of possiblySaved(store, materialize(saved))) {
		process.stderr.write(`possibly the same work as ${other.id} (${other.title}): \`merge ${id} ${other.id}\` makes them one\n`);
	}
}
