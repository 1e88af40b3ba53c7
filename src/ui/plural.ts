import type {MessageKey} from '../shared/i18n/index.ts';
import {t} from './i18n.ts';

/** Keys that exist in a `_one` and an `_other` form (English needs both; Chinese writes the same text twice). */
type Plural<K> = K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
export type PluralKey = Plural<MessageKey>;

let rules: Intl.PluralRules | undefined;

/** 'one' or 'other' for `count` in the page's language (the only categories our catalogs write). */
export function pluralCategory(count: number): 'one' | 'other' {
	rules ??= new Intl.PluralRules(t('optLang'));
	return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * A counted message in the page's language: `base_one` or `base_other`, as Intl.PluralRules picks for `count`
 * (`$1` is the count, written with the language's digit grouping: 10,005; `$2`… the other substitutions).
 * Languages with more categories fall back to `_other`.
 */
export function tn(base: PluralKey, count: number, ...subs: (string | number)[]): string {
	return t(`${base}_${pluralCategory(count)}` as MessageKey, formatCount(count), ...subs);
}

let numbers: Intl.NumberFormat | undefined;

/** A count as the page's language writes it (10,005; 10,005 in Chinese too), for counts shown without words. */
export function formatCount(count: number): string {
	numbers ??= new Intl.NumberFormat(t('optLang'));
	return numbers.format(count);
}
