import {bengaliName} from './bengali.ts';
import {DEVANAGARI_HONORIFIC, DEVANAGARI_INITIAL, devanagariName} from './devanagari.ts';
import {hanCredit} from './han-credits.ts';
import {invertedName, invertedNames, PARTICLE} from './inverted.ts';
import {EVENT_YEAR, HAN, sharedSurname} from './text.ts';

/**
 * The commonest Chinese surnames: a bare clause of a few Han characters is a name when it opens with one (`余华`, not
 * `推荐`).
 */
export const SURNAME = new RegExp(`^[${'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
	+ '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'}]`, 'u');
/**
 * A name that reads as a person's: a full Latin name, a transliterated one (`尤瓦尔·赫拉利`), or a Han one opening with a
 * surname.
 */
// (a Korean name is two to four Hangul syllables, as a label's list gives them: `이응준, 정상일`)
export const isPerson = (name: string) => /[ ·‧]/.test(name) || SURNAME.test(name) || /^\p{Script=Hangul}{2,4}$/u.test(name);

/** People named around a work, split by role. */
export type People = {authors: string[]; contributors: {name: string; role: string}[]};

const NATIONALITY = new RegExp(`^[[［【(（]\\s*[${HAN}A-Za-z]{1,4}\\s*[\\]］】)）]\\s*`, 'u');
const HAN_NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}(?:[·‧•・][${HAN}]{1,8})+)$`, 'u');
// (a Japanese name may be written in kana: `田中ひさてる`, `ミック`)
const LABELLED_NAME = new RegExp(`^[${HAN}\\p{Script=Hiragana}\\p{Script=Katakana}ーA-Za-z0-9·・ ]{2,20}$`, 'u');
// (and a Korean name, in Hangul maybe with Latin initials: `조영호`, `로버트 C. 마틴`; Hangul has no capitals to tell it)
const HANGUL_NAME = /^(?=.*\p{Script=Hangul})[\p{Script=Hangul}A-Z. ]{2,20}$/u;
// A name's word, or initials run together (`J.R.R. Tolkien`, `C.S. Lewis`); in Cyrillic and Greek too (`Роберт
// Мартин`, `Απόστολος Δοξιάδης`), as Russian and Greek posts name their authors; and in Armenian, which has capitals
// too (`Ջորջ Բուրնության`)
const LATIN_WORD = "(?:(?:\\p{Lu}\\.){2,}|(?=[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Armenian}])"
	+ "\\p{Lu}[\\p{L}'’-]*\\.?)";
const LATIN_NAME = new RegExp(`^${LATIN_WORD}(?:\\s+(?:${LATIN_WORD}|${PARTICLE})){0,4}$`, 'u');
/**
 * A name in Arabic letters, which have no capitals to tell it: two to five words (`رضوى عاشور`), a Persian word's
 * parts joined by a zero-width non-joiner (`سنت‌اگزوپری`).
 */
const ARABIC_WORD = String.raw`\p{Script=Arabic}[\p{Script=Arabic}\u200c]+`;
const ARABIC_NAME = new RegExp(`^${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){1,4}$`, 'u');
/**
 * A name in Georgian letters, which have no capitals to tell it: two to four words (`ნოდარ დუმბაძე`), a word's parts
 * joined by a hyphen (`ანტუან დე სენ-ეგზიუპერი`), an initial among them (`ჯ. რ. რ. ტოლკინი`).
 */
const GEORGIAN_WORD = String.raw`\p{Script=Georgian}(?:[\p{Script=Georgian}-]*\p{Script=Georgian}|\.)`;
// (no word of a sentence among them: `და` and, `ან` or, `არ` not, `ძალიან` very: `მოკლე და ძალიან საინტერესო`)
const GEORGIAN_PROSE = 'და|ან|არ|არის|რომ|ეს|ის|თუ|მაგრამ|ძალიან|უფრო|კი|ც';
const GEORGIAN_NAME = new RegExp(`^(?!.*(?:^|\\s)(?:${GEORGIAN_PROSE})(?:\\s|$))${GEORGIAN_WORD}(?:\\s+${GEORGIAN_WORD}){1,3}$`,
	'u');
/** A Hebrew name: two to four words of Hebrew letters (a geresh `׳` or a hyphen inside), an initial among them. */
const HEBREW_NAME = /^\p{Script=Hebrew}[\p{Script=Hebrew}׳'-]+(?:\s+\p{Script=Hebrew}(?:[\p{Script=Hebrew}׳'-]+|\.)){1,3}$/u;
/** Words that stand where a name would but name no one (pronouns, captions, labels). */
const NOT_PEOPLE = [
	'The', 'This', 'That', 'These', 'It', 'He', 'She', 'We', 'They', 'I', 'You', 'Our', 'My', 'His', 'Her', 'Photo',
	'Unsplash', 'Amazon', 'Example', '我', '你', '他', '她', '我们', '作者', '译者', '譯者', '本书', '该书', '等', '等人',
	// (where a list's people stand, what credits no one: `Instructor(s): Community`)
	'Community', 'Various', 'Staff', 'Team', 'Anonymous', 'Unknown', 'Multiple', 'Volunteers',
];
/** Words in an organisation's or a book's name, never a person's (regex fragments: `Books?`). */
const ORGANISATIONS = [
	'Press', 'Media', 'Publishing', 'Publications', 'Books?', 'Inc', 'Ltd', 'LLC', 'Company', 'Corporation',
	'University', 'College', 'School', 'Institute', 'Foundation', 'Society', 'Association', 'Research', 'Labs?',
	'Magazine', 'Journal', 'Edition', 'Chapter', 'Apress', 'Packt', 'Wiley', 'Pearson', 'Springer', 'Addison',
	'Prentice',
];
/**
 * The word that names a publishing house before its name, as Hebrew and Persian write an imprint (`הוצאת מטר`,
 * `انتشارات امیرکبیر`, `از نشر ققنوس`): no person's.
 */
export const HOUSE_WORDS = ['הוצאת', 'انتشارات', 'نشر'];
/** Publishers named for a family, whose name is a person's surname too (`Christopher Manning`, `Tim O'Reilly`). */
const FAMILY_PUBLISHERS = ['Manning', "O['’]Reilly"];
const NOT_NAMES = new RegExp(`^(?:The|An?|Like|Unlike|For|From|About)\\s|^(?:${NOT_PEOPLE.join('|')})$|^(?:${FAMILY_PUBLISHERS.join('|')})\\b`
	+ `|\\b(?:${ORGANISATIONS.join('|')})\\b|出版|书局|图书公司|^(?:${HOUSE_WORDS.join('|')})\\s`, 'i');
// (and the Arabic comma `،`, Vietnamese `và`, Greek `και`; and `und`, `et`, `y`, `e`, `i`, `och`, `og`, `ve`: German,
// French, Spanish, Italian and Portuguese, Polish, Scandinavian, Turkish lists name people so; whole words between
// letters of any script, not `\b`'s ASCII ones: `Renée` and `Thúy` end in no `e` nor `y` of their own)
// Hebrew joins `ו` (and) to the next name, `רן לוי ודן אלון`: read between two names of two words at least, and not
// as the doubled `וו` that opens a name (`וויל`); Persian spaces its `و` between names (`نهضت صالحیان و مهین میلانی`),
// where Arabic joins it to the next; Japanese parts two Han names by `・` (`鈴木健一・高田真理`), which
// joins the parts of one only in katakana; Dutch `en` parts two full names (`Vicki Robin en Joe Dominguez`), where
// French and Spanish `en` says where (`en Coursera`)
const SEPARATOR = new RegExp(String.raw`\s*(?:[,，、،&＆;；/|]|(?<![\p{L}\p{M}\p{N}_])(?:and|und|et|y|e|i|och|og|ve|ja|dan)(?![\p{L}\p{M}\p{N}_])|(?<!\p{L})en(?=\s+\p{Lu}\S*\s+\p{Lu})|(?<!\p{L})(?:và|και)(?!\p{L})|和|与|及|(?<=\p{Script=Han})・(?=\p{Script=Han})`
	+ String.raw`|(?<=\p{Script=Hebrew}\s+\p{Script=Hebrew}{2,})\s+ו־?(?=(?!ו)\p{Script=Hebrew}+\s+\p{Script=Hebrew})`
	+ String.raw`|(?<=\p{Script=Arabic})\s+و\s+(?=\p{Script=Arabic}))\s*`, 'u');
const ALL_HAN = new RegExp(`^[${HAN}·‧]+$`, 'u');

/** A name in capitals (`CAL NEWPORT`, `J. R. R. TOLKIEN`) as a reader says it: `Cal Newport`, `J. R. R. Tolkien`. */
// (capitals amid Han are an acronym: `浙江大学SEL实验室`)
export const uncapped = (name: string) => (/\p{Ll}|\p{Script=Han}/u.test(name) || !/\p{Lu}{2}/u.test(name) ? name
	: name.replace(/\p{L}{2,}/gu, word => word[0] + word.slice(1).toLowerCase()));

/** An editors' mark closing a list of names (`A, B, C (eds.)`, `A (ed.)`): its names edited the work, none wrote it. */
export const EDITORS_MARK = /(?<!\p{L})\(?eds?\.\)?\s*$/iu;

/** A Japanese honorific closing a name (`さん`, `様`): only after a name in Japanese script. */
const HONORIFIC = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s*(?:さん|様)$/u;

/**
 * One person's name, cleaned ("[美] Martin Kleppmann 等" -> "Martin Kleppmann"), or undefined if it does not look like
 * a name.
 */
export function cleanName(raw: string, labelled = false): string | undefined {
	// (an editor's mark is a word of its own: `Ann Lee (ed.)`, `Ann Lee eds.`, never a name's end, `Reed`, `Ahmed`)
	// (and `외`, Korean's `et al.`)
	const name = raw.trim().replace(NATIONALITY, '').replace(/\s*(?:等人?|et al\.?|(?<=\p{Script=Hangul}) 외|(?<!\p{L})\(?eds?\.?\)?)$/iu, '')
		.replace(/^[\s:：,，.;；'"“”\-–—*•·]+|[\s:：,，;；'"“”\p{So}]+$/gu, '')
		// (Japanese writes a name with an honorific after it, `講師：坂田一倫さん`, Indonesian before it, `Pak Sandhika
		// Galih`: courtesy, no part of the name)
		.replace(HONORIFIC, '').replace(/^(?:Pak|Bapak|Bu|Ibu)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '')
		// (and Hebrew a professor's or a doctor's title before it: `פרופ׳ מיכל רז`, `ד״ר`)
		.replace(/^(?:פרופ['׳]|פרופסור|ד["״]ר)\s+(?=\p{Script=Hebrew})/u, '')
		.replace(DEVANAGARI_HONORIFIC, '');
	if (name.length < 2 || name.length > 40 || NOT_NAMES.test(name)) return undefined;
	// After a label ("译者: 七牛容器云团队") a team or company name is fine too
	return HAN_NAME.test(name) || LATIN_NAME.test(name) || ARABIC_NAME.test(name) || HEBREW_NAME.test(name)
		|| GEORGIAN_NAME.test(name)
		|| devanagariName(name) || bengaliName(name)
		|| (labelled && (LABELLED_NAME.test(name) || HANGUL_NAME.test(name))) ? name : undefined;
}

/**
 * Words the sentence runs on with after a byline's names (`by Jon Gjengset once I stop…`, `by X when I…`): no name's
 * (a name's particles, `van`, `de`, `von`, are none of them).
 */
const RUNS_ON = ['on', 'in', 'from', 'at', 'with', 'for', 'via', 'of', 'is', 'was', 'once', 'when', 'while', 'after',
	'before', 'because', 'since', 'until', 'which', 'who', 'but', 'though', 'although', 'if', 'as soon as',
	// (and `is`, `who` in the languages whose by-words read as `by`: `tenuto da David J. Malan è gratuito`)
	'è', 'é', 'es', 'est', 'ist', 'che', 'que', 'qui',
	// (and German's `on` and `at` after its `von`: `von Andrew Ng auf Coursera`, `von X bei Udemy`)
	'auf', 'bei'];
/**
 * What ends the names opening a text (`by A, B — a note`), a semicolon aside; an in-text citation's label in square
 * brackets after them too (`by A and B [CY20] is…`, `by A [12]`), as papers and docs cite the entry they name.
 */
const GIVEN_AT_EVENT = new RegExp(String.raw`,\s*${EVENT_YEAR}[\s\S]*$`, 'u');
/** A Hebrew initial, a letter alone before its dot (`סטיבן ר. קובי`): Hebrew has no capitals to tell it. */
export const HEBREW_INITIAL = String.raw`(?<!\p{L})\p{Script=Hebrew}`;
// (nor a Devanagari or Hebrew initial's: `रॉबर्ट टी. कियोसाकी`; nor a Cyrillic one's, which may take two letters for
// a sound that has no one letter: `Э. Гамма`, `Дж. Влиссидес`)
/** `with` before a full name closing the names' clause (`with Julie Sussman (MIT Press…`). */
const WITH_AUTHOR = /\s+with\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}\s*(?:[(,;]|\.\s|$))/u;
export const CYRILLIC_INITIAL = String.raw`(?<!\p{L})(?:\p{Script=Cyrillic}|Дж)`;
const LEADING_END = new RegExp(String.raw`(?<!\b[A-Z]|${CYRILLIC_INITIAL}|${DEVANAGARI_INITIAL}|${HEBREW_INITIAL})\.`
	+ String.raw`|[。()（）\n]|[:：]\s|\s[-–—·•]\s|(?<=\S)\s+\[|\s(?:${RUNS_ON.join('|')})\s|\d`, 'u');

/**
 * Names parted by semicolons, as catalogues list a work's people (`A; B; C`, `Sedgewick, Robert; Wayne, Kevin`): each
 * part a full name, in natural order or surname first, up to the first part that is none; two at least, else a
 * semicolon ends the names (`by Cal Newport; a short read`).
 */
function semicolonNames(text: string): string[] | undefined {
	if (!/[;；]/.test(text)) return undefined;
	const names: string[] = [];
	for (const part of text.split(/\s*[;；]\s*/)) {
		const name = invertedName(part) ?? (/\s/.test(part.trim()) ? cleanName(part) : undefined);
		if (!name) break;
		names.push(name);
	}
	return names.length > 1 ? names : undefined;
}

/**
 * A label's value up to the sentence it may run on into (`主讲：左程云，讲得很细`): after a comma, each part must read as a
 * person's name (names listed as such are parted by `、` or `and`), and the first that does not ends the value.
 */
function labelValue(raw: string): string {
	const parts = raw.split(/\s*[,，]\s*/);
	// (the last part may join two names, `A, B y C`)
	const end = parts.findIndex((part, i) => i > 0 && !part.split(SEPARATOR).every(piece => {
		const name = cleanName(piece, true);
		return !!name && isPerson(name);
	}));
	return (end < 0 ? parts : parts.slice(0, end)).join(', ');
}

/** The capitalised words opening a text before its first lowercase one (`Aaron Courville` of `… cover most`). */
const CAPITALISED_RUN = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+(?=\s+\p{Ll})/u;
/**
 * An adverb closing the sentence after a byline's only name (`do <a>Title</a> by Jeremy Howard instead.`, `by Ada
 * Quinn too`): the sentence's, no word of the name.
 */
const CLOSING_ADVERBS = ['instead', 'too', 'as well', 'also', 'first', 'next', 'later', 'afterwards', 'again'];
const CLOSING_ADVERB = new RegExp(`^(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+)\\s+(?:${CLOSING_ADVERBS.join('|')})\\W*$`, 'u');

/**
 * Splits "A & B", "A、B", "A, B and C", "宋净超 吴迎松" into clean names. With `leading`, stops at the
 * first part that is not a name ("Martin Kleppmann, O'Reilly, 2017" -> ["Martin Kleppmann"]).
 */
export function splitNames(raw: string, leading = false, labelled = false): string[] {
	const names: string[] = [];
	const seen = new Set<string>();
	// A spaced dash ends the names too: `by Joel Grus — the one I start people on`, and a colon: `by Cal Newport: a
	// note`, and a spaced middle dot that parts a line's fields (`by A and B · d2l.ai`)
	// (and an event and its year after a comma, where the work was given: `by Katrin Vogel, OOP 2023`)
	// (a further author credited `with` after the byline's names, as books credit one: `by A and B with Julie Sussman`)
	const head = leading ? raw.replace(GIVEN_AT_EVENT, '').replace(WITH_AUTHOR, ', ').split(LEADING_END)[0]! : raw;
	const listed = leading ? semicolonNames(head) : undefined;
	if (listed) return listed;
	const text = leading ? sharedSurname(head.split(/[;；]/)[0]!) : labelled ? labelValue(raw) : raw;
	// `by Newport, Cal`: one name written surname first (a full name before the comma opens a list of names instead:
	// `by Cal Newport, David Allen`)
	const sorted = leading && !/^\p{Lu}[^\s,]*\s+\p{Lu}/u.test(text)
		? invertedNames(text.replace(/[\s,]+$/, '')) : undefined;
	if (sorted) return sorted;
	for (const part of text.split(SEPARATOR)) {
		// (a serial comma before the last name parts nothing: `A, B, and C`)
		if (!part.trim()) continue;
		const tokens = part.trim().split(/\s+/);
		const spaced = tokens.length > 1 && tokens.every(t => ALL_HAN.test(t.replace(NATIONALITY, '')));
		for (const token of spaced ? tokens : [part]) {
			const name = cleanName(token, labelled);
			if (!name) {
				// The last name of a byline may run into the sentence's verb (`by A, B and Aaron Courville cover most
				// of it`): its capitalised words before the first lowercase one, when they make a full name
				const capitalised = CAPITALISED_RUN.exec(token)?.[0];
				const closed = leading && !names.length ? CLOSING_ADVERB.exec(token.trim())?.[1] : undefined;
				// (the first name too: `de Karlos Arguiñano cumple la misma función`)
				const named = leading && capitalised ? cleanName(capitalised) : closed ? cleanName(closed) : undefined;
				if (named) names.push(named);
				if (leading) return names;
				continue;
			}
			if (!seen.has(name)) names.push(name);
			seen.add(name);
		}
	}
	return names;
}

/**
 * A card's label of its authors in the languages of Europe that write `Autori:`, `Auteur :`, `Autor:`, and as Arabic
 * (`المؤلف:`, `تأليف:`), Vietnamese (`Tác giả:`), Turkish (`Yazar:`), Indonesian (`Penulis:`) and Russian (`Автор:`)
 * book posts write them.
 */
export const AUTHOR_LABELS = ['autore', 'autori', 'autrice', 'autor', 'autora', 'autores', 'autoras', 'auteur',
	'auteurs', 'autorin', 'autoren', 'autorzy', 'autorka', 'المؤلف', 'المؤلفة', 'تأليف', 'الكاتب', 'الكاتبة',
	'tác giả', 'yazar', 'yazarlar', '저자', '지은이', 'penulis', 'pengarang', 'författare', 'forfatter', 'लेखक', 'लेखिका',
	'نویسنده', 'مؤلف', 'מחבר', 'מחברת', 'автор', 'авторы', 'автори'];
/** And of who teaches or hosts it (`prowadzący:`, as Polish course and show pages credit them; `sunucular:`). */
export const INSTRUCTOR_LABELS = ['prowadzący', 'prowadząca', 'prowadzący zajęcia', 'docente', 'docenti', 'dozent',
	'dozentin', 'enseignant', 'enseignante', 'formateur', 'formatrice', 'insegnante', 'profesor', 'profesora',
	'eğitmen', 'sunucu', 'sunucular'];
/**
 * And of its translators (`Tłumaczenie:`, `Traduzione:`, `Übersetzung:`, `ترجمة:`, `Dịch giả:`, `Çevirmen:`,
 * `Penerjemah:`).
 */
export const TRANSLATOR_LABELS = ['tłumaczenie', 'tłumacz', 'tłumaczka', 'traduzione', 'traduttore', 'traduttrice',
	'traducción', 'traductor', 'traductora', 'traduction', 'traducteur', 'traductrice', 'übersetzung', 'übersetzer',
	'übersetzerin', 'vertaling', 'vertaler', 'ترجمة', 'المترجم', 'المترجمة', 'dịch giả', 'người dịch',
	'çevirmen', 'çeviren', 'çeviri', 'tradução', 'tradutor', 'tradutora', 'penerjemah', 'alih bahasa', 'översättning',
	'översättare', 'oversetter', 'oversættelse', 'अनुवादक', 'अनुवाद', '역자',
	'옮긴이', '번역', 'مترجم', 'ترجمه', 'תרגום', 'מתרגם', 'מתרגמת', 'перевод', 'переводчик', 'переклад'];

const ROLE_OF: Record<string, string> = {
	...Object.fromEntries(AUTHOR_LABELS.map(label => [label, 'author'])),
	...Object.fromEntries(TRANSLATOR_LABELS.map(label => [label, 'translator'])),
	...Object.fromEntries(INSTRUCTOR_LABELS.map(label => [label, 'instructor'])),
	著: 'author', 编著: 'author', 著作: 'author', 作者: 'author', 著者: 'author', 原著: 'author', author: 'author',
	authors: 'author', by: 'author', written: 'author',
	译: 'translator', 訳: 'translator', 訳者: 'translator', 監訳: 'translator', 翻译: 'translator', 合译: 'translator',
	译者: 'translator',
	// (and as Taiwan and Hong Kong write them, in traditional characters)
	譯: 'translator', 翻譯: 'translator', 合譯: 'translator', 譯者: 'translator', 編: 'editor', 主編: 'editor',
	編者: 'editor', 編著: 'author', 講師: 'instructor', 主講: 'instructor',
	// (a Japanese show's hosts, `（パーソナリティ：A・B）`, are its makers, as a podcast's hosts are)
	パーソナリティ: 'author',
	translated: 'translator',
	translator: 'translator', translators: 'translator',
	编: 'editor', 主编: 'editor', 编者: 'editor', edited: 'editor', editor: 'editor', editors: 'editor', 审校: 'other',
	校: 'other',
	narrated: 'narrator', read: 'narrator', narrator: 'narrator',
	instructor: 'instructor', instructors: 'instructor', 讲师: 'instructor',
	主讲: 'instructor', 讲: 'instructor',
};

/** "A & B著 C D 译" (Chinese postfix roles): each marker takes the names since the last clause break. */
// (and Japanese writes the translator's `訳` so: `A 著<br>B・C 訳`)
const POSTFIX = /\s*等?\s*(?<![显卓名昭土执巨原])(编著|編著|主编|主編|著|编|編|合译|合譯|翻译|翻譯|译|譯|訳|审校|主讲|主講)(?=\s|$|[（(，,；;。)）\]】/])/gu;
// A closing bracket ends a clause too: the names of `《编程珠玑》（第2版）Jon Bentley 著` follow the edition note. So does a
// spaced slash, which parts a catalogue line's fields (`A / B 译 / 出版社`; co-translators are `B/C` or `B、C`).
const CLAUSE_BREAK = /[（(）)，,：:；;。\n【】[\]]|\s[/／]\s/g;
/**
 * "作者：A", "Translator: B", "by A and B", "translated by C"; a label's names end at the next label (`作者：A 译者：B`,
 * `著者：A／出版社：B`)
 * or at a spaced dash before a comment (`autor: Frederick P. Brooks Jr. – stara, ale…`), or where the brackets around
 * it close (`（Udemy、講師：かめ れい）`).
 */
// (Japanese labels a translator `訳：` too, as catalogue lines do: `著者：A / 訳：B / 出版社：C`)
const PREFIX = new RegExp(String.raw`(?:^|[\s(（，,、;；/|】」』》])(作者|著者|译者|譯者|訳者|監訳|訳|编者|編者|主编|主編|原著|讲师|講師|主讲|主講|パーソナリティ|`
	+ String.raw`Authors?|Translators?|Editors?|Instructors?|`
	+ String.raw`${[...AUTHOR_LABELS, ...TRANSLATOR_LABELS, ...INSTRUCTOR_LABELS].join('|')})`
	+ String.raw`\s*[:：]\s*([^\n|；;（()）]+?)`
	+ String.raw`(?=[\s,，／]+[^\s:：,，／]{1,12}[:：]|[\n|；;（()）]|\s[-–—]\s|$`
	// (or at its sentence's stop after a name's last word: `תרגום: X. הוצאת Y, 2013.`; not an initial's dot, nor a
	// title's before the name, `Author: Dr. Name`)
	+ String.raw`|(?<=\p{L}\s+[\p{L}\p{M}'’-]{2,})(?<!\bJr|\bSr|${DEVANAGARI_INITIAL})\.\s)`
	// (an audiobook's reader is its narrator: `translated by A and read by B`; a translator may be credited in brackets
	// after the byline, `by A (translated by B)`, as `af A (oversat af B)`, `von A (übersetzt von B)` read)
	+ String.raw`|(?:^|[\s(（，,;；—–-])(?:(translated|edited|written|narrated|read)\s+)?by\s+`
	+ String.raw`((?:(?!\s*[,，;；(（]?\s*(?:(?:and\s+)?read|translated|edited|narrated|illustrated)\s+by\b)[^\n]){1,120})`,
	'giu');

/**
 * True when the text up to `end` closes on a picture credit's word ("Photo by", "Images: by"), blanks aside. Only the
 * word's few characters are tested, not the text from its start: a paragraph of thousands of "by" stays linear.
 */
function isCredit(text: string, end: number): boolean {
	let last = end;
	while (last > 0 && /\s/.test(text[last - 1]!)) last--;
	// (and a curator's pick, which credits who chose the work, not who made it: `Picked by Lena:`, `Recommended by`)
	return /(?:photo|image|picture|posted|illustration|credit|picked|chosen|selected|recommended|suggested|nominated|图片)s?$/i
		.test(text.slice(Math.max(0, last - 13), last));
}

/**
 * A translator's credit abbreviated, as reading logs and catalogues write it (`(tr. Jennifer Croft)`, `trans. by`), and
 * as Finnish, Swedish, Danish and German ones do (`Suom. Kimmo Pietiläinen`, `övers.`, `overs.`, `übers.`).
 */
const TRANSLATED_ABBREVIATIONS = ['tr', 'trans', 'transl', 'trad', '[Ss]uom', '[Öö]vers', '[Oo]vers', '[Üü]bers'];
const TRANSLATED = new RegExp(`(^|[\\s(（,，;；])(?:${TRANSLATED_ABBREVIATIONS.join('|')})\\.(?:\\s+by)?\\s+(?=\\p{Lu})`, 'gu');
/** A translator's credit in the languages of the posts users read (`traduit par`, `übersetzt von`, `traducido por`). */
// (the language it was translated from may come between: `traduit de l'anglais par`, `traducido del inglés por`)
const TRANSLATED_IN = ['traduit par', "traduit de l['’]\\p{L}+ par", 'traduit du \\p{L}+ par', 'traduction de',
	'übersetzt von', 'aus dem [\\p{L}]+ von', 'traducido del? \\p{L}+ por', 'traducido por',
	'traducción de', 'tradução de', 'traduzido por', 'tradotto da', 'traduzione di', 'trad\\. di',
	'vertaald door', 'översatt av', 'oversat af', 'oversatt av', 'omsett av', 'traducció de', 'versió de',
	'tłumaczenie', 'переклала', 'переклав', 'переклад', 'перевела', 'перевёл', 'перевод',
	// (and in the Baltic and Finnic languages: `Inglise keelest tõlkinud X`, `suomentanut X`, `vertė X`)
	'tõlkinud', 'suomentanut', 'vertė', 'tulkojis', 'tulkojusi',
	// (and in Welsh and Irish: `Cyfieithiad gan X`, `aistrithe ag X`)
	'cyfieithiad gan', 'cyfieithwyd gan', 'aistrithe ag',
	// (and in Indonesian and Malay: `alih bahasa X`, `penerjemah X`, `diterjemahkan oleh X`)
	'alih bahasa', 'penerjemah', 'diterjemahkan oleh'];
const TRANSLATED_WORDS = new RegExp(`(^|[\\s(（,，;；])(?:${TRANSLATED_IN.join('|')})\\s+(?=\\p{Lu})`, 'giu');
/**
 * The same in the scripts with no capitals to tell a name by, before it (`با ترجمه‌ی Name`, with the translation of;
 * `ترجمه‌ی Name`): any word of those scripts after it.
 */
const TRANSLATED_UNCASED = ['(?:با|به) ترجمه[\\u200c ]?ی', 'ترجمه[\\u200c ]?ی', 'ترجمهٔ'];
const TRANSLATED_BEFORE = new RegExp(`(^|[\\s(،,;])(?:${TRANSLATED_UNCASED.join('|')})\\s+`
	+ '(?=[\\p{Script=Arabic}\\p{Script=Hebrew}])', 'gu');
/**
 * The word that credits a work's people right after its title, in the languages of the posts users read (`« L'Anomalie
 * » d'Hervé Le Tellier`, `„Tschick“ von Wolfgang Herrndorf`, `di Italo Calvino`, `por Gabriel García Márquez`), as
 * `by`: the readers then read one wording (Vietnamese `của`, of: `<a>Title</a> của Cal Newport`; Indonesian `oleh`, and
 * `karya`, the work of).
 * Only before a capital: `de` and `di` open a title's words as often.
 */
// (after the closing mark of a title quoted around its link: `„<a>Title</a>“ von X`)
// (Portuguese joins the article to `de` before a name, after a comma: `<b>Title</b>, do Name (House, 2017)`, `, da
// Name`; and writes it out in Spanish and Portuguese alike: `<em>Title</em>, escrito por A e B`)
// (Greek writes `από` and the article before the names: `<a>Title</a> από τους A, B και C`)
// (and Romanian `al lui`, `a lui`, of: `<b>Jurnalul fericirii</b> al lui N. Steinhardt`)
export const BY_PLAIN = ['von', 'van', 'de', 'di', 'por', 'par', 'door', 'av', 'af', 'przez', 'của', 'oleh', 'karya',
	'al? lui', 'escrit[oa]s? por', 'από (?:τους|τις|τον|την)'];
const BY_WORDS = new RegExp(`^(\\s*[“”»«]?\\s*[,，]?\\s*)(?:(?<=[,，]\\s*)d[oa]s?\\s+|(?:${BY_PLAIN.join('|')})\\s+|d['’])`
	+ '(?=\\p{Lu})', 'u');
/** Who teaches or gives a course or a talk, in a language of Europe (`tenuto da`, `impartido por`, `gehalten von`). */
const TAUGHT_BY = ['tenuto da', 'tenuta da', 'insegnato da', 'condotto da', 'impartido por', 'dictado por',
	'enseigné par', 'présenté par', 'animé par', 'gehalten von', 'ministrado por'];
const TAUGHT = new RegExp(`^(\\s*[,，]?\\s*)(?:${TAUGHT_BY.join('|')})\\s+(?=\\p{Lu})`, 'u');
/**
 * Who presents a show, in Spanish and Portuguese, anywhere in the clause after its title (`<a>Title</a> (NPR) —
 * presentado por X`, `podcast da Alura apresentado pelo X`): as `hosted by`, its hosts being its makers.
 */
// (and in Indonesian, `<a>Title</a> bersama X`, with X, as a show names its host)
const HOSTED_IN = ['presentad[oa] por', 'conducid[oa] por', 'apresentad[oa] por', 'apresentad[oa] pel[oa]', 'bersama',
	'dipandu oleh'];
const HOSTED = new RegExp(`(^|[\\s(（,，;；—–-])(?:${HOSTED_IN.join('|')})\\s+(?=\\p{Lu})`, 'gu');
/**
 * A show's appositive naming whose it is, in Spanish and Portuguese (`<a>Title</a>, el podcast de X`, `<em>Title</em>,
 * el podcast de psicología de A, B y C`, `, o podcast do X`), its topic maybe between: as `, by`, its makers.
 */
// (and in German, after a dash: `<a>Title</a> – der Podcast von A und B`)
// (and a channel's, as a list's line says whose it is: `Proko – a channel by X`, `Proko – kênh của X`)
const SHOWS = ['[Pp]odcast', 'programa', 'channel', 'YouTube channel', 'kênh', 'canal', 'chaîne', 'kanal'];
const SHOW_OF = new RegExp(String.raw`^(\s*[,，–—]\s*)(?:(?:el|la|o|a|an|the|un|una|um|uma|der|ein|une)\s+)?(?:video)?`
	+ String.raw`(?:${SHOWS.join('|')})\s+(?:de\s+\p{Ll}+\s+)?(?:d[eoa]|del|von|của|by|van)\s+(?=\p{Lu})`, 'u');
/**
 * Arabic's `ل` (for, of) joined to a name right after a title credits its author (`«Title» ليوسف زيدان`): as `by` when
 * two or three words follow it up to the clause's end, a name's length (a word opening with `ل` as often runs the
 * sentence on: `«Title» لكنها …`); the name's clause ends there (`ليوسف زيدان، وقد فازت`).
 */
const ARABIC_BY = /^(\s*)ل(\p{Script=Arabic}{2,}(?:\s+\p{Script=Arabic}{2,}){1,2})(?=\s*(?:[،,.:()؛]|$))/u;
/**
 * Hebrew's `של` (of) right after a title credits its maker (`<a>Title</a> של רן לוי – a note`): as `by` when two or
 * three words follow it up to the clause's end, a name's length (`של אנשים אפקטיביים במיוחד` runs a title on).
 */
const HEBREW_BY = /^(\s*)של\s+(\p{Script=Hebrew}[\p{Script=Hebrew}׳'-]+(?:\s+\p{Script=Hebrew}[\p{Script=Hebrew}׳'-]+){1,2})(?=\s*(?:[,.:()–—]|$))/u;
/** Who hosts or teaches a work, in Hebrew, right after its title (`, בהגשת A ו־B`, hosted by; `בהנחיית`, taught by). */
// (anywhere in the clause after it: `<a>Title</a> של X בקמפוס IL, בהנחיית פרופ׳ Y`)
const HEBREW_HOSTED = /(^|[\s,，])(?:בהגשת|בהנחיית|בהנחיה של)\s+(?=\p{Script=Hebrew})/gu;
/**
 * A talk's appositive after its quoted title, its kind and who gave it where, in French (`« <a>Title</a> »,
 * conférence de X à Devoxx France 2023`): as `, a talk by X at Devoxx France 2023`.
 */
// (and in Spanish and Portuguese: `<b>Title</b>, la charla de X en CUSEC 2012`, `, a palestra do X na QCon 2019`)
const TALK_WORDS = ['conférence', 'présentation', 'intervention', 'keynote', '(?:la\\s+)?(?:charla|conferencia|ponencia)',
	'(?:a\\s+)?palestra'];
const GIVEN_BY = new RegExp(`^(\\s*[»”"]?\\s*,\\s*)(?:${TALK_WORDS.join('|')})\\s+(?:d[eoa]\\s+|d['’])(?=\\p{Lu})`
	+ `([^.;!?()]{2,60}?)\\s(?:à|en|em|n[oa])\\s(?=\\p{Lu})`, 'u');
/** A full name as a credit writes it: two to four capitalised words, initials among them (`Allen B. Downey`). */
const CREDITED_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
/** What closes a credit as a book's: a bracket with its year, or an imprint sentence (`. House, 2015`). */
const CREDIT_CLOSE = String.raw`(?:\s*,\s*[^()]{2,60}?)?\s*[(（][^()（）]{0,60}?\b(?:19|20)\d{2}[)）]`
	+ String.raw`|\.\s+\p{Lu}[^.;()]{1,40},\s*(?:19|20)\d{2}\b`
	// (or a sentence of the edition's imprint, its year bracketed: `. Edisi Indonesia terbitan X (2021).`)
	+ String.raw`|\.\s+\p{Lu}[^.;()]{1,60}[(（](?:19|20)\d{2}[)）]`;
/** English's own small words: before a name they say something else than who made the work (`with`, `and`). */
const NOT_BY = ['and', 'or', 'with', 'from', 'for', 'in', 'on', 'at', 'to', 'of', 'the', 'via', 'like', 'as', 'than'];
/**
 * A short word of a language with no list here, between a title and a full name that a dated bracket or an imprint
 * closes (`<b>Fluent Python</b> nga Luciano Ramalho. O’Reilly, 2022`; `Le Tomás Ó Criomhthain (1929)`, a paragraph
 * opening under its heading): a book's facts after a name say the name is its maker, so the word is `by`.
 */
const UNKNOWN_BY = new RegExp(String.raw`^(\s*[,，]?\s*)(?!(?:${NOT_BY.map(w => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
	.join('|')})\s)\p{Ll}{2,5}\s+(?=${CREDITED_NAME}(?:${CREDIT_CLOSE}))`, 'u');
/** A paragraph opening with its work's people, closed so, whatever the word before them (`Le X (1929). A comment`). */
// (its people maybe several, joined as the languages of Europe join them: `von A und B (House, 2021)`)
const CREDIT_OPENING = new RegExp(String.raw`^\s*by\s+${CREDITED_NAME}(?:(?:\s*,\s*|\s+(?:and|und|et|y|e|dan|&)\s+)`
	+ String.raw`${CREDITED_NAME})*(?:${CREDIT_CLOSE})`, 'u');
/** The longer words for `by` that open a sentence, capitalised, and are no given name (not `Van`, `Von`). */
const OPENING_BY = ['oleh', 'karya', 'par', 'por', 'door', 'przez'];
// (a paragraph's first word is capitalised: as a short one, not a given name's first part, `Ian M. Banks (1987)`; or
// as a word for `by`, `Oleh X (2021)`)
const CAPITAL_BY = new RegExp(String.raw`^(\s*)(\p{Lu})(?=(?:\p{Ll}{1,2}|${OPENING_BY.map(w => w.slice(1)).join('|')})`
	+ String.raw`\s+(?!\p{Lu}\.))`, 'u');
export const creditOpening = (text: string) => CREDIT_OPENING.exec(inEnglish(text.slice(0, 200)
	.replace(CAPITAL_BY, (_, space: string, c: string) => space + c.toLowerCase())))?.[0];
export const inEnglish = (after: string) => after.replace(GREEK_OF, (_, lead: string, article: string, name: string) =>
	`${lead}by ${name.split(/\s+/).map(article === 'της' ? greekFeminine : greekNominative).join(' ')}`)
	.replace(GIVEN_BY, '$1a talk by $2 at ')
	.replace(BY_WORDS, '$1by ').replace(TAUGHT, '$1taught by ').replace(HOSTED, '$1hosted by ')
	.replace(SHOW_OF, '$1by ')
	.replace(ARABIC_BY, '$1by $2.').replace(HEBREW_BY, '$1by $2.').replace(HEBREW_HOSTED, '$1by ')
	.replace(UNKNOWN_BY, '$1by ');

const EMOJI = /\p{Extended_Pictographic}\u{FE0F}?/gu;

/** People and roles mentioned in a stretch of text around one work. */
/**
 * An academic title before a full name is no part of it (`oleh Dr. Hafiz Rahman`, `by Prof. Anna Lee`); before one
 * word it is a pen name's (`Dr. Seuss`).
 */
const ACADEMIC = /(?<![\p{L}.])(?:Dr|Dra|Prof|Profa)\.\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;

export function parsePeople(raw: string): People {
	// (emoji are decoration, as a label's icon: `✍️作者：余华`)
	const text = raw.replace(EMOJI, ' ').replace(ACADEMIC, '').replace(TRANSLATED, '$1translated by ')
		.replace(TRANSLATED_WORDS, '$1translated by ').replace(TRANSLATED_BEFORE, '$1translated by ');
	const people: People = {authors: [], contributors: []};
	// Sets beside the lists: a paragraph may name thousands of people
	const seen = new Set<string>();
	const add = (names: string[], role: string) => {
		for (const name of names) {
			if (seen.has(`${role}:${name}`)) continue;
			seen.add(`${role}:${name}`);
			if (role === 'author') people.authors.push(name);
			else people.contributors.push({name, role});
		}
	};
	for (const m of text.matchAll(PREFIX)) {
		if (!m[1] && isCredit(text, m.index + 1)) continue;
		const label = (m[1] ?? m[3] ?? 'by').toLowerCase();
		add(m[2] ? splitNames(m[2], false, true) : splitNames(m[4] ?? '', true), ROLE_OF[label] ?? 'author');
	}
	// Linear on purpose: a lazy "(names)+?marker" regex is quadratic on long paragraphs
	let from = 0;
	for (const m of text.matchAll(POSTFIX)) {
		const chunk = text.slice(from, m.index);
		const breaks = [...chunk.matchAll(CLAUSE_BREAK)];
		const last = breaks.pop();
		const role = ROLE_OF[m[1]!]!;
		// (a role written after them is a label: a team or a laboratory is fine too, `浙江大学SEL实验室 著`, `X团队 译`)
		const clause = chunk.slice(last ? last.index + last[0].length : 0);
		const names = splitNames(clause);
		const sentence = clause.trim().length > 16 || /[我你他她这那的]/u.test(clause);
		add(names.length || sentence ? names : splitNames(clause, false, true), role);
		// In a catalogue line (`[美] A / B 译 / 出版社 / 2016`) the unlabelled names in the field before the translator's
		// are the work's authors.
		if (role === 'translator' && last?.[0].length === 3 && !people.authors.length) {
			const field = breaks.pop();
			add(splitNames(chunk.slice(field ? field.index + field[0].length : 0, last.index)), 'author');
		}
		// (and a field of full names before the authors' own, parted by a spaced slash, is theirs too: Latin names have
		// no 、 to part them, `W. Richard Stevens / Stephen A. Rago 著`, though a slash parts a catalogue's fields)
		if (role === 'author' && names.length && /[/／]/.test(last?.[0] ?? '')) {
			const field = breaks.pop();
			const before = chunk.slice(field ? field.index + field[0].length : 0, last!.index).trim();
			const co = /^[\p{Lu}][\p{L}.'’ -]+$/u.test(before) ? splitNames(before) : [];
			if (co.length && co.every(name => name.includes(' '))) {
				people.authors.splice(people.authors.length - names.length, 0, ...co.filter(n => !seen.has(`author:${n}`)));
			}
		}
		from = m.index + m[0].length;
	}
	// (or by honorific, or a handle's real name: han-credits.ts)
	const credited = people.authors.length ? undefined : hanCredit(text);
	if (credited) add([credited], 'author');
	return people;
}

/**
 * Greek's genitive article right after a title, then its author's full name in the genitive (`<em>Title</em> της Ελένης
 * Καραγιάννη`, `του Νίκου Αβούρη`): whose it is, the name read back in the nominative, a woman's after `της`.
 */
const GREEK_OF = /^(\s*[,，]?\s*)(του|της)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})(?!\p{L})/u;
/** A woman's name's word read back from the genitive (`Ελένης` -> `Ελένη`, `Μαρίας` -> `Μαρία`); her surname as is. */
const greekFeminine = (word: string) => word.replace(/([ηαή])ς$/u, '$1');
/** A Greek name's word read back from the genitive (`Νίκου` -> `Νίκος`, `Αβούρη` -> `Αβούρης`); a Latin one as is. */
export const greekNominative = (word: string) => (/\p{Script=Greek}/u.test(word)
	? word.replace(/ου$/u, 'ος').replace(/([ηήαά])$/u, '$1ς') : word);
