/** Language tags: BCP 47 out of whatever a page declares, corrected by the script of its text. */

/** Languages by the names details lists give them (ISO 639-2 codes, `eng`, `ger`, are the browser's to read). */
const NAMES: Record<string, string> = {
	english: 'en', deutsch: 'de', german: 'de', français: 'fr', francais: 'fr', french: 'fr', frans: 'fr', español: 'es', espanol: 'es',
	spanish: 'es', inglés: 'en', ingles: 'en', nederlands: 'nl', dutch: 'nl', engels: 'en', italiano: 'it', italian: 'it', chinese: 'zh',
	中文: 'zh', 简体中文: 'zh-Hans', 繁體中文: 'zh-Hant', 汉语: 'zh', japanese: 'ja', 日本語: 'ja', korean: 'ko', 한국어: 'ko',
	portuguese: 'pt', português: 'pt', russian: 'ru', русский: 'ru',
};

/** `en_us` -> `en-US`, `English` -> `en`, `zho` -> `zh`; undefined for anything that is not a language. */
export function bcp47(input: unknown): string | undefined {
	if (typeof input !== 'string') return undefined;
	const raw = input.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
	const named = NAMES[raw.toLowerCase()];
	if (named) return named;
	const m = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-|$)/i.exec(raw);
	// A three-letter code is one only when it has a two-letter form (`eng`, `ger`, `zho`): `not`, `the` are words.
	const primary = m && (m[1]!.length < 3 ? m[1]! : Intl.getCanonicalLocales(m[1]!)[0]!).toLowerCase();
	if (!primary || primary.length > 2) return undefined;
	const script = m[2] ? `-${m[2][0]!.toUpperCase()}${m[2].slice(1).toLowerCase()}` : '';
	return `${primary}${script}${m[3] ? `-${m[3].toUpperCase()}` : ''}`;
}

/** Character counts of a page's text, gathered in the single text walk. */
export type ScriptCounts = {han: number; kana: number; hangul: number; words: number};

/** The language the text's script implies when it clearly disagrees with (or fills in for) the declared one. */
export function correctLanguage(declared: string | undefined, counts: ScriptCounts): string | undefined {
	const cjk = counts.han + counts.kana + counts.hangul;
	if (cjk < 50 || cjk < counts.words || /^(zh|ja|ko)\b/.test(declared ?? '')) return declared;
	const implied = counts.hangul > counts.han ? 'ko' : counts.kana * 10 > counts.han ? 'ja' : 'zh';
	return implied;
}
