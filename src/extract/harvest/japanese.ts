/** How Japanese posts name a work: 『書名』, then its people with 著 / 訳, then `（出版社、2020年）`. */
import type {Bib} from './biblio.ts';

/** Kana: a line holding any is Japanese (Chinese writes none), where 『』 marks a title as 《》 does. */
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** `成瀬允宣（翔泳社、2020年）`: the people, then a bracket holding the publisher and the year. */
const CREDIT = /^\s*([^（()）『』《》\n]{2,80}?)\s*[（(]\s*([^（）()、，,]{2,30}?)\s*[、，,]\s*((?:19|20)\d{2})\s*年?\s*[）)]/u;
/** A role closing a group of names (`A 著、B・C 訳`). */
const ROLES: Record<string, string> = {著: 'author', 編著: 'author', 訳: 'translator', 監訳: 'translator', 編: 'editor'};
const GROUP = /([^、，,]+?)\s*(編著|監訳|著|訳|編)?(?:\s*[、，,]\s*|$)/gu;
/** A name: Han, kana or Latin letters, no particle of a sentence (`を`, `は`, `から`). */
const NAME = /^(?!.*(?:を|は|が|で|に|から|まで|です|ます))[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・\p{Lu}\p{Ll} .]{2,30}$/u;

/**
 * The people, publisher and year written after a title in Japanese (`『Title』成瀬允宣（翔泳社、2020年）`, `『Title』A 著、
 * B・C 訳（秀和システム、2023年）`). A middle dot `・` joins a name written in katakana (`フェリエンヌ・ヘルマンス`) and parts
 * two others (`水野貴明・水野いずみ`).
 */
export function japaneseCredit(after: string): Bib | undefined {
	const m = CREDIT.exec(after);
	if (!m) return undefined;
	const bib: Bib = {authors: [], contributors: [], publisher: m[2]!.trim(), publishedAt: m[3]!};
	for (const group of m[1]!.matchAll(GROUP)) {
		const role = ROLES[group[2] ?? '著']!;
		const names = group[1]!.trim().split(/(?<![\p{Script=Katakana}ー])・|・(?![\p{Script=Katakana}ー])/u);
		if (!names.every(name => NAME.test(name))) return undefined;
		for (const name of names) {
			if (role === 'author') bib.authors.push(name);
			else bib.contributors.push({name, role});
		}
	}
	return bib.authors.length || bib.contributors.length ? bib : undefined;
}
