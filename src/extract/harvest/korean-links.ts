/**
 * A work linked in a Korean line, named by its kind right before it as Korean writes it (`팟캐스트 <a>〈책읽아웃〉</a>`,
 * a show; `강의 <a>…</a>`, a course), or by who hosts it (`김하나 작가와 오은 시인이 진행하는`: each name before its
 * title word, 와/과 between them, then 진행하는, "who host"): a show, its hosts its authors. Whose it is, in the
 * genitive before the kind (`예스24의 책 팟캐스트`, "YES24's book podcast"), publishes it, when no host.
 */
import type {Kind} from '../../core/types.ts';
import {isChromeLink} from './hosts.ts';
import {item, type Candidate, type Context} from './item.ts';
import {HANGUL} from './korean.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** The Korean words for kinds of work, and the kind each names. */
const KINDS: [string, Kind][] = [['팟캐스트', 'podcast'], ['강의', 'course'], ['강좌', 'course'], ['영상', 'video'],
	['도서', 'book'], ['책', 'book']];
const KIND_WORD = `(?<!\\p{L})(${KINDS.map(([word]) => word).join('|')})`;
/** The kind right before the link, a title mark maybe between (`팟캐스트 〈`). */
const KIND_BEFORE = new RegExp(`${KIND_WORD}\\s*[〈《『「]?\\s*$`, 'u');
/** A name and maybe a title word after it (`김하나 작가`, `오은 시인`). */
const NAMED = String.raw`\p{Script=Hangul}{2,4}(?:\s+\p{Script=Hangul}{1,3})?`;
/** The hosts, joined by 와/과 or commas, then the subject's particle and `진행하는` ("who host"). */
const HOSTED = new RegExp(String.raw`(${NAMED}(?:(?:와|과|,)\s+${NAMED})*?)(?:이|가)?\s+진행(?:하는|한다|합니다|하고|해요)`, 'u');
/** The owner in the genitive before the kind, a word or two between (`예스24의 책 팟캐스트`). */
const OWNER = new RegExp(String.raw`(?<!\S)(\S{2,15})의\s+(?:\S+\s+){0,2}?${KIND_WORD}`, 'u');

const kindOf = (word: string) => KINDS.find(([w]) => w === word)?.[1];

/** The hosts' names: each part's first word (the title word after it and the particle closing the last dropped). */
function hostNames(run: string): string[] | undefined {
	const names = run.split(/(?:와|과|,)\s+/u).map(part => part.split(/\s+/)[0]!);
	return names.every(name => /^\p{Script=Hangul}{2,4}$/u.test(name)) ? names : undefined;
}

/** The works a Korean line links and names by kind or by host; a link another reader took (`linked`) is left to it. */
export function koreanLinkWorks(seg: Segment, ctx: Context, linked: Candidate[]): Candidate[] {
	if (!HANGUL.test(seg.text)) return [];
	const out: Candidate[] = [];
	for (const [n, link] of seg.links.entries()) {
		if (isChromeLink(link.url, ctx.page) || linked.some(c => c.url === link.url.href)) continue;
		const before = seg.text.slice(seg.links[n - 1]?.end ?? 0, link.start);
		// (its line ends where the next link's starts)
		const after = seg.text.slice(link.end, seg.links[n + 1]?.start ?? link.end + 200);
		const named = KIND_BEFORE.exec(before)?.[1];
		const hosts = hostNames(HOSTED.exec(after)?.[1] ?? '');
		const kind = named ? kindOf(named) : hosts ? 'podcast' : undefined;
		const title = cleanTitle(link.text);
		if (!kind || title.length < 2) continue;
		const owner = OWNER.exec(after)?.[1];
		const publisher = owner && !hosts?.includes(owner) ? {publisher: owner} : {};
		const bib = {authors: hosts ?? [], contributors: [], ...publisher};
		const work = item(title, seg, link, {...ctx, section: kind}, bib, {url: link.url.href});
		work.kind = kind;
		out.push(work);
	}
	return out;
}
