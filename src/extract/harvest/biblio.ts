import {findIsbns} from '../../core/isbn.ts';
import {AUTHOR_LABELS, cleanName, HOUSE_WORDS, parsePeople, splitNames, TRANSLATOR_LABELS, type People}
	from './people.ts';
import {HAN, squash, YEAR, YEAR_ALONE} from './text.ts';

/** Bibliographic facts found in the text that follows (or surrounds) one work. */
export type Bib = People & {publisher?: string; publishedAt?: string; isbn?: string[]};

const ZH_PUBLISHER = new RegExp(`([${HAN}A-Za-z]{2,12}(?:出版社|出版集团|出版公司|书局|图书公司|出版中心))`, 'u');
/**
 * A card's label of its publisher in the languages of Europe (`Editore:`, `Éditeur :`, `Verlag:`), in Arabic
 * (`الناشر:`), in Vietnamese (`NXB:`, for nhà xuất bản), in Turkish (`Yayınevi:`), in Indonesian (`Penerbit:`) and in
 * Russian and Ukrainian (`Издательство:`, `Видавництво:`).
 */
export const PUBLISHER_LABELS = ['editore', 'casa editrice', 'editorial', 'editora', 'éditeur', 'editeur', 'verlag',
	'uitgever', 'uitgeverij', 'wydawnictwo', 'الناشر', 'دار النشر', 'nxb', 'nhà xuất bản', 'yayınevi', '출판',
	'출판사', 'penerbit', 'förlag', 'forlag', 'प्रकाशक', 'ناشر', 'انتشارات', 'הוצאה', 'הוצאה לאור', 'издательство',
	'видавництво'];
/**
 * A card's label of its year (`Anno:`, `Año:`, `Année :`, `Jahr:`, `سنة النشر:`, `Năm xuất bản:`, `Basım yılı:`,
 * `발매`, `Tahun terbit:`).
 */
export const YEAR_LABELS = ['anno', 'anno di pubblicazione', 'año', 'ano', 'année', 'jahr', 'erscheinungsjahr', 'jaar',
	'rok wydania', 'سنة النشر', 'تاريخ النشر', 'năm xuất bản', 'năm phát hành',
	'basım yılı', 'baskı yılı', 'yayın yılı', 'yıl', '발매', '발행', '출간', 'tahun terbit', 'tahun', 'utgiven',
	'utgivningsår', 'utgitt', 'udgivet', 'سال انتشار', 'سال نشر', 'שנת הוצאה', 'год', 'год издания', 'рік'];
/** The labels of a work's facts on a card's lines, in the languages of Europe and beyond (`Autori:`, `Yazar:`). */
export const FACT_LABELS = [...AUTHOR_LABELS, ...TRANSLATOR_LABELS, ...PUBLISHER_LABELS, ...YEAR_LABELS];
// (two houses that publish it together are one field, parted by a spaced slash: `Verlag: O’Reilly / dpunkt.verlag ·
// Erschienen: 2021`; not a further field of words after the slash, labelled or with digits: `/ 出版年: 2019`; a full-width
// slash parts the fields, `出版社：X／発売：2013年`)
const PUBLISHER_LABEL = new RegExp(`(?<!\\p{L})(?:出版社|出品方|出版|Publisher|${PUBLISHER_LABELS.join('|')})\\s*[:：]\\s*`
	+ String.raw`([^\n/／|,，;；·]{2,60}(?:(?<=\s)/\s(?![^\s/]+\s*[:：])\p{L}[^\n/|,，;；·:：\d]{1,40}(?=\s*(?:[\n|,，;；·]|$)))?)`,
'iu');
const YEAR_LABEL = new RegExp(`(?:^|\\n)\\s*(?:${YEAR_LABELS.join('|')})\\s*[:：]\\s*((?:19|20)\\d{2})\\b`, 'iu');
// (a saint's house keeps its abbreviation: `St. Martin’s Press`)
const EN_PUBLISHER = /\b((?:[A-Z]\.\s?){0,3}(?:(?:St\.\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}(?:Press|Publishing|Publications|Media|Books|Bookshelf)|O'Reilly|O’Reilly|Manning|Apress|Packt|Wiley|Addison[- ]Wesley(?: Professional)?|Pearson|Prentice[- ]Hall|McGraw[- ]Hill|Springer|Penguin|HarperCollins|Random House|Leanpub|No Starch|Pragmatic Bookshelf|Picador|Vintage|Knopf|Doubleday|Scribner|Norton|Macmillan|Hachette|Bloomsbury|Faber(?: (?:and|&) Faber)?|Riverhead|Ballantine|Bantam|Simon (?:and|&) Schuster|Houghton Mifflin(?: Harcourt)?|Grand Central|Harper (?:Perennial|Business|One)|Little, Brown))\b/;

/**
 * A house whose name opens with the word for a publishing house, kept in its name (`Εκδόσεις Μέλισσα`, `Éditions du
 * Seuil`, `Wydawnictwo Literackie`): up to the field's end.
 */
const HOUSE_LEADS = ['Εκδόσεις', 'Éditions', 'Ediciones', 'Edizioni', 'Editorial', 'Editora', 'Wydawnictwo',
	'Nakladatelství', 'Vydavateľstvo', 'Издательство', 'Видавництво', 'Kustannus', 'Forlaget', 'Förlaget'];
const HOUSE_LED = new RegExp(`(?<!\\p{L})(?:${HOUSE_LEADS.join('|')})(?:\\s+(?:d[eu]s?|della?|\\p{Lu}[\\p{L}'’&.-]*)){1,4}`, 'u');
/** A house named after its word (`הוצאת מטר, 2013`): the name is the word after it; the house's word is none of it. */
export const HOUSE_WORD = new RegExp(`(?<!\\p{L})(?:${HOUSE_WORDS.join('|')})\\s+([\\p{L}\\p{M}\\u200c'’-]{2,})`, 'u');

/**
 * A Vietnamese house as its credit line names it, by the word for publishing house kept in its name (`NXB Trẻ, 2017`,
 * `NXB Lao Động – Xã Hội`, `Nhà xuất bản Kim Đồng`): up to the field's end, a comma, bar, bracket or stop.
 */
const VI_HOUSE = /(?<![\p{L}\p{M}])((?:NXB|[Nn]hà xuất bản)\s+\p{Lu}[\p{L}\p{M} –-]{0,40}?)(?=\s*(?:[,|(;.\n]|$))/u;

/**
 * A house named `X出版` (publishing), as Taiwan's houses name themselves, a clause of its own before the year: `A 著，B 譯，
 * 遠山出版，2013`. Not `出版` closing a sentence's verb, which no clause's commas and year close.
 */
const ZH_HOUSE_CLAUSE = new RegExp(`(?:^|[，,；;／/])\\s*([${HAN}]{2,6}出版)\\s*(?=[，,／/]\\s*(?:19|20)\\d{2})`, 'u');

/** The publisher named in `text`, if any ("由电子工业出版社出版" -> "电子工业出版社"). */
export function publisherIn(text: string): string | undefined {
	// (its year in brackets after it is the year's: `प्रकाशक: House (2018)`, `출판사: 길벗 (2022)`; any other aside there is
	// no part of its name either: `인사이트(insight)`, `Green Tea Press (edizione gratuita)`)
	// (nor its year after a space: `出版：中信出版社 2018`)
	const label = PUBLISHER_LABEL.exec(text)?.[1]?.replace(/\s*[(（][^()（）]{1,40}[)）]\s*$/u, '')
		.replace(/\s+(?:19|20)\d{2}$/, '').trim();
	if (label) return label;
	const vi = VI_HOUSE.exec(text)?.[1];
	if (vi) return vi;
	const house = HOUSE_WORD.exec(text)?.[1];
	if (house) return house;
	const led = HOUSE_LED.exec(text)?.[0];
	if (led) return led;
	const zh = /出版|书局|图书公司/.test(text) ? ZH_PUBLISHER.exec(text)?.[1] : undefined;
	if (zh) return zh.replace(/^(?:[由在于是经从的和与]|出版社?)+/u, '');
	const named = ZH_HOUSE_CLAUSE.exec(text)?.[1];
	if (named) return named;
	const m = EN_PUBLISHER.exec(text);
	// (a known house closing a bracket's field with capitalised words before it is the end of a longer name there, an
	// imprint's or a group's: `(Literatura Random House, 2017)`, `Grupo Planeta Random House`; a house of one word
	// there may be a surname, `(Christopher Manning, John Hewitt)`)
	const imprint = m && /\s/.test(m[1]!) && /^\s*[,，)）]/u.test(text.slice(m.index + m[1]!.length))
		? /[(（]\s*((?:\p{Lu}[\p{L}'’&-]*\s+){1,3})$/u.exec(text.slice(0, m.index))?.[1] : undefined;
	if (imprint && !/^(?:The|By|From|At)\s/.test(imprint)) return `${imprint}${m![1]}`;
	const en = m?.[1];
	// (a house named for a family is a person's surname after a given name: `taught by Christopher Manning`)
	const surname = !!m && !/\s/.test(en!) && /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(0, m.index));
	return en && !surname && !/^(?:The|A|In|On|By)\s*$/.test(en) ? en.replace(/^(?:The|By|From|At)\s+/, '') : undefined;
}

/** Month names as their first three letters: a bracket or sentence opening with one is a date, not a publisher. */
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/**
 * A month's name whole or cut to its first letters (`Nov`, `Sept.`, `November`): not a house whose name opens with
 * those letters (`(Novatec, 2017)`, `(Decode, 2019)`, `Mayo, 2020`).
 */
const MONTH_WORD = `(?:${'january february march april may june july august september october november december'
	.split(' ').map(name => `[${name[0]}${name[0]!.toUpperCase()}]${name.slice(1, 3)}`
		+ `(?:${name.slice(3)}|${name.slice(3, 4)})?`).join('|')})\\b`;
const pad = (n: string) => n.padStart(2, '0');

/**
 * A publication date (ISO 8601, as precise as written) when the text ties a date to publishing:
 * "2017年6月出版", "出版年: 2018-9", "Published June 2017", or a year after a publisher ("O'Reilly, 2017").
 */
export function dateIn(text: string, publisher?: string): string | undefined {
	const zh = /(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:第.版|首?出版|出版|版)/u.exec(text)
		// (a label's date as written, to the day: `出版日期：2019/06/01`)
		?? /出版(?:年|时间|時間|日期)\s*[:：]?\s*(\d{4})(?:\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2}))?)?/u.exec(text)
		// (or the year a field of its own right after the people's role closes them: `A、B 编，2015 年，在线免费`)
		?? /(?:编著|主编|著|编|译)\s*[，,]\s*((?:19|20)\d{2})\s*年\s*[，,。；;]/u.exec(text);
	if (zh) return ymd(zh[1]!, zh[2], zh[3]);
	// (Japanese labels its release date to the day: `発売日：2022/4/30`)
	const ja = /(?:発売日|発行日|出版日)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2}))?/u.exec(text);
	if (ja) return ymd(ja[1]!, ja[2], ja[3]);
	// (and Korean its release or publication date: `발매 2013.12.24.`, `출간일: 2019년 6월 17일`)
	const ko = /(?:발매|발행|출간)일?\s*[:：]?\s*(\d{4})\s*[-년/.]\s*(\d{1,2})(?:\s*[-월/.]\s*(\d{1,2}))?/u.exec(text);
	if (ko) return ymd(ko[1]!, ko[2], ko[3]);
	// (a catalogue's date as written, to the day: `Publication Date: 2017-03-16`)
	const en = new RegExp(String.raw`\b(?:published|publication date|pub\. date|released?)\b\s*(?:in|on|:)?\s*`
		+ String.raw`(?:(\w{3,9})\.?\s+(?:\d{1,2},\s*)?)?((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?\b`, 'i').exec(text);
	if (en) return ymd(en[2]!, en[3] ?? monthOf(en[1]), en[3] && en[4]);
	const labelled = YEAR_LABEL.exec(text)?.[1];
	if (labelled) return labelled;
	if (!publisher) return undefined;
	const after = text.slice(Math.max(0, text.indexOf(publisher)));
	const near = /(?:(\w{3,9})\.?\s+)?\b((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})\b)?/.exec(after.slice(0, 80));
	return near ? ymd(near[2]!, near[3] ?? monthOf(near[1])) : undefined;
}

function monthOf(word: string | undefined): string | undefined {
	const index = word ? MONTHS.indexOf(word.slice(0, 3).toLowerCase()) : -1;
	return index < 0 ? undefined : String(index + 1);
}

function ymd(year: string, month?: string, day?: string): string {
	const m = Number(month);
	if (!month || m < 1 || m > 12) return year;
	const d = Number(day);
	return day && d >= 1 && d <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

/** ISBNs written in the text: labelled ones, or 13-digit Bookland numbers. */
export function isbnsIn(text: string): string[] {
	if (!/ISBN|97[89][\d-]{10}/i.test(text)) return [];
	return findIsbns(text);
}

/**
 * `(IT Revolution, 2018)` after a byline: a citation's publisher and year, whatever the publisher's name (its own
 * commas too: `Farrar, Straus and Giroux`), after the city in a Chicago note (`(Brooklyn: Melville House, 2019)`).
 * Not a format or an edition (`(Hardcover, 2018)`, `(2nd ed., 2020)`), nor a month.
 */
/** What a bracket with a year names when it is not a publisher: the book's format or edition. */
const FORMATS = ['hardcover', 'paperback', 'kindle', 'e-?book', 'audiobook', 'reprint', 'revised', 'stream',
	'livestream', 'video', 'talk', 'keynote', 'lecture', 'slides', 'webinar', 'podcast', 'episode', 'interview'];
const CITED = new RegExp(String.raw`\(\s*(?:\p{Lu}[\p{L}.]*(?:,?\s+\p{Lu}[\p{L}.]*){0,3}\s*:\s*)?`
	+ String.raw`((?!(?:${FORMATS.join('|')})\w*\b|${MONTH_WORD})`
	// (in Cyrillic too: `(Питер, 2019)`)
	// (its name may close on a number: `(Studio 7, 2019)`, `(Клуб 99, 2020)`)
	+ String.raw`[A-ZА-ЯЁ][\p{L}'’&.-]*(?:(?:,\s*|\s+)(?:and\s+)?[A-ZА-ЯЁ&][\p{L}'’&.-]*){0,4}(?:\s+\d{1,3})?)`
	// (the year, or a month and the year: `(Avery, October 2018)`; a note may follow it after a semicolon, as a
	// translator's credit: `(Debate, 2012; traducción de X)`, `(Seuil, 2015; trad. X)`)
	+ String.raw`\s*,\s*(?:(?:${MONTHS.join('|')})[a-z]*\.?\s+(?:\d{1,2},\s*)?)?(?:19|20)\d{2}\s*[);]`, 'iu');

/**
 * Or the house and the edition cited, the edition's year after it or none, as posts in many languages write it:
 * `(Novatec, 2ª edição de 2022)`, `(Elsevier, 3ª edição)`, `(O'Reilly, 2nd edition)`, `(Hanser, 3. Auflage 2019)`,
 * `(Dunod, 2e édition)`: an edition's number and word after a comma say the words before it are the house.
 */
const EDITION_CITED = new RegExp(String.raw`\(\s*(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’&.-]*){0,3})`
	+ String.raw`\s*,\s*\d{1,2}(?:ª|º|st|nd|rd|th|e|ème|a|\.)?\s*(?:edição|edición|edition|édition|edizione|Auflage|ed\.)`
	+ String.raw`(?:\s*(?:de|of|,)?\s*((?:19|20)\d{2}))?\s*\)`, 'iu');

/** Or as the sentence after the people's: `by Yuval Noah Harari. Harper, 2015.` */
/** Words that open a sentence with a year but no publisher (`Published 2015.`, `In March, 2015`, `Fall, 2021`). */
const NOT_PUBLISHERS = ['In', 'On', 'At', 'Since', 'From', 'By', 'Published', 'Released', 'Updated', 'Written', 'Read',
	'Last', 'First', 'Spring', 'Summer', 'Fall', 'Autumn', 'Winter'];
/** Regex source: a house's name, captured, a few capitalised words (`Farrar, Straus and Giroux` aside). */
const HOUSE = String.raw`((?!(?:${NOT_PUBLISHERS.join('|')})[a-z]*\b|${MONTH_WORD})\p{Lu}[\p{L}'’&-]*`
	+ String.raw`(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’&.-]*)){0,4})`;
const SENTENCE = new RegExp(String.raw`[.;]\s+${HOUSE}\s*,\s*(?:19|20)\d{2}\b(?![-/]\d)`, 'u');
/**
 * The same sentence alone, closed by the year: `…była Java). Helion, 2019. Czytam…`; maybe its place first and a
 * note on the edition after, as a line of its own gives it (`Tallinn: Varrak, 2014`, `Harper, 2006 (3rd edition)`).
 */
const IMPRINT_SENTENCE = new RegExp(String.raw`(?:^|[.;]\s+)(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?:\s+)?${HOUSE}`
	+ String.raw`\s*,\s*((?:19|20)\d{2})(?:\.(?=\s|$)|$|\s*[(（][^()（）]{1,60}[)）]\s*(?=$|[·•|]))`, 'u');
/** Or with the house after its word, in the scripts with no capitals: `הוצאת מטר, 1996. קלישאה?`. */
const WORDED_IMPRINT = new RegExp(String.raw`(?:^|[.;]\s+)(?:${HOUSE_WORDS.join('|')})\s+([\p{L}\p{M}\u200c'’-]{2,})`
	+ String.raw`\s*,\s*((?:19|20)\d{2})\.(?=\s|$)`, 'u');

/**
 * A bracket of a house and a year alone (`Bjartur, 2003`, `Mál og menning, 1986`), whatever the house's name: one
 * word, or words not all capitalised, are a house; capitalised words alike a person's name (`Frank Herbert, 1965`), as
 * posts cite a work's author so. Not a format, a month or a sentence's words (`Kindle, 2019`, `Read in, 2019`).
 */
const BRACKET_IMPRINT = new RegExp(String.raw`^\s*((?!(?:${NOT_PUBLISHERS.join('|')})[a-z]*\b|${MONTH_WORD})`
	+ String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,4})\s*,\s*((?:19|20)\d{2})\s*$`, 'u');
const FORMAT = new RegExp(`^(?:${FORMATS.join('|')})`, 'i');
/** Or its author and a house a reader knows, no year (`Grokking Algorithms (Aditya Bhargava, Manning)`). */
const NAME_HOUSE = /^\s*([^,]{4,40}?)\s*,\s*([^,]{2,40}?)\s*$/u;
export function bracketImprint(inner: string): Pick<Bib, 'authors' | 'publisher' | 'publishedAt'> | undefined {
	const [, words, year] = BRACKET_IMPRINT.exec(inner) ?? [];
	const [, name = '', house = ''] = words ? [] : NAME_HOUSE.exec(inner) ?? [];
	const author = fullName(name);
	if (author && publisherIn(house) === house) return {authors: [author], publisher: house};
	if (!words || FORMAT.test(words)) return undefined;
	const person = /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(words) && !!fullName(words) && !publisherIn(words);
	return person ? {authors: [words], publishedAt: year!} : {authors: [], publisher: words, publishedAt: year!};
}

/**
 * A comment's sentence of its own naming the publisher and the year of the work it is about (`Helion, 2019.`), as
 * posts give a book's imprint in passing; not a full name's (`Cal Newport, 2016.` cites a person), unless the work
 * names its `authors` already, and other names (`Harper Perennial, 2006`).
 */
export function imprintSentence(
	text: string, authors: string[] = [],
): Pick<Bib, 'publisher' | 'publishedAt'> | undefined {
	const m = IMPRINT_SENTENCE.exec(text) ?? WORDED_IMPRINT.exec(text);
	const house = m?.[1];
	if (!house || authors.includes(house) || (!authors.length && fullName(house))) return undefined;
	return {publisher: house, publishedAt: m[2]!};
}

/** Regex source: a house's name, a few capitalised words (`Farrar, Straus and Giroux` aside), as lines write it. */
const HOUSE_WORDS_RUN = String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’&.-]*)){0,4}`;
export const HOUSE_NAME = new RegExp(`^${HOUSE_WORDS_RUN}$`, 'u');

/**
 * A line of a work's facts under its title, fields parted by middle dots or bars, as shops and reviewers set them
 * (`Wiley · 2nd edition, 2017 · 368 pages`, `Basecamp · 2019 · free online`): the house (capitalised words, no
 * digit), the year; an edition, a length or a note is neither. Its people are the title's (a heading's `by X`).
 */
export function factsLine(text: string): Pick<Bib, 'publisher' | 'publishedAt'> | undefined {
	if (text.length > 100 || !/\s[·•|]\s/.test(text)) return undefined;
	let publisher: string | undefined;
	let publishedAt: string | undefined;
	const fields = text.split(/\s+[·•|]\s+/).flatMap(part => part.split(/\s*,\s*(?=(?:19|20)\d{2}\b)/));
	for (const field of fields.map(part => part.trim())) {
		if (YEAR_ALONE.test(field)) publishedAt ??= field;
		// (a book its author published is no house's: `Self-published · 2013`)
		else if (!publisher && !/^self[- ]published$/i.test(field) && HOUSE_NAME.test(field) && !fullName(field)) {
			publisher = field;
		}
	}
	return publishedAt ? {...(publisher ? {publisher} : {}), publishedAt} : undefined;
}

/** Or the last of the people's commas before the year: `by James Clear, Avery, 2018` (a full name is a co-author). */
// (or after a middle dot or a bar parting the fields: `by Ryan Singer · Basecamp, 2019`, or on a line of its own under
// the labelled people: `Автор: A<br>Питер, 2017`)
const TRAILING = new RegExp(String.raw`(?:,|\s[·•|]|\n)\s*(${HOUSE_WORDS_RUN})`
	+ String.raw`\s*,\s*(?:19|20)\d{2}\b(?![-/]\d)`, 'u');

/**
 * Or after the words saying who published it, the year after it (`. Published by Picador (2019).`, `publié chez X,
 * 2012`; Indonesian `Edisi Indonesia terbitan X (2021)`, the house of a translated edition).
 */
const PUBLISHED_BY = ['published by', 'publié par', 'publié chez', 'publicado por', 'erschienen bei', 'uitgegeven door',
	'terbitan', 'diterbitkan oleh'];
const PUBLISHED = new RegExp(String.raw`(?<!\p{L})(?:${PUBLISHED_BY.join('|')})\s+(${HOUSE_WORDS_RUN})\s*(?:[(（]\s*|,\s*)`
	+ String.raw`((?:19|20)\d{2})\b`, 'iu');
/**
 * Or closing the credit's clause with no year (`by Kua Kia Soong, terbitan SUARAM.`, `…, published by Verso.`), the
 * house capitalised (matched in case: not `published by a small press`).
 */
const PUBLISHED_CLAUSE = new RegExp(String.raw`[,，]\s*(?:${PUBLISHED_BY.join('|')})\s+(${HOUSE_WORDS_RUN})(?=\s*(?:[.;。]|$))`,
	'u');

/**
 * A house's name alone in brackets, closing its clause: a few capitalised words (`(Bookman)`, `(Альпина Паблишер)`,
 * `(МИФ)`), no format, role or language (`(Kindle)`, `(Translator)`, `(English)`), nor an acronym in Latin capitals,
 * as often a school's or an employer's after a name (`(MIT)`, `(IBM)`).
 */
const NOT_HOUSES = [...FORMATS, 'pdf', 'epub', 'free', 'gratis', 'translator', 'editor', 'illustrator', 'narrator',
	'english', 'inglés', 'inglês', 'anglais', 'englisch', 'inglese'];
const NOT_HOUSE = new RegExp(`^(?:(?:${NOT_HOUSES.join('|')})(?!\\p{L})|[A-Z]{2,5}$)`, 'iu');
/**
 * A year alone in brackets right after a byline's last name, as a byline dates a paper (`by A and B (2006)`) or a
 * classic its first printing, before 1900 as often as not (`– Machado de Assis (1899)`).
 */
const NAME_YEAR = new RegExp(String.raw`^\s*[(（](${YEAR})[)）]`, 'u');
const HOUSE_BRACKET = new RegExp(String.raw`^\s*[(（](\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,2})[)）]`
	+ String.raw`(?=\s*(?:[.;,。]|$))`, 'u');

/** The publisher and date of a citation after the work's people (`— Name (Publisher, 2021)`), the people left out. */
export function citationIn(text: string, authors: string[]): Pick<Bib, 'publisher' | 'publishedAt'> {
	const trailing = TRAILING.exec(text.slice(0, 160))?.[1];
	const edition = EDITION_CITED.exec(text);
	const cited = (CITED.exec(text) ?? edition)?.[1]?.split(/,\s*/).filter(part => !authors.includes(part)).join(', ')
		|| SENTENCE.exec(text.slice(0, 160))?.[1] || (trailing && !fullName(trailing) ? trailing : undefined);
	const head = text.slice(0, 200);
	const published = cited ? undefined : PUBLISHED.exec(head) ?? PUBLISHED_CLAUSE.exec(head);
	// (or the year alone in brackets right after the last name, as a byline dates a paper: `by A and B (2006), which…`)
	const last = authors.at(-1);
	const after = last && text.includes(last) ? text.slice(text.indexOf(last) + last.length) : '';
	// (or the house alone in brackets right after it, closing the credit: `— Carlos Alberto Heuser (Bookman). É…`)
	const bracket = HOUSE_BRACKET.exec(after)?.[1];
	const house = bracket && !NOT_HOUSE.test(bracket) ? bracket : undefined;
	const publisher = publisherIn(text) ?? (cited || published?.[1] || house);
	const date = dateIn(text, publisher) ?? NAME_YEAR.exec(after)?.[1] ?? edition?.[2]
		?? published?.[2];
	return {...(publisher ? {publisher} : {}), ...(date ? {publishedAt: date} : {})};
}

/** The last field of a bracket before its year, past a comma (`, New Directions, 2024)`). */
const BRACKET_HOUSE = /,\s*([^,()]{2,60}?)\s*,\s*((?:19|20)\d{2})\s*\)/;

/** Everything bibliographic in the text right after a title. */
export function bibIn(text: string): Bib {
	const bib: Bib = {...parsePeople(text)};
	const {publisher, publishedAt} = bib.authors.length ? citationIn(text, bib.authors)
		: {publisher: publisherIn(text), publishedAt: undefined};
	if (publisher) bib.publisher = publisher;
	// (a publisher the people's list ran into is no one: `by Cal Newport, Grand Central, 2016`)
	bib.authors = bib.authors.filter(name => name !== publisher);
	// (nor the last field before a bracket's year, after a role's names: `(translated by A, New Directions, 2024)`, the
	// house closing it as it closes `(House, Year)`)
	const house = publisher ? undefined : BRACKET_HOUSE.exec(text);
	const credited = house ? bib.contributors.findIndex(c => c.name === house[1]) : -1;
	if (house && credited > 0) {
		bib.contributors.splice(credited, 1);
		bib.publisher = house[1]!;
		bib.publishedAt ??= house[2]!;
	}
	const date = publishedAt ?? dateIn(text, publisher);
	if (date) bib.publishedAt = date;
	const isbn = isbnsIn(text);
	if (isbn.length) bib.isbn = isbn;
	return bib;
}

/** True when the bib says "this is a published work" (people with roles, publisher, ISBN or date). */
export const hasBib = (bib: Bib) =>
	bib.authors.length > 0 || bib.contributors.length > 0 || !!bib.publisher || !!bib.isbn?.length || !!bib.publishedAt;

/** A reference-list entry parsed into title and facts. */
export type Reference = Bib & {title: string; type?: string};

/** A GB/T 7714 reference-list entry ("张磊. 深入剖析Kubernetes[M]. 北京: 某出版社, 2018."); the other styles are in citation.ts. */
export function parseReference(line: string): Reference | undefined {
	// Cheap guards first: these anchored lazy patterns are costly on every paragraph of a long page
	const gb = /\[(?:[MJCDRNSPZ]|[A-Z]{1,2}\/OL)\]/.test(line) && /^(.{2,120}?)[.．]\s*(.{2,200}?)\s*\[(M|J|C|D|R|N|S|P|Z|EB\/OL|M\/OL|J\/OL|DB\/OL|CP\/OL)\]\s*[.．]?\s*(.*)$/u.exec(line);
	if (gb) return reference(gb[2]!, gb[1]!, gb[4]!, gb[3]!);
	// The same without the type code, as reading lists copy it: `刘慈欣. 三体. 重庆: 重庆出版社, 2008.`
	const bare = ZH_PUBLISHER.test(line) && new RegExp(`^([${HAN}·、，, ]{2,30})[.．]\\s*([^.．]{1,80})[.．]\\s*(.*(?:19|20)\\d{2}.*)$`, 'u').exec(line);
	const ref = bare ? reference(bare[2]!, bare[1]!, bare[3]!) : undefined;
	return ref?.authors.length ? ref : undefined;
}

function reference(title: string, authors: string, rest: string, type?: string): Reference {
	const names = splitNames(authors.replace(/,?\s*(?:等|et al\.?)$/, ''));
	const ref: Reference = {title: squash(title), authors: names, contributors: []};
	if (type) ref.type = type;
	const publisher = /[:：]\s*([^,，.:：]{2,60})[,，]/.exec(rest)?.[1]?.trim() ?? publisherIn(rest);
	if (publisher) ref.publisher = publisher;
	const year = /\b((?:19|20)\d{2})(?:[-.](\d{1,2}))?/.exec(rest);
	if (year) ref.publishedAt = ymd(year[1]!, year[2]);
	return ref;
}

/** Hebrew's small words (or, on, this, also, of, with, not, all, what, only, more, is, there is), in no name. */
const HEBREW_FUNCTION_WORDS = new Set(['או', 'על', 'זה', 'זו', 'את', 'גם', 'של', 'עם', 'לא', 'כל', 'מה', 'רק', 'עוד',
	'יש', 'אין', 'כי', 'אם', 'הוא', 'היא', 'הם', 'אני', 'אתם', 'כמו', 'אבל', 'פשוט']);
/** A word contracted with its verb (`I’d`, `we’ll`, `don’t`): a sentence's, never a name's. */
const CONTRACTION = /\p{L}['’](?:d|m|ll|re|ve|t)(?!\p{L})/u;
/** A full name: a first name and a surname, or a Han or transliterated one (`Kazuo Ishiguro`, `余华`, `尼尔·波兹曼`). */
export const fullName = (raw: string) => {
	const name = cleanName(raw);
	// Not `AJAX REST API`: no acronym is one of a name's words (a generation's numeral closing it aside: `Henry L.
	// Roediger III`); nor a contraction (`Then I’d`, `You’ll`, `Don’t`)
	if (!name || /\b[A-Z]{2,}\b/.test(name.replace(/\s(?:II|III|IV)$/, '')) || CONTRACTION.test(name)) return undefined;
	// (Hebrew has no capitals to tell a name by: a clause is one when it holds a word no name does, `או`, `על`)
	if (name.split(/\s+/).some(word => HEBREW_FUNCTION_WORDS.has(word))) return undefined;
	return /[ ·‧]/.test(name) || new RegExp(`^[${HAN}]{2,4}$`, 'u').test(name) ? name : undefined;
};

/**
 * A credit line under a title, with no label: the people first, then the publisher and the year, set apart by middle
 * dots, bars, spaced dashes, commas or brackets (`Kazuo Ishiguro · Faber and Faber, 1989`, `Name (Publisher, 2004)`,
 * `Name | Publisher | 1985`). Names alone, or names and words that are no publisher nor year, are no credit.
 */
const LENGTH = /^\d+(?:[.,]\d+)?\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|pages?|pp\.?|分钟|小时|页)$/i;
/** A copy's format and price, as a shop's caption closes (`hardback £22`, `paperback £12.99`, `£9.99`). */
const COPY = /^(?:(?:hardback|hardcover|paperback|softcover|ebook|e-book|audiobook|audio|kindle)\s*)?[£$€]\s?\d+(?:[.,]\d+)?$/i;

/**
 * An edition before the year (`2. Auflage 2022`, `2nd edition 2017`) or a note in brackets after it (`2018 (deutsche
 * Ausgabe)`): the year is the field.
 */
const NOTED_YEAR = new RegExp(String.raw`(?:\d{1,2}(?:\.|st|nd|rd|th|e|ª)?\s*(?:Auflage|edition|éd(?:ition)?|edición|`
	+ String.raw`edizione|edição|ed\.)\s*,?\s*)?((?:19|20)\d{2})(?:\s*[(（][^()（）\d]{1,40}[)）])?\s*$`, 'iu');

export function creditLine(raw: string): Bib | undefined {
	if (raw.length > 160) return undefined;
	// (a closing field in lower case is a note on the copy, no house nor name: `· Springer, 2023 · free PDF from the
	// authors`)
	const text = raw.replace(NOTED_YEAR, '$1').replace(/\s+[·•]\s+\p{Ll}[^·•]*$/u, '');
	// (a length closing the line is the work's, neither its publisher nor its year: `· 48 min`, `· 320 pages`)
	// (an Arabic comma parts them too, and a spaced slash: `Name، با ترجمه‌ی X، انتشارات Y.`, `Name / ترجمه‌ی X`)
	// (and a sentence's stop after a name's last word, not an initial's nor an abbreviation's: `Name, translated by
	// X. House, 2019.`, not `trad. X`; the line's last stop its end)
	const fields = (line: string) => line.replace(/(?<=\p{L}{2}|\d)\.$/u, '')
		.split(/\s*(?:[·•|｜,，،()（）]|\s[-–—/]\s|(?<=\s\p{Lu}\p{Ll}+)\.(?=\s+\p{Lu}))\s*/u).filter(Boolean);
	// A caption sets its people on a line of their own, the imprint on the next (`<strong>Ed Yong</strong><br>Random
	// House, 2022 · paperback £12.99`): the first line's names are all its people, a house of two words no name
	// (or a translator's credit between them, a line of its own: `Cyfieithiad gan X`)
	const lines = text.split('\n').map(line => line.trim()).filter(Boolean);
	const translated = lines.length === 3 && parsePeople(lines[1]!).contributors.length > 0;
	const captioned = (lines.length === 2 || translated) && !/[·•|｜,，()（）]/.test(lines[0]!);
	const parts = captioned ? [lines[0]!, ...(translated ? [lines[1]!] : []), ...fields(lines.at(-1)!)] : fields(text);
	// (and the copy the shop sells closes it, its format and price: `hardback £22`)
	if (captioned && parts.length > 2 && COPY.test(parts[parts.length - 1]!)) parts.pop();
	if (parts.length > 2 && LENGTH.test(parts[parts.length - 1]!)) parts.pop();
	// (a middle dot parts the people from the imprint, `House, Year`, whose house may read as a name: `Nora Ikstena ·
	// Dienas Grāmata, 2015`)
	const dotted = /[·•]\s*([^·•]+,\s*\d{4})$/.exec(text)?.[1];
	const names = captioned ? 1 : parts.length - (dotted ? fields(dotted).length : 0);
	const authors: string[] = [];
	let at = 0;
	for (; at < names; at++) {
		// (a co-author `with` the first: `Marty Cagan with Chris Jones · Wiley, 2020`)
		const names = parts[at]!.split(/\s+(?:and|&|with)\s+|\s*[&、]\s*/).map(fullName);
		// (a translator's credit with no capitals to tell it reads as names: `با ترجمه‌ی X`; nor is a house a list
		// knows, `Name, Harper Business, 2019`)
		if (!names.every(Boolean) || parsePeople(parts[at]!).contributors.length
			|| (at > 0 && publisherIn(parts[at]!) === parts[at])) break;
		authors.push(...(names as string[]));
	}
	// A field crediting a translator, or naming a house after its word (`با ترجمه‌ی X`, `انتشارات Y`), is read so
	const contributors: People['contributors'] = [];
	let house: string | undefined;
	const rest = parts.slice(at).filter(part => {
		// (an edition's note is neither house nor year: `— Springer, 2nd ed. (2009)`)
		if (/^\d+(?:st|nd|rd|th)\s+ed(?:\.|ition)$/i.test(part)) return false;
		const people = parsePeople(part);
		if (people.contributors.length && !people.authors.length) {
			contributors.push(...people.contributors);
			return false;
		}
		const named = house ? undefined : HOUSE_WORD.exec(part)?.[1];
		house ??= named;
		return !named;
	});
	let year = YEAR_ALONE.test(rest[rest.length - 1] ?? '') ? rest.pop() : undefined;
	// `Rich Hickey · Strange Loop 2011`: a venue and its year date the work; the venue is its publisher only when it
	// reads as one (`Faber 1989`)
	const venue = year ? undefined : /^(\p{Lu}\D{0,40}?)\s+((?:19|20)\d{2})$/u.exec(rest[rest.length - 1] ?? '');
	if (venue) {
		rest.pop();
		year = venue[2];
		if (publisherIn(venue[1]!) === venue[1]) rest.push(venue[1]!);
	}
	// A publisher's name is a few capitalised words (`Farrar, Straus and Giroux` keeps its commas), not a date or a
	// phrase
	// (or one word in lower case before the year, as some houses write their names: `mitp`, `dpunkt.verlag`)
	const named = rest.every(part => (/^[\p{Lu}\p{Script=Han}]/u.test(part) || (!!year && /^\p{Ll}[\p{L}.]+$/u.test(part)
		&& !FORMAT.test(part))) && !/\d/.test(part) && part.split(' ').length <= 5);
	const imprint = named && rest.length ? (year ? rest.join(', ') : publisherIn(rest.join(', '))) : undefined;
	const publisher = house ?? imprint;
	// `Bob Dylan (1962)` (an album under a discography's heading) credits no one: a year alone follows no bracket
	const bracketedYear = !publisher && /[(（]\s*\d{4}\s*[)）]\s*$/.test(text);
	if (!authors.length || !(year || publisher || contributors.length) || !named || bracketedYear) return undefined;
	return {authors, contributors, ...(publisher ? {publisher} : {}), ...(year ? {publishedAt: year} : {})};
}
