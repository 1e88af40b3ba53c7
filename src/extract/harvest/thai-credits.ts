/**
 * Works Thai posts and forum answers (Pantip, Facebook groups, blogs) name in running text: the title set apart (bold,
 * quoted) or, in Latin script amid Thai, set apart by its script (`ขอเสนอ Deep Work ของ Cal Newport ครับ`), maybe a
 * polite particle and the original title in brackets after it (`<b>กล้าที่จะถูกเกลียด</b> ค่ะ (The Courage to Be
 * Disliked)`), then whose it is after `ของ` (of), a dash or `โดย` (by; `สอนโดย`, taught by), the people joined by
 * `กับ` or `และ` (and), an honorific maybe before each (`คุณ`), a translator after `แปลโดย`, and the house after
 * `สนพ.` (สำนักพิมพ์, publishing house), bare or in brackets: `– ยูวัล โนอาห์ แฮรารี แปลโดย นำชัย ชีววิวรรธน์
 * (สนพ.ยิปซี)`, `ของ THE STANDARD คุณเคน นครินทร์` (the words before the honorific whose show it is). An address
 * pasted alone on a line under the work's line is its page.
 *
 * Thai writes no space between words but one between a name's parts: a Thai name is its words up to the next mark of
 * this grammar (`กับ`, `แปลโดย`, `สนพ.`, a bracket, a slash), three at most, else its first two.
 */
import {fullName} from './biblio.ts';
import {hostInfo} from './hosts.ts';
import {item, type Candidate, type Context} from './item.ts';
import {kindFromWords} from './kind.ts';
import type {Segment, Span} from './segments.ts';
import {cleanTitle} from './text.ts';

const THAI = /\p{Script=Thai}/u;
/** Polite particles closing a clause (`ค่ะ`, `ครับ`), and the original title in brackets after the Thai one. */
const PARTICLES = ['นะคะ', 'นะครับ', 'ค่ะ', 'คะ', 'ครับ', 'จ้า'];
const AFTER_TITLE = new RegExp(`^\\s*(?:(?:${PARTICLES.join('|')})\\s*)?(?:[(（][^()（）\\n]{2,80}[)）]\\s*)?`, 'u');
/** Whose the work is: `ของ` (of), a dash, `โดย` (by), `เขียนโดย` (written by) right after the title. */
const BY = /^(?:ของ|[–—-]|(?:เขียน|สอน)?โดย)\s*/u;
/** `สอนโดย` (taught by), `เขียนโดย` (written by) a few words on: `<b>Course</b> บน Coursera สอนโดย A`. */
const BY_FURTHER = /^[^\n.!?]{0,30}?\s(?:เขียน|สอน)โดย\s*/u;
const HONORIFICS = ['คุณ', 'อาจารย์', 'ดร\\.', 'ผศ\\.', 'รศ\\.', 'ศ\\.'];
const HONORIFIC = new RegExp(`^(?:${HONORIFICS.join('|')})\\s*`, 'u');
/** The publishing house's mark: `สนพ.` or the word in full. */
const HOUSE = /^(?:สนพ\.|สำนักพิมพ์)\s*/u;
const AND = /^(?:กับ|และ|,|、)\s*/u;
const TRANSLATED = /^แปลโดย\s*/u;
/** What ends a Thai name: the words of this grammar, a bracket, a slash, the line's end. */
const NAME_END = /^(?:$|กับ|และ|แปลโดย|สนพ\.|สำนักพิมพ์|[(（/,])/u;
const THAI_WORD = /^[\p{Script=Thai}\p{M}]{2,}$/u;
/** A name in Latin script: two to four capitalised words (`Robert T. Kiyosaki`). */
const LATIN_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}/u;
/** A run of Latin words opening with a capital, right before `ของ`: a title amid Thai set apart by its script. */
const LATIN_TITLE = /(?<![\p{L}\d])(\p{Lu}[\p{Script=Latin}\d'’:-]*(?:\s+[\p{Script=Latin}\d'’:-]+){0,8})\s+ของ\s*(?=\p{Lu})/gu;

/** A name opening `text` and the text after it, in Latin script or in Thai. */
function nameAt(text: string): [string, string] | undefined {
	const latin = LATIN_NAME.exec(text);
	if (latin) {
		const name = fullName(latin[0]);
		return name ? [name, text.slice(latin[0].length).trimStart()] : undefined;
	}
	const words = text.split(/ +/);
	let count = 0;
	while (count < 3 && THAI_WORD.test(words[count] ?? '') && !NAME_END.test(words[count]!)) count++;
	// (a third word is the name's when a mark follows it: at the line's end it is as often the sentence's)
	const after = words.slice(count).join(' ');
	const take = count === 3 && after && NAME_END.test(after) ? 3 : Math.min(count, 2);
	if (take < 2) return undefined;
	return [words.slice(0, take).join(' '), words.slice(take).join(' ')];
}

/** The house after its mark: to a bracket's close, a slash or the line's end. */
const houseAt = (text: string) => /^([^()（）/\n]{2,40}?)\s*(?:[)）/]|$)/u.exec(text)?.[1]?.trim();

type Credit = {authors: string[]; contributors: {name: string; role: string}[]; publisher?: string};

/** The people and the house a credit names, from right after its by-word. */
function creditAt(text: string): Credit | undefined {
	const credit: Credit = {authors: [], contributors: []};
	let rest = text;
	// (the words before an honorific are whose show it is: `ของ THE STANDARD คุณเคน นครินทร์`)
	const owner = /^([^\s(（].{1,30}?)\s+(?=คุณ)/u.exec(rest);
	if (owner && !nameAt(rest)) {
		credit.publisher = owner[1]!;
		rest = rest.slice(owner[0].length);
	}
	let role = 'author';
	for (let step = 0; step < 6; step++) {
		const named = nameAt(rest.replace(HONORIFIC, ''));
		if (!named) break;
		if (role === 'author') credit.authors.push(named[0]);
		else credit.contributors.push({name: named[0], role});
		rest = named[1];
		// (a bracket after a name is the name in another script, `(Ken Mogi)`, or the house: `(สนพ.ยิปซี)`)
		const bracket = /^[(（]([^()（）]*)[)）]\s*/u.exec(rest);
		if (bracket) {
			const inner = HOUSE.exec(bracket[1]!);
			if (inner) return {...credit, publisher: houseAt(bracket[1]!.slice(inner[0].length))};
			rest = rest.slice(bracket[0].length);
		}
		const house = HOUSE.exec(rest.replace(/^\/\s*/, ''));
		if (house) return {...credit, publisher: houseAt(rest.replace(/^\/\s*/, '').slice(house[0].length))};
		const translated = TRANSLATED.exec(rest);
		const joined = translated ?? AND.exec(rest) ?? /^\/\s*/.exec(rest);
		if (!joined) break;
		if (translated) role = 'translator';
		rest = rest.slice(joined[0].length);
	}
	return credit.authors.length ? credit : undefined;
}

/** The lines of a segment's text, each with where it starts. */
const linesOf = (text: string) => {
	let at = 0;
	return text.split('\n').map(line => {
		const start = at;
		at += line.length + 1;
		return {line, start};
	});
};

/** The works a Thai segment names with their credits. */
export function thaiCredits(seg: Segment, ctx: Context, before?: Segment): Candidate[] {
	if (!THAI.test(seg.text) || /^H[1-6]$/.test(seg.tag)) return [];
	const lines = linesOf(seg.text);
	const titles: Span[] = [...seg.marks];
	for (const m of seg.text.matchAll(LATIN_TITLE)) {
		const start = m.index + m[0].indexOf(m[1]!);
		if (!titles.some(t => t.start <= start && t.end > start)) titles.push({start, end: start + m[1]!.length});
	}
	const found: {span: Span; credit: Credit; line: number}[] = [];
	for (const span of titles.sort((a, b) => a.start - b.start)) {
		const line = lines.findLastIndex(l => l.start <= span.start);
		const {line: text, start} = lines[line]!;
		const after = text.slice(span.end - start).replace(AFTER_TITLE, '');
		const by = BY.exec(after) ?? BY_FURTHER.exec(after);
		const credit = by ? creditAt(after.slice(by[0].length)) : undefined;
		if (credit) found.push({span, credit, line});
	}
	// (a kind its line names, or the lead over the list its line is an item of: `ลองฟังพอดแคสต์…` over `- <b>Show</b>`)
	const lead = /^\s*[-•✔*]/u.test(seg.text) ? before?.text ?? '' : seg.text.slice(0, found[0]?.span.start ?? 0);
	return found.map(({span, credit, line}, k) => {
		// (an address alone on a line under the work's, before the next work's line, is its page)
		const next = found[k + 1]?.line ?? lines.length;
		const page = seg.links.find(l => {
			const at = lines.findLastIndex(x => x.start <= l.start);
			return at > line && at < next && lines[at]!.line.trim() === l.text.trim() && /^https?:\/\//.test(l.text);
		}) ?? seg.links.find(l => l.start > span.end && l.start < (lines[line + 1]?.start ?? seg.text.length)
			&& /^https?:\/\//.test(l.text));
		const host = page ? hostInfo(page.url) : undefined;
		const title = cleanTitle(seg.text.slice(span.start, span.end));
		const work = item(title, seg, span, ctx, credit, {...page ? {url: page.url.href} : {}, ...host ? {host} : {}});
		const named = kindFromWords(lines[line]!.line.slice(span.end - lines[line]!.start)) ?? kindFromWords(lead);
		if (!host && named) work.kind = named;
		return work;
	}).filter(c => c.title.length > 1);
}
