/**
 * A work linked in a Ukrainian or Russian line, named by its kind as those languages write it: after a dash
 * (`<a>Title</a> — подкаст від IEEE Software`, the maker after `від`/`от` its publisher), in the next sentence about
 * it (`<a>Title</a> на Prometheus. Це гарвардський курс Девіда Малана`, its owner in the genitive its author), right
 * before it (`подкаст <a>Title</a>`), or by who hosts it (`Веде Name`, `Ведут A и B`): a show, its hosts its authors.
 * So is a title in guillemets after its kind's word opening a list's line (`🎧 Подкаст «Title» — A и B`).
 */
import type {Kind} from '../../core/types.ts';
import {isChromeLink} from './hosts.ts';
import {item, type Candidate, type Context} from './item.ts';
import {personNames} from './names.ts';
import {genitiveAuthor} from './quote-marks.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The Ukrainian and Russian words for kinds of work (stems: `курс`, `книжка`, `книга`), and the kind each names. */
const KINDS: [string, Kind][] = [['подкаст', 'podcast'], ['курс', 'course'], ['книж', 'book'], ['книг', 'book'],
	['відео', 'video'], ['видео', 'video'], ['лекці', 'video'], ['лекци', 'video']];
const KIND = `(${KINDS.map(([stem]) => stem).join('|')})\\p{L}*`;
/** `— подкаст від IEEE Software`: the kind after a dash, maybe its maker after `від` or `от`. */
const DASHED = new RegExp(`^\\s*[-–—]\\s*${KIND}(?:\\s+(?:від|от)\\s+([^,.;!?]{2,40}))?`, 'iu');
/** `. Це гарвардський курс Девіда Малана`: the next sentence says what it is, a few words before the kind. */
const THIS_IS = new RegExp(`^[^.!?]{0,40}[.!?]\\s+(?:Це|Это)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}${KIND}`, 'u');
/** `подкаст <a>Title</a>`: the kind right before it. */
const BEFORE = new RegExp(`(?<!\\p{L})${KIND}\\s*[:：]?\\s*[«"“]?\\s*$`, 'iu');
/**
 * The kind's word opening a line, a word or two before it (`Бесплатный онлайн-курс «`), after an emoji or a bullet
 * marking the line as a list's (`🎧 Подкаст «`), or in a list's item: a sentence naming a work so may reject it.
 */
const KIND_OPENS = String.raw`(?:[\p{L}-]+\s+){0,2}(?:\p{L}+-)?${KIND}\s*«$`;
const LISTED_KIND = new RegExp(String.raw`^\s*(?:[\p{Extended_Pictographic}\u{FE0F}•▪*-]\s*)*` + KIND_OPENS, 'iu');
const MARKED_KIND = new RegExp(String.raw`^\s*(?:[\p{Extended_Pictographic}•▪*-]\u{FE0F}?\s*)+` + KIND_OPENS, 'iu');
/** A title in guillemets (`«Корни и суффиксы»`). */
const GUILLEMETS = /«([^«»]{2,120})»/gu;
/** `— A и B каждую неделю…`: the people a dash names after the title, two words each, joined by `и` or `і`. */
const DASH_NAMES = /^\s*[-–—]\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+[иі]\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)?)(?!\p{L})/u;
/** The verbs saying who hosts or teaches a work (`веде`, `ведёт`, `ведут`). */
const HOST_VERBS = ['веде', 'ведуть', 'ведёт', 'ведет', 'ведут'];
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** `(ведёт Name)`: who hosts or teaches it, in brackets or a clause after it. */
const HOSTED_IN = new RegExp(String.raw`[(,]\s*(?:${HOST_VERBS.join('|')})\s+([^.;!?()]{4,60})`, 'iu');
/** `Веде Adam Gordon Bell.`, `Ведут A и B`: who hosts it, in a sentence of the line. */
const HOSTS = new RegExp(String.raw`(?:^|[.!?]\s+|[-–—]\s+)(?:${HOST_VERBS.map(capital).join('|')})\s+([^.;!?]{4,80})`,
	'u');

const kindOf = (stem: string) => KINDS.find(([word]) => word === stem.toLowerCase())?.[1];

/**
 * The works a Ukrainian or Russian line links and names by kind or by host; a link another reader took (`linked`) is
 * left to it.
 */
export function cyrillicLinkWorks(seg: Segment, ctx: Context, linked: Candidate[]): Candidate[] {
	if (!/\p{Script=Cyrillic}/u.test(seg.text)) return [];
	const out: Candidate[] = [];
	for (const [n, link] of seg.links.entries()) {
		if (isChromeLink(link.url, ctx.page) || linked.some(c => c.url === link.url.href)) continue;
		// (its line ends where the next link's starts)
		const after = seg.text.slice(link.end, seg.links[n + 1]?.start ?? link.end + 200);
		const dashed = DASHED.exec(after);
		const told = dashed ? undefined : THIS_IS.exec(after);
		const hosts = HOSTS.exec(after)?.[1];
		const hosted = hosts ? personNames(hosts) : undefined;
		const before = BEFORE.exec(seg.text.slice(Math.max(0, link.start - 30), link.start));
		const kind = dashed ? kindOf(dashed[1]!) : told ? kindOf(told[1]!) : hosted ? 'podcast'
			: before ? kindOf(before[1]!) : undefined;
		const title = cleanTitle(link.text);
		if (!kind || title.length < 2) continue;
		const owner = told ? genitiveAuthor(after.slice(told.index + told[0].length)) : undefined;
		const maker = dashed?.[2]?.trim();
		const bib = {authors: hosted ?? owner ?? [], contributors: [], ...(maker ? {publisher: maker} : {})};
		const work = item(title, seg, link, {...ctx, section: kind}, bib, {url: link.url.href});
		work.kind = kind;
		out.push(work);
	}
	return [...out, ...quotedByKind(seg, ctx)];
}

/**
 * A title in guillemets right after its kind's word, unlinked (`Подкаст «Корни и суффиксы» — A и B …`, `онлайн-курс
 * «Title» на Stepik (ведёт Name)`): a work of that kind, its people after a dash or hosting it.
 */
function quotedByKind(seg: Segment, ctx: Context): Candidate[] {
	const out: Candidate[] = [];
	for (const m of seg.text.matchAll(GUILLEMETS)) {
		const end = m.index + m[0].length;
		const opening = seg.text.slice(0, m.index + 1);
		const before = (seg.tag === 'LI' ? LISTED_KIND : MARKED_KIND).test(opening) ? BEFORE.exec(opening) : undefined;
		const kind = before ? kindOf(before[1]!) : undefined;
		const title = cleanTitle(m[1]!);
		if (!kind || !/^[\p{Lu}\d]/u.test(title) || seg.links.some(l => l.start < end && l.end > m.index)) continue;
		const after = seg.text.slice(end, end + 200);
		const hosts = HOSTS.exec(after)?.[1] ?? HOSTED_IN.exec(after.slice(0, 80))?.[1];
		const named = DASH_NAMES.exec(after)?.[1] ?? hosts;
		const names = named?.replace(/\).*$/, '').trim().split(/\s+[иі]\s+/).map(name => personNames(name)?.[0]);
		const bib = {authors: names?.every(Boolean) ? names as string[] : [], contributors: []};
		const work = item(title, seg, {start: m.index, end}, {...ctx, section: kind}, bib, {quoted: true});
		work.kind = kind;
		out.push(work);
	}
	return out;
}
