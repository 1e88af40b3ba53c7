/**
 * The credit line under a work's title and byline (`<h3>1. Title — Author</h3>` or a numbered bold line) giving its
 * translator, house and year with no people of its own, in the words of the post's language: a label before the house
 * (`Mchapishaji:`, `প্রকাশক:`, `Nashriyot:`), before or around the translator (`Imetafsiriwa na X`, `অনুবাদ: X`,
 * `Tarjimon: X.`), the year maybe after the words for a first edition or a fair (`প্রথম প্রকাশ ১৯৯৬`, `বইমেলা ২০১৩`,
 * `Birinchi nashri 1926-yil`) and in the script's own digits (Bengali, Devanagari), a kind or language word set apart
 * (`Tamthilia · House, 1969`, `Inglizcha, House, 2008`), the place after the house (`House, কলকাতা, ১৯৮১`). A few
 * such sentences may open the paragraph (`Tarjimon: X. House, 2022-yil.`), a comment after them.
 */
import {HOUSE_WORD, type Bib} from './biblio.ts';
import {NATIVE_DIGITS} from './text.ts';

/** Digits of scripts with their own (Bengali, Devanagari), read as ASCII digits; the text's length kept. */
const NATIVE_DIGIT = new RegExp(`[${NATIVE_DIGITS}]`, 'g');
const asciiDigits = (text: string) => text.replace(NATIVE_DIGIT, d => String((d.codePointAt(0)! & 0xF) - 6));

/** A label before the house's name (Swahili, Bengali, Uzbek, English). */
const HOUSE_LABEL = /^(?:Mchapishaji|প্রকাশক|প্রকাশনী|Nashriyot|Publisher)\s*[:：]\s*/iu;
/** The translator's label or the words before the name (`Imetafsiriwa na`, `অনুবাদ:`, `Tarjimon:`). */
const TRANSLATOR = /^(?:(?:Mfasiri|অনুবাদক?|Tarjimon|Tarjima|Translator)\s*[:：]\s*|(?:Imetafsiriwa na|Translated by)\s+)/iu;
/** A field that is a kind's or a language's word (`Riwaya`, `Tamthilia`, `Inglizcha`, `উপন্যাস`): no house. */
const KIND_WORD = /^(?:riwaya|tamthilia|hadithi|diwani|inglizcha|ruscha|roman|উপন্যাস|novel|play)$/iu;
/** A year field: a word or two before it maybe (a first edition's, a fair's), an Uzbek year's suffix, a note. */
const YEAR_FIELD = /^(?:[\p{L}\p{M}]+\s+){0,2}((?:1[5-9]|20)\d{2})(?:-yil(?:da)?)?(?:\s*[(（][^)）]{1,30}[)）])?$/u;
/**
 * A field crediting people by the role word after them, as Korean, Japanese and Chinese write it (`조현욱 옮김`, `A 訳`):
 * their own readers' (korean.ts, japanese.ts, han-credits.ts), none of this one's.
 */
const ROLE_AFTER = /\s(?:옮김|역|지음|저|엮음|편|訳|著|编|译|編)$/u;
/** A field naming a house, a place or a person: a few words, no digit, no sentence. */
const SHORT = /^[^\d!?:]{2,60}$/u;

type Credit = Pick<Bib, 'contributors'> & Partial<Pick<Bib, 'publisher' | 'publishedAt'>>;

/** One credit sentence's facts, or undefined when it is none. */
function sentence(text: string): Credit | undefined {
	const labelled = HOUSE_LABEL.test(text);
	const fields = text.replace(HOUSE_LABEL, '').split(/\s*[·•|,，]\s*/).filter(Boolean);
	const credit: Credit = {contributors: []};
	const houses: string[] = [];
	for (const field of fields) {
		if (ROLE_AFTER.test(field)) return undefined;
		const year = YEAR_FIELD.exec(field)?.[1];
		const translator = TRANSLATOR.exec(field);
		const name = translator ? field.slice(translator[0].length).trim() : '';
		if (year && !credit.publishedAt) credit.publishedAt = year;
		else if (translator && SHORT.test(name) && name.split(/\s+/).length <= 5) {
			credit.contributors.push({name, role: 'translator'});
		} else if (KIND_WORD.test(field)) continue;
		else if (SHORT.test(field) && field.split(/\s+/).length <= 5 && !credit.publishedAt) houses.push(field);
		else return undefined;
	}
	if (houses.length > 2 || !(credit.publishedAt || credit.contributors.length || labelled)) return undefined;
	// (the house first, the place after it; an abbreviation in brackets is no part of its name)
	// (nor is a house's word before its name: `הוצאת מטר`)
	const house = houses[0] && (HOUSE_WORD.exec(houses[0])?.[1] ?? houses[0].replace(/\s*[(（][^)）]*[)）]$/u, ''));
	if (house) credit.publisher = house;
	return credit;
}

/**
 * The facts of the credit sentences opening `text` and how far they reach (the rest is a comment), or undefined when
 * it opens with none.
 */
export function creditSentences(raw: string): {credit: Credit; end: number} | undefined {
	const text = asciiDigits(raw);
	const credit: Credit = {contributors: []};
	let end = 0;
	// (a sentence ends at a stop before a space, not at an initial's: `Julius K. Nyerere`)
	for (const m of text.matchAll(/[^\n]+?(?:(?<!(?:^|\s)\p{Lu})\.(?=\s|$)|(?=\n)|$)/gu)) {
		const part = m[0].trim().replace(/\.$/, '');
		if (!part) break;
		const read = part.length <= 120 ? sentence(part) : undefined;
		if (!read || (read.publisher && credit.publisher) || (read.publishedAt && credit.publishedAt)) break;
		credit.contributors.push(...read.contributors);
		if (read.publisher) credit.publisher = read.publisher;
		if (read.publishedAt) credit.publishedAt = read.publishedAt;
		end = m.index + m[0].length;
		if (text[end] === '\n') break;
	}
	return end ? {credit, end} : undefined;
}
