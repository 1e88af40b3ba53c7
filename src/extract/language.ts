/** Language tags: BCP 47 out of whatever a page declares, corrected by the script of its text. */

const NAMES: Record<string, string> = {
	english: 'en', eng: 'en', deutsch: 'de', german: 'de', deu: 'de', ger: 'de', français: 'fr', francais: 'fr', french: 'fr',
	fra: 'fr', fre: 'fr', frans: 'fr', español: 'es', espanol: 'es', spanish: 'es', spa: 'es', inglés: 'en', ingles: 'en',
	nederlands: 'nl', dutch: 'nl', nld: 'nl', dut: 'nl', engels: 'en', italiano: 'it', italian: 'it', ita: 'it',
	chinese: 'zh', zho: 'zh', chi: 'zh', 中文: 'zh', 简体中文: 'zh-Hans', 繁體中文: 'zh-Hant', 汉语: 'zh', japanese: 'ja', jpn: 'ja',
	日本語: 'ja', korean: 'ko', kor: 'ko', 한국어: 'ko', portuguese: 'pt', português: 'pt', por: 'pt', russian: 'ru', rus: 'ru',
	русский: 'ru',
};

/** `en_us` -> `en-US`, `English` -> `en`, `zho` -> `zh`; undefined for anything that is not a language. */
export function bcp47(input: unknown): string | undefined {
	if (typeof input !== 'string') return undefined;
	const raw = input.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
	const named = NAMES[raw.toLowerCase()];
	if (named) return named;
	const m = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-|$)/i.exec(raw);
	if (!m || m[1]!.toLowerCase() === 'und' || (m[1]!.length === 3 && !NAMES[m[1]!.toLowerCase()])) return undefined;
	const primary = NAMES[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase();
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
