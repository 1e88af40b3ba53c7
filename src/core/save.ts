import {type Stamp, stampTime} from './hlc.ts';
import {type ItemDoc, type ItemPatch, applyPatch, emptyDoc, setDeleted} from './item-doc.ts';
import {AppError} from './errors.ts';
import {KINDS, STATUSES} from './types.ts';
import {requireId} from './ids.ts';
import {normalizeTopic} from './topics.ts';
import {toIsbn13} from './isbn.ts';
import {httpUrl, normalizedUrl, normalizeUrl, urlKey} from './url.ts';

/** What a save carries: the work's fields plus the user's edits; `id` saves into that existing item. */
export type SaveInput = ItemPatch & {title: string; id?: string};

const CAPS = {title: 500, subtitle: 500, notes: 20_000, description: 5_000, name: 200} as const;
const cap = (value: string | undefined, max: number) => (value === undefined ? undefined : value.trim().slice(0, max));

/**
 * Trims and caps strings, keeps only known kinds and statuses, http(s) URLs and well-formed ids. An empty URL
 * clears the primary link; anything else that is not http(s), or an id of an unknown scheme, is an error.
 */
export function cleanPatch(input: ItemPatch): ItemPatch {
	const patch: ItemPatch = {...input};
	if (patch.url === '' || patch.url === null) patch.url = null;
	else if (patch.url !== undefined) {
		const url = normalizedUrl(patch.url);
		if (!url) throw new AppError('INVALID_ITEM', `Not an http(s) URL: ${patch.url.slice(0, 200)}`);
		patch.url = url.href;
	}
	if (patch.title !== undefined) patch.title = cap(patch.title, CAPS.title)!;
	if (patch.subtitle !== undefined) patch.subtitle = cap(patch.subtitle, CAPS.subtitle);
	if (patch.notes !== undefined) patch.notes = cap(patch.notes, CAPS.notes)!;
	if (patch.description !== undefined) patch.description = cap(patch.description, CAPS.description);
	if (patch.image !== undefined) patch.image = httpUrl(patch.image)?.href;
	if (patch.kind !== undefined && !KINDS.includes(patch.kind)) delete patch.kind;
	if (patch.status !== undefined && !STATUSES.includes(patch.status)) delete patch.status;
	if (patch.authors) patch.authors = unique(patch.authors.map(name => cap(name, CAPS.name)!));
	if (patch.topics) patch.topics = unique(patch.topics.map(normalizeTopic));
	if (patch.ids) patch.ids = unique(patch.ids.map(requireId));
	if (patch.isbn) patch.isbn = unique(patch.isbn.map(requireIsbn));
	if (patch.aliases) {
		const own = patch.url ? urlKey(patch.url) : undefined;
		patch.aliases = unique(patch.aliases.flatMap(alias => httpUrl(alias) ? [normalizeUrl(alias)] : []))
			.filter(alias => urlKey(alias) !== own);
	}
	return patch;
}

function requireIsbn(input: string): string {
	const isbn = toIsbn13(input);
	if (!isbn) throw new AppError('INVALID_ITEM', `Not a valid ISBN: ${input.slice(0, 40)}`);
	return isbn;
}

function unique(values: string[]): string[] {
	return [...new Set(values.filter(Boolean))];
}

/**
 * The doc after a save: a new item gets `addedAt` and a default status; saving a page again updates its
 * item and brings it back from the trash. Finishing an item stamps `finishedAt` once.
 */
export function saveDoc(existing: ItemDoc | undefined, id: string, input: SaveInput, t: Stamp): ItemDoc {
	const now = new Date(stampTime(t)); // One time for the whole write, the one its stamp carries
	const {id: _id, ...fields} = input;
	const patch = cleanPatch(fields);
	if (!patch.title && !patch.url && !patch.isbn?.length && !patch.ids?.length && !existing) {
		throw new AppError('INVALID_ITEM', 'A work needs a title, a link or an identifier');
	}
	const doc = existing ?? applyPatch(emptyDoc(id, t), {addedAt: now.toISOString(), status: 'want', kind: 'other'}, t);
	return setDeleted(applyPatch(doc, withFinishedAt(doc, patch, t), t), false, t);
}

/** Finishing an item stamps `finishedAt` once, with the time of the write. */
export function withFinishedAt(doc: ItemDoc, patch: ItemPatch, t: Stamp): ItemPatch {
	if (patch.status !== 'done' || doc.f.finishedAt?.v || patch.finishedAt) return patch;
	return {...patch, finishedAt: new Date(stampTime(t)).toISOString()};
}

