/*
 * A sentence naming one work and saying its writer did not get on with it (`X by Y is what my uni used and I bounced
 * off it hard`, `X? I gave up on it halfway`, `X – ich habe es abgebrochen`): a reply naming what not to read, no
 * recommendation. Only with the work as the phrase's pronoun: `I bounced off A, and B clicked` recommends B, and a
 * reading log's `(did not finish)` still logs the book.
 */

/** The phrases of a reader who gave up on a work, in the languages of the posts users read, before its pronoun. */
const GAVE_UP = ['bounced off', 'gave up on', "couldn't finish", 'could not finish', "couldn't get through",
	"didn't finish", "wouldn't recommend", 'would not recommend', "don't recommend", 'do not recommend'];
const PRONOUNS = ['it', 'this one', 'that one', 'this book', 'that book', 'the book'];
/** (and with the pronoun first, as German, Spanish and French put it: `habe es abgebrochen`, `no lo recomiendo`) */
const PRONOUN_FIRST = ['(?:habe|hab) (?:es|ihn|sie) abgebrochen', 'no (?:lo|la) recomiendo', 'je ne le recommande pas',
	// (and as Korean says a book is none to read, its sentence's verb last: `입문자가 읽을 책은 아니다`)
	'(?:읽을|볼) 책(?:은|이) 아니\\p{L}*',
	// (and as Russian says one did not get on with it, no pronoun needed: `мне не зашла совсем`, `не понравилась`)
	'мне не (?:зашл[аио]|зашёл|понравил(?:ся|ась|ось))', 'не рекомендую'];
/**
 * (and Japanese, its verb last and no space around its words: `最初の一冊にはおすすめしません`, `半分で挫折しました`
 * (gave up halfway), `級位者には非推奨` (not recommended for beginners); and Chinese, a lead-in naming the works not
 * to read first: `我不建议新手先读的：《A》和《B》`)
 */
const UNSPACED = ['(?:おすすめ|お勧め|オススメ)(?:しません|できません)', '挫折し(?:ました|た)', '非推奨',
	'不(?:建议|推荐)[^，,。；]{0,8}[读看]的?[：:]'];
const DISLIKED = new RegExp(`(?:^|[^\\p{L}])(?:(?:${GAVE_UP.map(p => p.replace(/'/g, "['’]")).join('|')})\\s+`
	+ `(?:${PRONOUNS.join('|')})|${PRONOUN_FIRST.join('|')})(?![\\p{L}])|${UNSPACED.join('|')}`, 'iu');

/**
 * True when a work's own sentence (`context`) says its writer gave up on it, by a pronoun or by its title (`I gave up
 * on <em>Orbital</em> by Samantha Harvey around page 60`, read as `gave up on it`).
 */
export const disliked = (sentence: string | undefined, title = '') => !!sentence && sentence.length < 240
	&& DISLIKED.test(title ? sentence.replace(title, 'it') : sentence);
