import {toIsbn13} from '../core/isbn.ts';
import {CONTRIBUTOR_ROLES, type Contributor, type ContributorRole, type Duration, type Item, type PageMetadata, type Price} from '../core/types.ts';

/** The rich fields the popup's "Details" disclosure edits, as the form holds them ('' and {} mean "none"). */
export type Details = {
	image: string;
	contributors: Contributor[];
	/** ISBN-13s, checksum-valid. */
	isbn: string[];
	publisher: string;
	provider: string;
	duration: Duration;
	price?: Price;
};

/** Roles outside the known set (e.g. "foreword") are kept as `other` rather than dropped. */
export function toRole(role: string): ContributorRole {
	return (CONTRIBUTOR_ROLES as readonly string[]).includes(role) ? role as ContributorRole : 'other';
}

/** What the page says, in the form's shape. */
export function detailsOfPage(metadata: PageMetadata | null): Details {
	return {
		image: metadata?.image ?? '',
		contributors: (metadata?.contributors ?? []).map(({name, role}) => ({name, role: toRole(role)})),
		isbn: metadata?.isbn ?? [],
		publisher: metadata?.publisher ?? '',
		provider: metadata?.provider ?? '',
		duration: metadata?.duration ?? {},
		...(metadata?.price ? {price: metadata.price} : {}),
	};
}

/** The saved item's details; a field it lacks is filled from the page, so an update can add it. */
export function detailsOfItem(item: Item, page: Details): Details {
	return {
		image: item.image || page.image,
		contributors: item.contributors.length > 0 ? item.contributors : page.contributors,
		isbn: item.isbn.length > 0 ? item.isbn : page.isbn,
		publisher: item.publisher || page.publisher,
		provider: item.provider || page.provider,
		duration: item.duration && Object.keys(item.duration).length > 0 ? item.duration : page.duration,
		...(item.price ?? page.price ? {price: item.price ?? page.price} : {}),
	};
}

/** ISBNs typed with any separator; returns the valid ones as ISBN-13 and the pieces that are not ISBNs. */
export function parseIsbns(text: string): {isbn: string[]; invalid: string[]} {
	const isbn: string[] = [];
	const invalid: string[] = [];
	// Spaces and hyphens belong inside an ISBN ("978-7-115 ..."): split only on commas, semicolons and slashes.
	for (const piece of text.split(/[,，、;；/\n]/).map(part => part.trim()).filter(Boolean)) {
		const code = toIsbn13(piece);
		if (!code) invalid.push(piece);
		else if (!isbn.includes(code)) isbn.push(code);
	}
	return {isbn, invalid};
}

const positive = (value: number | undefined) => (value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined);

/** Duration with only positive whole numbers; undefined when nothing is left. */
export function cleanDuration(duration: Duration): Duration | undefined {
	const out: Duration = {};
	for (const key of ['pages', 'lessons', 'minutes'] as const) {
		const value = positive(duration[key]);
		if (value !== undefined) out[key] = value;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

/** A price needs a finite non-negative amount and a three-letter currency code. */
export function cleanPrice(price: Price | undefined): Price | undefined {
	if (!price || !Number.isFinite(price.amount) || price.amount < 0) return undefined;
	const currency = price.currency.trim().toUpperCase();
	return /^[A-Z]{3}$/.test(currency) ? {amount: Math.round(price.amount * 100) / 100, currency} : undefined;
}

/** The details as item fields: empty values become undefined, so an update clears what the user cleared. */
export function detailsPatch(details: Details) {
	const contributors = details.contributors.map(({name, role}) => ({name: name.trim(), role})).filter(({name}) => name);
	return {
		image: details.image.trim() || undefined,
		contributors,
		isbn: details.isbn,
		publisher: details.publisher.trim() || undefined,
		provider: details.provider.trim() || undefined,
		duration: cleanDuration(details.duration),
		price: cleanPrice(details.price),
	};
}
