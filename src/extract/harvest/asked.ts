import type {Kind} from '../../core/types.ts';
import {each} from '../dom.ts';
import type {Context} from './item.ts';
import {askedKinds} from './kind.ts';
import {squash} from './text.ts';

/**
 * A heading that asks (`…?`, `Ask HN:`, `Looking for…`, `求推荐`), as a thread's question or an FAQ post is headed; or
 * a title naming a site of questions after its own (`Nonfiction for a curious 14-year-old - Ask MetaFilter`).
 */
// (the word for recommendations in the languages posts ask in: `kaynak önerisi`, `tavsiye`, `Empfehlungen`,
// `recomendações`, `consigli`, `poleć`, Czech `doporučte`, Slovak `odporúčte`; Korean asks for them, `추천 부탁드려요`,
// `추천해 주세요`, `추천 좀`, where `추천 도서` alone heads a list)
const KOREAN_ASKS = ['부탁', '해\\s*주', '좀', '바랍'];
const ASKING = new RegExp(String.raw`[?？]|^ask\b|\s[-–|]\s+ask\b|\blooking for\b|\brecommend|\bsuggestions?\b|求|推荐`
	+ String.raw`|(?<!\p{L})(?:öneri|tavsiye|empfehlung|recomenda[çc]|recomendaci|consigli|poleć|polecicie|doporuč|odporúč)`
	+ `|추천\\s*(?:${KOREAN_ASKS.join('|')})`, 'iu');
/** What a question asks for when it asks for works of no one kind (`What resources taught you…?`, `kaynak önerisi`). */
const WORKS_WANTED = /\b(?:resources|materials|readings?|reads|kaynak(?:lar)?)\b|资料|资源/i;

/**
 * The context of an answer's work: its kind, where its own words say none, is the kind asked for; a book, most often,
 * where the question asks for works of several kinds or none.
 */
export const answering = (ctx: Context): Context =>
	(ctx.asked ? {...ctx, answers: ctx.asked === 'work' ? 'book' : ctx.asked} : ctx);

/**
 * The works a page's question asks for (`What book changed how you write software?`, `Looking for courses + books`):
 * its answers then name them in passing, a title linked or set apart in a sentence with no word saying it is a work.
 * The kind asked for, when the question names one; `work` when it names several or none.
 */
export function askedFor(doc: Document, question = questionOf(doc)): Kind | 'work' | undefined {
	if (!question) return undefined;
	const kinds = askedKinds(question.text);
	if (kinds.length) return kinds.length === 1 ? kinds[0] : 'work';
	return question.qa || WORKS_WANTED.test(question.text) ? 'work' : undefined;
}

/** The question a page asks, whatever it asks for; `qa` when its data says it is a question's page. */
export function questionOf(doc: Document): {text: string; qa: boolean} | undefined {
	// (a forum's heading may be its board's name, the question only in the head's title: `What's the best…? : r/books`)
	const titles = [doc.getElementsByTagName('h1')[0]?.textContent ?? '', doc.title].map(squash);
	// (or a page of questions and answers says so in its data, its question maybe no question in form: `日本史を学び直し
	// たいです。`, `Welche Bücher für den Einstieg?`)
	const qa = questionPage(doc);
	const text = titles.find(title => ASKING.test(title)) ?? (qa ? titles.join(' ') : undefined);
	return text === undefined ? undefined : {text, qa};
}

/** True when the page's structured data calls it a question's page (schema.org `QAPage`, in JSON-LD or microdata). */
function questionPage(doc: Document): boolean {
	for (const script of each(doc.getElementsByTagName('script'))) {
		if (script.getAttribute('type') !== 'application/ld+json') continue;
		if (/"@type"\s*:\s*\[?\s*"QAPage"/.test((script.textContent ?? '').slice(0, 2000))) return true;
	}
	return /schema\.org\/QAPage\b/.test(doc.body?.getAttribute('itemtype') ?? '');
}
