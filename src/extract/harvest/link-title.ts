/** The title of a link whose own text names no work (`here`, `Amazon`, a bare address). */
import {NAME_PAIR} from './names.ts';
import {countUpTo, type LinkSpan, type Segment, type Span} from './segments.ts';
import {cleanTitle} from './text.ts';


/** The last emphasis inside [from, to). Marks close in order (ends ascending) and nest, so few are looked at. */
function lastMark(marks: Span[], from: number, to: number): Span | undefined {
	for (let i = countUpTo(marks, to, m => m.end) - 1; i >= 0 && marks[i]!.end >= from; i--) {
		if (marks[i]!.start >= from) return marks[i];
	}
	return undefined;
}

/** The people a work is made with, named right after its title (`CoRecursive with Adam Gordon Bell`). */
export const WITH_NAMES = new RegExp(`\\s+with\\s+(${NAME_PAIR})\\s*$`, 'u');

/** A segment's 《quoted titles》, found once for all its links (a search per link rescans the paragraph). */
export type Quotes = () => RegExpExecArray[];

/** A title in brackets or quotes on the line right under a link, a few words maybe before it. */
const UNDER_ADDRESS = /^[ \t]*\n[^\n[\]「」"“”]{0,30}[[「"“]([^\]」"”\n]{2,80})[\]」"”]/u;

/** Hands and arrows pointing at what follows, closing the words before a link. */
const POINTING = /\s*(?:👉|👇|➡️?|→|⬇️?)\s*$/u;
/** `by` and full names closing the words before a link, an aside in brackets maybe after them. */
const BY_NAMES = new RegExp(`\\s+by\\s+(?:Prof\\.\\s+|Dr\\.\\s+)?${NAME_PAIR}\\s*(?:[(（][^()（）]*[)）])?\\s*$`, 'u');

/** What the work is, after a spaced dash closing its title (`– GitHub repo`, `– free book`, `– YouTube playlist`). */
const KIND_TAIL = /\s+[-–—]\s+(?:(?:a|the|free|GitHub|YouTube|online)\s+){0,2}(?:repo|repository|playlist|channel|course|book|podcast|series)$/iu;

/** A title for a link whose own text is "here" / "Amazon" / a bare URL. */
export function fallbackTitle(seg: Segment, link: LinkSpan, from: number, quotes: Quotes): string {
	const mark = lastMark(seg.marks, from, link.start);
	// (its title in title marks or quotation marks when the marked line says more: `<b>4. 『Title』Name（House）</b>`)
	const marked = mark && seg.text.slice(mark.start, mark.end);
	if (marked) return cleanTitle(/[『《«“]([^』》»”]{2,100})[』》»”]/.exec(marked)?.[1] ?? marked);
	const quoted = quotes()[countUpTo(quotes(), from - 1, m => m.index)];
	if (quoted) return cleanTitle(quoted[1]!);
	// (a hand pointing at the link says "here it is", as a colon does: `Title by Name 👉 https://…`)
	const before = seg.text.slice(from, link.start).replace(POINTING, ': ');
	// A capitalised title in quotes closing the words before it, maybe its year after (`"Hints for Computer System
	// Design" (1983), <a>pdf here</a>`): the link is where to read it
	const closing = /["“](\p{Lu}[^"“”]{1,100})["”]\s*(?:[(（](?:19|20)\d{2}[)）])?\s*[,，]?\s*$/u.exec(before)?.[1];
	if (closing) return cleanTitle(closing);
	// (or in brackets after them, its title quoted there: `Name's talk "Title" from OSFC 2021 (<a>video</a>)`)
	const bracketed = /[(（]\s*$/.test(before);
	const address = /^\s*https?:|^www\./.test(link.text);
	// (an address alone on its line, its title in brackets or quotes on the line under it: `<a>https://…</a><br>Name
	// [Title] 재생목록임`)
	const under = address ? UNDER_ADDRESS.exec(seg.text.slice(link.end, link.end + 120))?.[1] : undefined;
	if (under) return cleanTitle(under);
	if (address || /[:：\-–—]\s*$/.test(before) || bracketed) {
		// A title in quotes in the words before (`Rich Hickey's "Simple Made Easy" talk: https://…`), or in the 【】
		// Chinese posts set a video's or a course's name in (`【计算机科学速成课】UP主：… 链接：https://…`)
		const inQuotes = [...before.matchAll(/["“【]([^"“”【】]{2,100})["”】]/g)].pop()?.[1];
		if (inQuotes) return cleanTitle(inQuotes);
		// (the words after a label's colon: `podcast rec for the commute: CoRecursive https://…`)
		// (and its host after it, `CoRecursive with Adam Gordon Bell https://…`, read as its people: links.ts)
		// (its people after `by` are none of it: `CMU 15-445 Database Systems by Andy Pavlo (free on YouTube) 👉`)
		const title = bracketed ? '' : cleanTitle(before.split(/[:：]\s+(?=\S)/u).at(-1)!.replace(/[:：]\s*$/u, '')
			.replace(WITH_NAMES, '').replace(BY_NAMES, '').replace(KIND_TAIL, ''));
		// (not a sentence: `Agreed. There's also a talk version: https://…`; nor a clause opening in lower case, `if
		// you learn by reading code: https://…`)
		const clause = /^\p{Ll}/u.test(title) || /[.!?。！？]\s|[,，]\s+\p{Ll}/u.test(title);
		if (title.length >= 2 && title.length <= 100 && !clause) return title;
	}
	const repo = /^\/[\w.-]+\/([\w.-]+)/.exec(link.url.pathname);
	return /github|gitlab|gitee/.test(link.url.hostname) && repo ? repo[1]! : '';
}
