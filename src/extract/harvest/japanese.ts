/** How Japanese posts name a work: 『書名』, then its people with 著 / 訳, then `（出版社、2020年）`. */
import type {Bib} from './biblio.ts';

/** Kana: a line holding any is Japanese (Chinese writes none), where 『』 marks a title as 《》 does. */
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** `成瀬允宣（翔泳社、2020年）`: the people, then a bracket holding the publisher and the year. */
const CREDIT = /^\s*([^（()）『』《》\n]{2,80}?)\s*[（(]\s*([^（）()、，,]{2,30}?)\s*[、，,]\s*((?:19|20)\d{2})\s*年?\s*[）)]/u;
/**
 * All of it in one bracket right after the title: the people, the publisher, the year
 * (`『Title』（ダン・ブラウン著、長谷川敦士監訳、BNN、2022年）`, `（奥泉直子 ほか、マイナビ出版、2021）`).
 */
const BRACKETED = /^\s*[（(]\s*([^（）()]{2,80}?)\s*[、，,]\s*([^（）()、，,]{2,30}?)\s*[、，,]\s*((?:19|20)\d{2})\s*年?\s*[）)]/u;
/**
 * Or no year: the people, then the house alone in the bracket that closes the line (`『Title』安川康介（KADOKAWA）`), a
 * house by its name's form, in Latin capitals or closed by a house's word (`翔泳社`, `日経BP社`, `TAC出版`, `早川書房`, `青幻舎`),
 * not an edition's or a price's note (`上巻（新装版）`, `（無料）`).
 */
// (the bracket may close a sentence of a comment: `『Title』後藤武士（宝島社）。文庫で一冊…`)
const HOUSE_WORDS = String.raw`(?:\p{Lu}[\p{Lu}\d&. ・-]+|[^（）()、，,\s／]{1,20}(?:出版|書房|書店|社|舎|文庫|新書|ブックス|プレス))`;
const HOUSE_ALONE = new RegExp(String.raw`^\s*([^（()）『』《》\n]{2,30}?)\s*[（(]\s*(${HOUSE_WORDS})\s*[）)]\s*(?:$|[。．\n])`,
	'u');
/** Or the house after a full-width slash, as a list's line gives it (`『Title』網野善彦／筑摩書房`). */
const HOUSE_SLASHED = new RegExp(String.raw`^\s*([^（()）『』《》／\n]{2,30}?)\s*／\s*(${HOUSE_WORDS})\s*(?:$|[。．\n])`, 'u');
/** The house alone in brackets right after a title, maybe the year after it (`』（翔泳社、2020年）`, `』（英治出版）`). */
const IMPRINT = new RegExp(String.raw`^\s*[（(]\s*(${HOUSE_WORDS})\s*(?:[、，,]\s*((?:19|20)\d{2})\s*年?)?\s*[）)]`, 'u');
export const japaneseImprint = (after: string): Pick<Bib, 'publisher' | 'publishedAt'> | undefined => {
	const m = IMPRINT.exec(after);
	return m ? {publisher: m[1]!, ...m[2] ? {publishedAt: m[2]} : {}} : undefined;
};
/** `ほか` / `他` / `ら` closing the names: "and others", no name of its own. */
const OTHERS = /\s*(?:ほか|他|ら)\s*$/u;
/** A role closing a group of names (`A 著、B・C 訳`), or labelling it before them (`著者：A`, `訳：B`). */
const ROLES: Record<string, string> = {著: 'author', 編著: 'author', 訳: 'translator', 監訳: 'translator', 編: 'editor',
	著者: 'author', 訳者: 'translator', 編者: 'editor'};
/** Regex source: a role written after its names. */
const ROLE_WORD = '編著|監訳|著|訳|編';
const GROUP = new RegExp(`([^、，,]+?)\\s*(${ROLE_WORD})?(?:\\s*[、，,]\\s*|$)`, 'gu');
/** A name: Han, kana or Latin letters, no particle of a sentence (`を`, `は`, `から`). */
export const NAME = /^(?!.*(?:を|は|が|で|に|から|まで|です|ます))[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・\p{Lu}\p{Ll} .]{2,30}$/u;

/**
 * The people, publisher and year written after a title in Japanese (`『Title』成瀬允宣（翔泳社、2020年）`, `『Title』A 著、
 * B・C 訳（秀和システム、2023年）`). A middle dot `・` joins a name written in katakana (`フェリエンヌ・ヘルマンス`) and parts
 * two others (`水野貴明・水野いずみ`).
 */
export function japaneseCredit(after: string): Bib | undefined {
	const m = CREDIT.exec(after) ?? BRACKETED.exec(after) ?? HOUSE_ALONE.exec(after) ?? HOUSE_SLASHED.exec(after);
	if (!m) return undefined;
	const bib: Bib = {authors: [], contributors: [], publisher: m[2]!.trim(), ...m[3] ? {publishedAt: m[3]} : {}};
	for (const group of m[1]!.replace(OTHERS, '').matchAll(GROUP)) {
		if (!credit(bib, dotted(group[1]!.trim()), group[2] ?? '著')) return undefined;
	}
	return bib.authors.length || bib.contributors.length ? bib : undefined;
}

/** Credits `names` in `bib` with the role `label` says, when each reads as a name; false when one does not. */
function credit(bib: Bib, names: string[], label: string): boolean {
	if (!names.every(name => NAME.test(name))) return false;
	const role = ROLES[label]!;
	if (role === 'author') bib.authors.push(...names);
	else bib.contributors.push(...names.map(name => ({name, role})));
	return true;
}

/**
 * Names a middle dot parts: `・` joins a name written in katakana (`フェリエンヌ・ヘルマンス`) and parts two others
 * (`水野貴明・水野いずみ`).
 */
function dotted(names: string): string[] {
	return names.split(/(?<![\p{Script=Katakana}ー])・|・(?![\p{Script=Katakana}ー])/u);
}

/** A field of names closed by their role (`Dustin Boswell、Trevor Foucher 著`, `角征典 訳`). */
const ROLE_FIELD = new RegExp(`^(.+?)\\s*(${ROLE_WORD})$`, 'u');
/** A field giving the year a book came out (`2021年`), maybe its month (`2012年6月`, `2012/6`) and day. */
const MONTH_FIELD = /^((?:19|20)\d{2})\s*(?:年(?:\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?)?|[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{1,2})?)?(?:発売|刊行|刊)?$/u;

/**
 * A credit line as Japanese posts quote a book's colophon under its title, fields parted by full-width slashes: the
 * people with each role after its names, then the publisher and the month (`A、B 著／C 訳／オライリー・ジャパン／2012年6月`).
 * People first, and a publisher or a month after them.
 */
export function japaneseCreditLine(text: string): Bib | undefined {
	const fields = text.trim().split(/\s*／\s*/);
	if (fields.length < 2 || fields.length > 6 || !ROLE_FIELD.test(fields[0]!)) return undefined;
	const bib: Bib = {authors: [], contributors: []};
	for (const field of fields) {
		const people = ROLE_FIELD.exec(field);
		const month = MONTH_FIELD.exec(field);
		if (people) {
			if (!credit(bib, people[1]!.split(/\s*[、，,]\s*/).flatMap(dotted), people[2]!)) return undefined;
		} else if (month && !bib.publishedAt) {
			const m = month[2] ?? month[3];
			bib.publishedAt = m ? `${month[1]}-${m.padStart(2, '0')}` : month[1]!;
		} else if (!bib.publisher && field.length <= 30 && !/[。！？!?]/u.test(field)) bib.publisher = field;
		else return undefined;
	}
	return bib.publisher || bib.publishedAt ? bib : undefined;
}

/** A sentence of a comment opening with the book's people, each role after them (`A著、B訳。`, `Aさん著、…`). */
const PROSE_ROLES = /(?:^|。)\s*([^。、「」『』（）()]{2,30}?)(?:さん)?(?:ほか|他)?著(?:\s*、\s*([^。、「」『』（）()]{2,20}?)訳)?/u;
/** Or naming the author as whose book it is (`Aさんの本（…）`, `Aさんの『Title』（…）`). */
const PROSE_OWNER = /(?:^|。)\s*([^。、「」『』（）()]{2,20}?)さんの(?:本|『[^』]{1,80}』)\s*(?:[（(]\s*([^（）()]{2,40}?)\s*[）)])?/u;
/** The house it came from, maybe with the year: `（翔泳社、2020年）`, `SBクリエイティブから2018年に出た`, `かんき出版から出ています`. */
const PROSE_HOUSE = /(?:^|[、，])\s*([^、，。「」『』（）()\s]{2,20}?)から(?:((?:19|20)\d{2})年に?)?出/u;
/** The house and the year as the fields after the people's role (`、技術評論社、2020年`). */
const HOUSE_AFTER = /^\s*[、，]\s*([^、，。「」『』（）()\s]{2,20})\s*[、，]\s*((?:19|20)\d{2})\s*年?\s*(?:[。．]|$)/u;
/** Regex source: a bracket's house, maybe its year after it (`翔泳社、2020年`). */
const HOUSE_YEAR = String.raw`([^（）()、，,]{2,30}?)\s*(?:[、，,]\s*((?:19|20)\d{2})\s*年?)?`;
const BRACKET_IMPRINT = new RegExp(`^${HOUSE_YEAR}$`, 'u');

/**
 * The people and house of the book a comment under its heading speaks of, as Japanese bloggers write them in
 * running text (`Mike Julian著、松浦隼人訳。`, `徳丸浩さん著、SBクリエイティブから2018年に出た第2版です`,
 * `成瀬允宣さんの『…』（翔泳社、2020年）`, `広木大地さんの本（技術評論社、2018年）`): its first such sentence.
 */
export function japaneseProseCredit(text: string): Bib | undefined {
	if (!KANA.test(text)) return undefined;
	const roles = PROSE_ROLES.exec(text);
	const owner = roles ? undefined : PROSE_OWNER.exec(text);
	const names = (roles ?? owner)?.[1]?.trim();
	if (!names) return undefined;
	const authors = names.replace(OTHERS, '').split(/\s*[、と]\s*/u).flatMap(dotted);
	const translators = roles?.[2] ? dotted(roles[2].trim()) : [];
	if (![...authors, ...translators].every(name => NAME.test(name) && !/^(?:この|その|同じ)/u.test(name))) {
		return undefined;
	}
	const bib: Bib = {authors, contributors: translators.map(name => ({name, role: 'translator'}))};
	const imprint = owner?.[2] ? BRACKET_IMPRINT.exec(owner[2]) : undefined;
	// (or as the sentence's next fields, the house and the year: `A 著、技術評論社、2020年。`)
	const after = roles ? HOUSE_AFTER.exec(text.slice(roles.index + roles[0].length)) : null;
	const house = imprint ?? after ?? PROSE_HOUSE.exec(text.slice(roles?.index ?? 0));
	if (house) bib.publisher = house[1]!.trim();
	if (house?.[2]) bib.publishedAt = house[2];
	return bib;
}

/** A role's label before its names (`著：A、B`, `訳：C`, `監訳：D`). */
const LABELLED_FIELD = /^(編著|監訳|著者?|訳者?|編者?)\s*[:：]\s*(.+)$/u;
/** A role after its names, closing a field or before the next (`A、B 著 C 訳 House 2020年`). */
const ROLE_AFTER = new RegExp(`\\s*(${ROLE_WORD})(?:\\s+|\\s*／\\s*|$)`, 'u');
/** The house and the year closing a credit, in a bracket or after a space (`（オライリー・ジャパン、2012年）`, `オーム社 2020年`). */
const CLOSING_IMPRINT = new RegExp(String.raw`\s*(?:[（(]\s*${HOUSE_YEAR}\s*[）)]`
	+ String.raw`|(?<=\s)([^\s／]{2,30})\s+((?:19|20)\d{2})\s*年?)\s*$`, 'u');

/** A bracket closing the credit with the year alone (`（2012年）`). */
const DATED_HOUSE = /\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[）)]\s*$/u;
/** The house's labelled field (`出版社：岩波書店`). */
const HOUSE_FIELD = /^(?:出版社|出版元|発行元)\s*[:：]\s*([^:：]{2,30})$/u;

/**
 * A credit line under a book's card, each role labelled before its names or written after them, fields parted by
 * full-width slashes or spaces, the house and the year closing it (`著：Dustin Boswell、Trevor Foucher／訳：角征典
 * （オライリー・ジャパン、2012年）`, `A、B 編／C 監訳（House、2021年）`, `A、B 著 C 訳 オーム社 2020年`).
 */
export function japaneseCardCredit(text: string): Bib | undefined {
	// (the year alone in the closing bracket is the year's, the house labelled before it: `著：A 出版社：B（2012年）`)
	const dated = DATED_HOUSE.exec(text.trim());
	const imprint = dated ? null : CLOSING_IMPRINT.exec(text.trim());
	const fields = imprint || dated ? text.trim().slice(0, (imprint ?? dated)!.index) : text.trim();
	const bib: Bib = {authors: [], contributors: []};
	const add = (names: string, label: string) =>
		credit(bib, names.replace(OTHERS, '').split(/\s*[、，,]\s*/).flatMap(dotted), label);
	// (labelled fields are parted by full-width slashes or by spaces before the next label, the house's among them)
	const labelled = fields.split(/\s*／\s*|\s+(?=[^\s:：]{1,6}[:：])/u);
	const labelledHouse = labelled.length > 1 ? HOUSE_FIELD.exec(labelled.at(-1)!)?.[1] : undefined;
	if (labelledHouse) labelled.pop();
	if (labelled.every(field => LABELLED_FIELD.test(field))) {
		for (const field of labelled) {
			const [, label, names] = LABELLED_FIELD.exec(field)!;
			if (!add(names!, label!)) return undefined;
		}
		if (labelledHouse) bib.publisher = labelledHouse;
		if (dated) bib.publishedAt = dated[1];
	} else if (dated) return undefined;
	else {
		const parts = fields.split(ROLE_AFTER);
		// (names, then their role, each pair in turn; nothing after the last role)
		if (parts.length < 3 || parts.at(-1)!.trim()) return undefined;
		for (let k = 0; k + 1 < parts.length; k += 2) if (!add(parts[k]!.trim(), parts[k + 1]!)) return undefined;
	}
	const house = imprint?.[1] ?? imprint?.[3], year = imprint?.[2] ?? imprint?.[4];
	if (house) bib.publisher = house;
	if (year) bib.publishedAt = year;
	return bib;
}
