/** Language tags: BCP 47 out of whatever a page declares, corrected by the script of its text. */

import {isText} from './text.ts';

/**
 * Languages a details list names in words, as the browser names each in its own language and in the others' (Swedish
 * too: its catalogues write `Svenska`).
 */
const NAMED = 'en de fr es nl it pt ru sv zh zh-Hans zh-Hant ja ko'.split(' ');
/** Case and accents folded: lists write `Francais`, `espanol`. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
let names: Map<string, string> | undefined;

/**
 * The tag of a language's name (`English`, `Englisch`, `Engels`, `inglés`, `Deutsch`, `简体中文`), from the browser's own
 * names rather than a list of ours: built on the first name met (a millisecond), so a page giving codes pays nothing.
 */
const tagOfName = (word: string): string | undefined => {
	if (!names) {
		names = new Map();
		for (const lang of NAMED) {
			const display = new Intl.DisplayNames(lang, {type: 'language'});
			for (const tag of NAMED) names.set(fold(display.of(tag)!), tag);
		}
	}
	return names.get(fold(word));
};

/** `en_us` -> `en-US`, `English` -> `en`, `zho` -> `zh`; undefined for anything that is not a language. */
export const bcp47 = (input: unknown): string | undefined => {
	if (!isText(input)) return undefined;
	const raw = input.trim().split(/[,\s;]/)[0]!.replace(/_/g, '-');
	const m = /^([a-z]{2,3})(-([a-z]{4}))?(-([a-z]{2}|\d{3}))?(-|$)/i.exec(raw);
	// A three-letter code is one only when it has a two-letter form (`eng`, `ger`, `zho`): `not`, `the` are words.
	const primary = m && (m[1]!.length < 3 ? m[1]! : Intl.getCanonicalLocales(m[1]!)[0]!).toLowerCase();
	if (!primary || primary.length > 2) return tagOfName(raw);
	// (A script or region not given is undefined, and left out.)
	return [primary, m[3] && m[3][0]!.toUpperCase() + m[3].slice(1).toLowerCase(), m[5]?.toUpperCase()]
		.filter(Boolean).join('-');
};

/** Character counts of a page's text, gathered in the single text walk. */
export type ScriptCounts = {han: number; kana: number; hangul: number; words: number};

/** The language the text's script implies when it clearly disagrees with (or fills in for) the declared one. */
export const correctLanguage = (declared: string | undefined, counts: ScriptCounts): string | undefined => {
	const cjk = counts.han + counts.kana + counts.hangul;
	// (A language not declared is tested as `undefined`.)
	if (cjk < 50 || cjk < counts.words || /^(zh|ja|ko)\b/.test(declared as string)) return declared;
	const implied = counts.hangul > counts.han ? 'ko' : counts.kana * 10 > counts.han ? 'ja' : 'zh';
	return implied;
};
