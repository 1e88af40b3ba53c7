/** Small text helpers for the harvester (kept here so the content script bundle stays self-contained). */

/** A Han (CJK ideograph) character class fragment, for building regexes. */
export const HAN = '\\p{Script=Han}';

/**
 * A first name joined to a full name shares its surname (`Remzi & Andrea Arpaci-Dusseau`, `by Remzi and Andrea
 * Arpaci-Dusseau, free online`; `trad. Françoise et Paul X`): each written out whole, where the names end the text or a
 * comma follows.
 */
export const sharedSurname = (names: string) => names.replace(
	/^(\p{Lu}\p{Ll}+)\s+(&|and|et|und|y|e|dan)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,;]|$))/u, '$1 $4 $2 $3 $4');

/** A year from 1500 to 2099, for building regexes (a work's year, not a count or a page number). */
export const YEAR = String.raw`(?:1[5-9]|20)\d{2}`;
/** The digits of scripts with their own (Bengali, Devanagari), for a character class: `১৯৯৬`, `१९९६`. */
export const NATIVE_DIGITS = String.raw`\u09E6-\u09EF\u0966-\u096F`;
/** Such a year alone, as a field or a cell gives it. */
export const YEAR_ALONE = new RegExp(`^${YEAR}$`);
/** Such a year as a word of its own in a longer text (`March 2017`, `2017-03-01`). */
export const YEAR_WORD = new RegExp(String.raw`\b${YEAR}\b`);

/** An event named in up to three capitalised words and the year it was held (`Strange Loop 2011`, `OOP 2023`). */
export const EVENT_YEAR = String.raw`(?:\p{Lu}[\p{L}/.&-]*\s+){1,3}((?:19|20)\d{2})\b`;

// (a list's number in any script's digits: Arabic posts number their headings `١.`, `٢.`)
/** Regex source: a digit in a keycap, as posts number their lines with emoji (`3️⃣ Title`). */
export const KEYCAP = String.raw`\d\u{FE0F}?\u{20E3}`;
// (or with a hyphen before a space, as Turkish posts number theirs: `3- Title`; or in a keycap)
const NUMBERING = new RegExp(String.raw`^\s*(?:${KEYCAP}|[-*•·▪◦‣>➤►▶→✓✔☐☑✅]+|[[(]\*+[\])]|\[\d{1,3}\]|［\d{1,3}］|\(?\p{Nd}{1,3}[.)、．:](?!\d)|#\d{1,3}[.:]?|第[一二三四五六七八九十\d]{1,3}[本个部门名]?[:：、.]?|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳]|\d{1,3}\/(?:\d{1,3})?(?=\s)|\p{Nd}{1,3}-(?=\s))\s*`, 'u');

/** Collapses whitespace and trims. */
// (zero-width spaces are no text: an editor closes each block with one, as Feishu's documents do)
export const squash = (text: string) => text.replace(/[\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Drops list numbering and bullets ("1. ", "[2]", "#3", "第一本：", a reading list's optional "(*)") from the start of
 * a line.
 */
export const stripNumbering = (text: string) => text.replace(PICTOGRAPHS, '').replace(NUMBERING, '');

/** Emoji opening a line or a heading (`📘 1. Title`, `✍️作者：`): decoration before the numbering, never the title's. */
const PICTOGRAPHS =
	/^\s*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{FE0F}\u{200D}\p{Extended_Pictographic}]*\s*)+/u;

const WRAPPERS = /^[\s"'“”‘’„‚«»״「」『』《》〈〉【】[\]*_:：,，;；.。\-–—|]+|[\s"'“”‘’„‚«»״「」『』《》〈〉【】[\]*_:：,，;；\-–—|(（]+$/g;

/**
 * An edition or a volume note in brackets closing a title (`(2nd edition)`, `(3rd ed.)`, `（第2版）`, `(20주년 기념판)`,
 * `(1, 2권)`, `(vols. 1–2)`, `（上下册）`), or Korean's edition after a space (`리팩터링 2판`, `개정판`).
 */
export const EDITION = new RegExp(String.raw`\s*[(（](?:[^()（）]*(?:版|판|\bedition|\bed\.)(?:\s+\p{L}+)?|[\d,\s]+권`
	+ String.raw`|vols?\.\s*[\d,\s–-]+|上下册)[)）]$|\s+(?:\d+|개정)판$`, 'iu');

/**
 * A writer's abbreviated edition note after the title's comma (`SQL Injection Attacks and Defense, 2nd ed.`); a
 * title's own edition is written out, as covers and shops write it (`Programming Rust, 2nd Edition`).
 */
const EDITION_AFTER = /\s*,\s*\d+(?:st|nd|rd|th)\s+ed\.$/u;

/** A reading log's rating after a title (`★★★★☆`, `⭐⭐⭐ (3/5)`): the reader's, not the title's. */
const RATING = /\s*[★☆⭐✩✭]+(?:\s*[(（]?\d(?:\.\d)?\s*\/\s*(?:5|10)[)）]?)?\s*$/u;

/** A series and the work's number in it, as reading sites close a title (`(The Expanse, #1)`, `(Discworld #3)`). */
const SERIES = /\s*[(（][^()（）]*#\d+(?:\.\d+)?[)）]$/u;

/** Words English title case leaves in lowercase. */
const TITLE_CASE_SMALL = ['of', 'the', 'and', 'in', 'on', 'a', 'an', 'for', 'to', 'with'];
const TITLE_WORD = `(?:[A-Z\\d][\\w'’:,-]*|${TITLE_CASE_SMALL.join('|')})`;
const ENGLISH_TITLE = new RegExp(`^\\s*[A-Z]\\S*(?:\\s+${TITLE_WORD}){1,8}\\s*$`);
/**
 * A translation's title followed by its original's in brackets (`Lập trình viên thực dụng (The Pragmatic Programmer)`,
 * `Дизайн привычных вещей (The Design of Everyday Things)`): the original in English title case, the translation in
 * letters English does not write; the title is the one the post gives first.
 */
function withoutOriginal(title: string): string {
	if (!/[)）]$/.test(title)) return title;
	const open = Math.max(title.lastIndexOf('('), title.lastIndexOf('（'));
	const before = title.slice(0, open);
	return open > 0 && /(?![A-Za-z])\p{L}/u.test(before) && ENGLISH_TITLE.test(title.slice(open + 1, -1))
		? before.trimEnd() : title;
}

/** A title in corner or double angle brackets, then a note in brackets. */
const CORNERED = /^[『《]([^『』《》]{1,120})[』》]\s*[(（][^()（）]{1,40}[)）]$/u;

/** Closing brackets a title may end on, each with its opening one. */
const PAIRS: Record<string, string> = {'】': '【', '」': '「', '』': '『', '》': '《', '〉': '〈', ']': '['};
const count = (text: string, char: string) => text.split(char).length - 1;

/** A title as a reader would write it: no numbering, quotes, brackets, series or trailing separators; capped. */
export function cleanTitle(raw: string): string {
	const bare = squash(stripNumbering(squash(raw))).replace(RATING, '').replace(SERIES, '');
	// (a title in corner brackets with a note in brackets after them is what the corner brackets hold: `『統計』（基礎Ⅰ）`)
	const cornered = CORNERED.exec(bare)?.[1];
	let title = (cornered ?? withoutOriginal(bare)).replace(WRAPPERS, '').replace(EDITION_AFTER, '');
	// (a bracket closing one the title opened is the title's: `…の基礎知識【増補改訂版】`)
	const close = bare.at(-1) ?? '';
	if (PAIRS[close] && !title.endsWith(close) && count(title, PAIRS[close]!) > count(title, close)) title += close;
	// (and one opening a bracket the title closes, `【新标日初级上册】全48课精讲`, as video titles open on their series)
	const open = bare[0] ?? '', shut = Object.keys(PAIRS).find(k => PAIRS[k] === open);
	if (shut && !title.startsWith(open) && count(title, shut) > count(title, open)) title = open + title;
	if (title.length > 200) title = `${title.slice(0, 199)}…`;
	return title;
}

/** Lowercase, no spaces or punctuation: how two mentions of one title are compared. */
export const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Link texts that name an action or a site rather than the work itself. */
const GENERIC = /^(?:here|link|this|this one|source|website|site|official site|homepage|home ?page|read more|more|details|buy|buy (?:it|now|here)|get it|amazon|goodreads|douban|博客來|博客来|github|gitlab|repo|pdf|epub|kindle|paperback|hardcover|e-?book|online|free|video|slides|audible|豆瓣|京东|当当|购买|链接|地址|这里|点此|点击|点击这里|传送门|官网|原文|下载|在线阅读|立即订阅|订阅|立即购买|立即学习|加入购物车|试读|免费试看|试看|subscribe|enroll(?: now)?|enrol(?: now)?|add to cart|https?:\/\/\S*|www\.\S*|\d+|\[\d+\])(?: here)?$/i;

/** A store and what to do there (`京东购买`, `去当当看看`, `豆瓣页面`): where to get the work, not its title. */
const STORES = ['京东', '当当', '亚马逊', '淘宝', '天猫', '豆瓣', '微信读书', '多看', 'Kindle'];
const STORE_ACTION = new RegExp(`^(?:在|去|到)?(?:${STORES.join('|')})\\s*(?:购买|下单|链接|地址|页面|看看|评分)$`, 'i');

/**
 * Where to get the work, said with a preposition the sentence runs on from, lowercase (`– bei Thalia`, `on Amazon`,
 * `chez Decitre`), or a store and what to do there in Korean or Japanese (`교보문고에서 보기`, `Amazonで見る`); a
 * title opening with a preposition is capitalised (`On Writing`).
 */
/** Verbs telling to see or get the work somewhere, opening a button (`Vedi su Amazon`, `Cek Harga di Gramedia`). */
const GET_VERBS = ['vedi', 'guarda', 'compra', 'acquista', 'leggi', 'scopri', 'ver', 'comprar', 'leer', 'voir',
	'acheter', 'lire', 'bekijk', 'koop', 'zobacz', 'kup', 'sprawdź cenę', 'sprawdź',
	// (and in Indonesian: `Cek Harga di Gramedia`, check the price at; `Beli di Tokopedia`, buy at)
	// (its noun capitalised as buttons write it)
	'cek harga', 'cek Harga', 'cek', 'beli', 'lihat',
	// (and the noun a button names the store's page with: `Link na Amazon`, `Link bei Thalia`, `Link on Amazon`)
	'link'];
const PLACES = ['at', 'on', 'from', 'via', 'bei', 'auf', 'chez', 'sur', 'en', 'su', 'op', 'na', 'w', 'di'];
const GET = GET_VERBS.map(verb => `[${verb[0]}${verb[0]!.toUpperCase()}]${verb.slice(1)}`).join('|');
/** And in Hindi, the store first, then `on` or `from` and the verb (`👉 Amazon पर खरीदें`, `Flipkart से देखें`). */
const HINDI_GET = ['खरीदें', 'ख़रीदें', 'देखें', 'पढ़ें', 'ऑर्डर करें'];
const WHERE = new RegExp(`^(?:(?:(?:${GET}) )?(?:${PLACES.join('|')}) [\\p{Lu}\\d][\\p{L}\\d.'’&-]*(?: [\\p{Lu}\\d][\\p{L}\\d.'’&-]*){0,2}`
	+ '|\\S+(?:에서 (?:보기|구매|구입|사기)|で(?:見る|購入|買う|読む))'
	// (Bengali's store in the locative, then `see` or `buy`: `রকমারিতে দেখুন`)
	+ '|\\S+(?:তে|ে|য়|য়) (?:দেখুন|কিনুন)'
	+ `|(?:\\p{Extended_Pictographic}\\s*)?\\S+ (?:पर|से) (?:${HINDI_GET.join('|')}))$`, 'u');

/** A shop's button, `Buy`, in the languages of Europe (`Pirkt`, `Kaufen`, `Köp`, `Купить`). */
const BUY_WORDS = ['pirkt', 'pirkti', 'osta', 'ostaa', 'kúpiť', 'koupit', 'kupi', 'kupić', 'купить', 'купи', 'купувај',
	'satın al', 'comprar', 'acheter', 'kaufen', 'jetzt kaufen', 'köp', 'kjøp', 'køb', 'kopen', 'compra', 'acquista',
	'prynu', 'ceannaigh'];
const BUY = new RegExp(`^(?:${BUY_WORDS.join('|')})(?: (?:now|jetzt|nu|agora|ahora|maintenant|ora))?$`, 'iu');

/** A link's text saying only at which store to get the work (`교보문고에서 보기`, `Vedi su Amazon`, `京东购买`). */
export const isStoreButton = (text: string) => {
	const t = squash(text).replace(/[[\]()（）【】:：.!！>»→]+/g, ' ').trim();
	return STORE_ACTION.test(t) || WHERE.test(t) || BUY.test(t);
};

/**
 * A link asking the reader to click it, the verb last as Turkish puts it or first as most languages do (`Kursa gitmek
 * için tıklayın`, `Click here to enrol`): where the work is, never its title.
 */
const CLICK_LAST = ['tıklayın', 'tıkla', 'tıklayınız'];
const CLICK_FIRST = ['click', 'kliknij', 'clique', 'haz clic', 'klicken sie'];
const CLICK = new RegExp(`(?:^|\\s)(?:${CLICK_LAST.join('|')})$|^(?:${CLICK_FIRST.join('|')})(?:\\s|$)`, 'iu');

/**
 * A link's lowercase words saying where, not what, closed by `here` in the languages of the posts (`playlist completa
 * aqui`, `the slides here`, `le replay ici`): a title opens with a capital.
 */
const HERE_WORDS = ['here', 'aqui', 'aquí', 'ici', 'hier', 'qui', 'tutaj', 'здесь', 'тут'];
const POINTER = new RegExp(`^\\p{Ll}[^.!?]{0,40}\\s(?:${HERE_WORDS.join('|')})$`, 'u');

/** True when a link's text cannot serve as the work's title. */
export function isGenericText(text: string): boolean {
	if (/^\s*(?:https?:\/\/|www\.)\S*\s*$/i.test(text)) return true;
	const t = squash(text).replace(/[[\]()（）【】:：.!！>»→]+/g, ' ').trim();
	return t.length < 2 || GENERIC.test(t) || BUY.test(t) || /^(?:buy|get|see|view|read|order|check|watch|listen|stream|download)\b.{0,20}\b(?:on|at|from)\b/i.test(t)
		|| STORE_ACTION.test(t) || WHERE.test(t) || OWN_SITE.test(t) || CLICK.test(t) || POINTER.test(t);
}

/** A work's own site named as its (`the book's site`, `the course website`, `its homepage`): where it is, no title. */
const OWN_SITE = /^(?:the|its|their)\s+(?:(?:book|course|paper|author|authors|show|podcast)(?:['’]s?)?\s+)?(?:site|website|web ?page|homepage)$/i;

/**
 * A sender asking the reader to do something (`please book a seat`, `Add us to your address book`, `sign up here`), as
 * newsletters link their events and contact cards: a request, lowercase `please` mid-sentence, no title, nor where
 * to get the work its sentence names.
 */
// (and a meeting booked, as faculty pages and consultants link their calendars: `book a slot`, `schedule a call`,
// `Termin buchen`, `reservar una cita`)
const MEETINGS = ['slot', 'time', 'meeting', 'appointment', 'call', 'chat', 'session', 'consultation'];
const BOOKINGS = [`(?:book|schedule|reserve|make) (?:a|an|your|some) (?:${MEETINGS.join('|')})s?\\b`,
	'termin (?:buchen|vereinbaren)', '(?:reserva|agenda|pide)r? una? (?:cita|reunión|llamada)'];
const BOOKING = new RegExp(`^(?:${BOOKINGS.join('|')})`, 'iu');
const REQUEST = /^(?:please\s|(?:[Aa]dd|[Ss]ave) (?:us|me)\b|(?:[Ss]ign up|[Rr]egister|RSVP|[Ss]ubscribe)\b(?! to\s+\p{Lu}))/u;
export const isRequest = (text: string) => REQUEST.test(squash(text)) || BOOKING.test(squash(text));

const STOP = /[。！？!?；;\n]/;
/**
 * True when the character at `at` ends a sentence: a stop, or a full stop before a space that closes no initial
 * (`Robert C. Martin`).
 */
const endsAt = (text: string, at: number) => STOP.test(text[at]!) || (text[at] === '.' && /\s/.test(text[at + 1] ?? '')
	&& !/(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at)));

/** The sentence of `text` that holds the span [start, end), capped at 300 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
	// The scan stops at the cap too: a paragraph of thousands of works with no full stop is read once, not once per
	// work
	const floor = Math.max(0, start - 300);
	const ceiling = Math.min(text.length, end + 300);
	let from = start;
	while (from > floor && !endsAt(text, from - 1)) from--;
	let to = end;
	while (to < ceiling && !endsAt(text, to)) to++;
	if (to < text.length) to++;
	const sentence = squash(text.slice(Math.max(from, start - 300), Math.min(to, end + 300)));
	return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
}

/** Words a title may hold in lower case between its capitalised ones (`The Art of Computer Programming`). */
const SMALL = ['a', 'an', 'the', 'and', 'of', 'in', 'on', 'to', 'for', 'with', 'from', 'at', 'or', 'vs\\.?', '&'];
/** An address written out as a link's text (`https://interpreterbook.com/`, `d2l.ai`), its host captured. */
export const WRITTEN_ADDRESS = /^(?:https?:\/\/)?((?:[\w-]+\.)+[a-z]{2,})(?:[/?#]\S*)?$/i;

/** A capitalised word of a title, maybe closing its first part with a colon (`Computer Systems: A Programmer's …`). */
const WORD = String.raw`[\p{Lu}\d][\p{L}\d'’.-]*:?`;
/** Regex source: a run of title-case words, small words only between them. */
export const TITLE_RUN = String.raw`${WORD}(?:\s+(?:(?:${SMALL.join('|')})\s+)*${WORD})*`;
