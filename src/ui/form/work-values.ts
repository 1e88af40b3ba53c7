import {ID_SCHEME_NAMES, type IdScheme, normalizeId, splitId} from '../../core/ids.ts';
import type {ItemPatch} from '../../core/item-doc.ts';
import {toIsbn13} from '../../core/isbn.ts';
import {
	CONTRIBUTOR_ROLES, type Contributor, type ContributorRole, type Item, type Kind, type Price, type Recommendation,
	type Status,
} from '../../core/types.ts';
import {httpUrl, urlKey} from '../../core/url.ts';
import {defaultProgressUnit} from '../../core/progress.ts';
import {type ProgressText, progressText, readProgress} from './progress.ts';

/** An identifier row: an ISBN or one of core/ids.ts's schemes, and the value as typed. */
export type IdRow = {scheme: IdScheme | 'isbn'; value: string};
export const ID_ROW_SCHEMES: readonly IdRow['scheme'][] = ['isbn', ...ID_SCHEME_NAMES];

/** Every editable field of a work as the form holds it: text as typed, numbers as strings, '' for none. */
export type FormValues = {
	title: string;
	subtitle: string;
	kind: Kind;
	status: Status;
	/** Names as typed, split on save. */
	authors: string;
	contributors: Contributor[];
	publisher: string;
	provider: string;
	publishedAt: string;
	ids: IdRow[];
	/** The work's links; the first is the primary (`url`), the rest its `aliases`. */
	links: string[];
	image: string;
	language: string;
	pages: string;
	lessons: string;
	minutes: string;
	price: {amount: string; currency: string};
	progress: ProgressText;
	rating?: Item['rating'];
	/** yyyy-mm-dd, as a date input gives it. */
	finishedAt: string;
	notes: string;
	topics: string[];
	recommendedBy: Recommendation[];
};

/** Where a value cannot be saved: the field, the row for lists, and a message key's code. */
export type FormError = {
	field: 'ids' | 'links' | 'price' | 'title'; index?: number;
	code: 'invalidIsbn' | 'invalidId' | 'invalidLink' | 'invalidPrice' | 'noTitle';
};

/** Author names typed with any comma (including Chinese 、，) or semicolon. */
export const splitNames = (text: string) => text.split(/[,，、;；]/).map(name => name.trim()).filter(Boolean);

/** Roles outside the known set (e.g. "foreword") are kept as `other` rather than dropped. */
export function toRole(role: string): ContributorRole {
	return (CONTRIBUTOR_ROLES as readonly string[]).includes(role) ? role as ContributorRole : 'other';
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form's values for a work (a saved item, or the fields a page or a lookup gave). */
export function valuesOf(work: Partial<Item> & {title?: string},
	defaults?: {kind?: Kind; status?: Status}): FormValues {
	const kind = work.kind ?? defaults?.kind ?? 'other';
	return {
		title: work.title ?? '',
		subtitle: work.subtitle ?? '',
		kind,
		status: work.status ?? defaults?.status ?? 'want',
		authors: (work.authors ?? []).join(', '),
		contributors: (work.contributors ?? []).map(({name, role}) => ({name, role: toRole(role)})),
		publisher: work.publisher ?? '',
		provider: work.provider ?? '',
		publishedAt: work.publishedAt ?? '',
		ids: [...(work.isbn ?? []).map(value => ({scheme: 'isbn' as const, value})), ...(work.ids ?? []).map(splitId)],
		links: [...(work.url ? [work.url] : []), ...(work.aliases ?? [])],
		image: work.image ?? '',
		language: work.language ?? '',
		pages: numberText(work.duration?.pages),
		lessons: numberText(work.duration?.lessons),
		minutes: numberText(work.duration?.minutes),
		price: {amount: numberText(work.price?.amount), currency: work.price?.currency ?? ''},
		progress: progressText(work.progress, defaultProgressUnit(kind), work.duration),
		...(work.rating ? {rating: work.rating} : {}),
		finishedAt: work.finishedAt?.slice(0, 10) ?? '',
		notes: work.notes ?? '',
		topics: work.topics ?? [],
		recommendedBy: work.recommendedBy ?? [],
	};
}

const isEmpty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0)
	|| (typeof value === 'object' && value !== null && Object.values(value).every(isEmpty));

/**
 * `values` with each empty field taken from `extra` (a page's reading, an Open Library answer):
 * nothing typed is lost.
 */
export function fillValues(values: FormValues, extra: FormValues): FormValues {
	const out = {...values} as Record<string, unknown>;
	for (const [key, value] of Object.entries(extra)) {
		if (key === 'links') out.links = uniqueLinks([...values.links, ...extra.links]);
		else if (key === 'ids') {
			const own = new Set(values.ids.map(rowKey));
			out.ids = [
				...values.ids.filter(row => row.value.trim()), ...extra.ids.filter(row => !own.has(rowKey(row))),
			];
		}
		else if (key !== 'kind' && key !== 'status' && key !== 'progress' && isEmpty(out[key]) && !isEmpty(value)) {
			out[key] = value;
		}
	}
	return out as FormValues;
}

/** An id row's one spelling, so "978-7-…" typed and "9787…" found are the same. */
const rowKey = ({scheme, value}: IdRow) =>
	(scheme === 'isbn' ? toIsbn13(value) : normalizeId(scheme, value)) ?? `${scheme}:${value.trim()}`;

function uniqueLinks(links: string[]): string[] {
	const seen = new Set<string>();
	return links.filter(link => {
		const key = httpUrl(link) ? urlKey(link) : link;
		if (!link || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The stored fields of a work, each undefined when empty, plus the errors that keep the form from saving. */
export type WorkFields = Required<Pick<ItemPatch, 'title' | 'kind' | 'status' | 'authors' | 'contributors' | 'isbn'
	| 'ids' | 'aliases' | 'notes' | 'topics' | 'recommendedBy'>>
	& Pick<ItemPatch, 'subtitle' | 'publisher' | 'provider' | 'publishedAt' | 'image' | 'language' | 'duration'
		| 'price' | 'progress' | 'rating' | 'finishedAt'>
	& {url?: string};

const text = (value: string) => value.trim() || undefined;
const whole = (value: string) => {
	const number = Number(value);
	return value.trim() && Number.isFinite(number) && number > 0 ? Math.round(number) : undefined;
};

/** The form read into item fields; `errors` lists what is malformed (an unknown id, a link that is not http). */
export function readValues(values: FormValues): {fields: WorkFields; errors: FormError[]} {
	const errors: FormError[] = [];
	const isbn: string[] = [];
	const ids: string[] = [];
	values.ids.forEach(({scheme, value}, index) => {
		if (!value.trim()) return;
		const id = scheme === 'isbn' ? toIsbn13(value) : normalizeId(scheme, value);
		if (!id) errors.push({field: 'ids', index, code: scheme === 'isbn' ? 'invalidIsbn' : 'invalidId'});
		else if (scheme === 'isbn' && !isbn.includes(id)) isbn.push(id);
		else if (scheme !== 'isbn' && !ids.includes(id)) ids.push(id);
	});
	const links: string[] = [];
	values.links.forEach((link, index) => {
		if (!link.trim()) return;
		if (httpUrl(link.trim())) links.push(link.trim());
		else errors.push({field: 'links', index, code: 'invalidLink'});
	});
	const price = readPrice(values.price);
	if (price === null) errors.push({field: 'price', code: 'invalidPrice'});
	const title = values.title.trim();
	if (!title && links.length === 0 && isbn.length === 0 && ids.length === 0) {
		errors.push({field: 'title', code: 'noTitle'});
	}
	const duration = {pages: whole(values.pages), lessons: whole(values.lessons), minutes: whole(values.minutes)};
	const finished = /^\d{4}-\d{2}-\d{2}$/.test(values.finishedAt) ? `${values.finishedAt}T00:00:00.000Z` : undefined;
	const fields: WorkFields = {
		title,
		subtitle: text(values.subtitle),
		kind: values.kind,
		status: values.status,
		authors: splitNames(values.authors),
		contributors: values.contributors.map(({name, role}) => ({name: name.trim(), role})).filter(({name}) => name),
		publisher: text(values.publisher),
		provider: text(values.provider),
		publishedAt: text(values.publishedAt),
		isbn,
		ids,
		url: links[0],
		aliases: links.slice(1),
		image: text(values.image),
		language: text(values.language),
		duration: Object.values(duration).some(Boolean)
			? Object.fromEntries(Object.entries(duration).filter(([, v]) => v))
			: undefined,
		price: price ?? undefined,
		progress: readProgress(values.progress),
		rating: values.rating,
		finishedAt: finished,
		notes: values.notes.trim(),
		topics: values.topics,
		recommendedBy: values.recommendedBy,
	};
	return {fields, errors};
}

/** A price needs a non-negative amount and a three-letter currency; null when half filled or malformed. */
function readPrice(price: FormValues['price']): Price | null | undefined {
	const amount = price.amount.trim();
	const currency = price.currency.trim().toUpperCase();
	if (!amount && !currency) return undefined;
	const value = Number(amount);
	if (!amount || !Number.isFinite(value) || value < 0 || !/^[A-Z]{3}$/.test(currency)) return null;
	return {amount: Math.round(value * 100) / 100, currency};
}

/**
 * How an emptied field travels: messages between extension pages drop `undefined` (Chrome serialises them as
 * JSON), so a cleared field is sent as '' where the save rules expect a string and as null elsewhere.
 */
const CLEARED_AS_TEXT = new Set(['subtitle', 'image']);
const cleared = (key: string) => (key === 'url' ? null : CLEARED_AS_TEXT.has(key) ? '' : null);

/** Only the fields that differ between two readings of the form, so a save never overwrites another field's edit. */
export function patchBetween(before: WorkFields, after: WorkFields): ItemPatch {
	const patch: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const was = (before as Record<string, unknown>)[key];
		const now = (after as Record<string, unknown>)[key];
		if (JSON.stringify(was) !== JSON.stringify(now)) patch[key] = now ?? cleared(key);
	}
	return patch as ItemPatch;
}

/** The fields of a new work: empty ones left out. */
export function newWorkFields(fields: WorkFields): ItemPatch & {title: string} {
	const filled = Object.entries(fields)
		.filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '');
	return {title: fields.title, ...Object.fromEntries(filled)};
}
