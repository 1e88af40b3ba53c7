import type {Duration, Kind, Price} from '../core/types.ts';
import {isText} from './text.ts';

/**
 * What one source proposes for a page, raw (strings as found). Sources never validate: the picker does,
 * so a bad value from a strong source falls through to the next source instead of winning.
 */
export type Candidate = {
	title?: unknown;
	authors?: unknown[];
	contributors?: {name: unknown; role: string}[];
	description?: unknown;
	image?: unknown[];
	siteName?: unknown;
	language?: unknown;
	publishedAt?: unknown;
	modifiedAt?: unknown;
	isbn?: unknown[];
	publisher?: unknown;
	provider?: unknown;
	duration?: Duration;
	price?: {amount?: unknown; currency?: unknown};
	keywords?: unknown[];
	kind?: Kind;
	url?: unknown;
};

/** A source's name (recorded in `sources`) and what it proposed. */
export type Proposal = [source: string, candidate: Candidate];

/** Minutes in an ISO 8601 duration (`PT1H30M`, `P2D`), or undefined. */
export const isoMinutes = (input: unknown): number | undefined => {
	const m = isText(input) && /^P((\d+)D)?(T((\d+(\.\d+)?)H)?((\d+(\.\d+)?)M)?((\d+(\.\d+)?)S)?)?$/i.exec(input.trim());
	if (!m) return undefined; // A bare `P` or `PT` matches with no part: 0 minutes, undefined below
	const minutes = (+(m[2] ?? 0)) * 1440 + (+(m[5] ?? 0)) * 60 + (+(m[8] ?? 0)) + (+(m[11] ?? 0)) / 60;
	return minutes > 0 ? Math.round(minutes) : undefined;
};

/** A price from a number or a string like `¥ 1,299.00` / `59,90 €`; currency defaults to the one the host implies. */
export const parsePrice = (amount: unknown, currency: unknown): Price | undefined => {
	let text = String(amount); // (undefined and null read as words without a digit: no price)
	const symbol = 'CNY EUR GBP USD'.split(' ')[[/[¥￥]|RMB|元/, /€/, /£/, /\$/].findIndex(test => test.test(text))];
	text = text.replace(/[^\d,.]/g, '');
	// "1.299,00" and "59,90" are decimal commas; "1,299.00" is a thousands comma.
	text = /,\d{1,2}$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
	const value = +text;
	const code = isText(currency) && /^[A-Z]{3}$/i.test(currency.trim())
		? currency.trim().toUpperCase()
		: symbol;
	// NaN and Infinity fail the range test too (no sign is left: no value is negative).
	return text && value < 1e7 && code ? {amount: value, currency: code} : undefined;
};
