/** The 《》 reader: each title a segment sets in 《》, with the people before or after it. */
import {bibIn, fullName, hasBib, type Bib} from './biblio.ts';
import {dashAuthors} from './clause.ts';
import {item, LEADS, type Candidate, type Context} from './item.ts';
import {japaneseCredit, japaneseCreditLine, japaneseImprint, KANA} from './japanese.ts';
import {HANGUL, koreanCredit, koreanNamesBefore} from './korean.ts';
import {fill} from './merge.ts';
import {HAN_RE, NOT_IN_NAMES, SHORT_HAN} from './names.ts';
import {cleanName, isPerson, SURNAME} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, HAN, sentenceAround, stripNumbering} from './text.ts';

/** A name in Latin letters, as a Chinese line writes a foreign author's in full (`Ann Marie Holt《…》`). */
const LATIN = /^\p{Script=Latin}[\p{Script=Latin}.'’ -]+$/u;

/**
 * The people opening a list item before its 《title》: Han names opening with a surname or transliterated (`余华`,
 * `尤瓦尔·赫拉利`), or any full name after a nationality (`[美] Randal E. Bryant`) or in Latin letters, then a colon or
 * 的 at most.
 */
function peopleBefore(text: string, people: (names: string[], keep: (name: string) => boolean) => string[]): string[] {
	const lead = stripNumbering(text).replace(/\s*(?:[:：]|的)?\s*$/u, '');
	if (!lead || lead.length > 40) return [];
	const foreign = /^\s*[[［【(（]/.test(lead);
	const parts = lead.split(/\s*(?:[、,，&/]|和|与)\s*/u);
	const names = people(parts.map(part => cleanName(part) ?? ''),
		name => !!name && ((HAN_RE.test(name) && isPerson(name))
			|| ((foreign || LATIN.test(name)) && !!fullName(name))));
	return names.length === parts.length ? names as string[] : [];
}

/** A credit's last field, a house and its year (`天下文化 2012`, `遠山書房，2019`). */
const HOUSE_YEAR = new RegExp(`^([${HAN}]{2,8})\\s*[，,]?\\s*((?:19|20)\\d{2})$`, 'u');

/**
 * A Chinese credit whose fields full-width slashes part, spaced by their own width, as catalogues write one (`A／B 譯／
 * 天下文化 2012`): read as the fields of a catalogue line, the last a house and its year.
 */
function slashedFields(after: string): Bib | undefined {
	const line = after.split('\n')[0]!.trim();
	if (!line.includes('／')) return undefined;
	const fields = line.split(/\s*／\s*/);
	const bib = bibIn(fields.join(' / '));
	const imprint = HOUSE_YEAR.exec(fields.at(-1)!);
	if (!bib.authors.length || !imprint) return undefined;
	return {...bib, publisher: imprint[1]!, publishedAt: imprint[2]!};
}

/** Two to four Han characters: the length of a Chinese or Japanese name written in Han. */
const SHORT_NAME = new RegExp(`^[${HAN}]{2,4}$`, 'u');
/** A Japanese name whose given name is written in katakana after its Han surname (`金子タカシ`, `森ミキ`). */
const KANA_GIVEN = new RegExp(`^[${HAN}]{1,3}[\\p{Script=Katakana}ー]{2,5}$`, 'u');
const NAME_BEFORE = new RegExp(`(?:^|[：:，,、；;\\s])([${HAN}]{2,3})$`, 'u');
/** A name in Han or katakana, an honorific after it, then `の` (`磯田道史さんの`, `ハラリ氏の`, `山本先生の`). */
const HONOURED_BEFORE = new RegExp(`(?:^|[^${HAN}\\p{Script=Katakana}ー・])([${HAN}]{2,5}|[\\p{Script=Katakana}ー・]{3,20})`
	+ '(?:さん|氏|先生)の$', 'u');

/**
 * A name of three or four Han characters owning the title before `の`, opening its clause (after kana, a stop or
 * nothing: `四間飛車党なら藤井猛の『Title』`), as Japanese names an author's book; a house's name so names its publisher
 * (`高橋書店の『Title』`).
 */
const OWNER_BEFORE = new RegExp(`(?:^|[\\p{Script=Hiragana}、。！？\\s])([${HAN}]{3,4})の$`, 'u');
const HOUSE_BEFORE = new RegExp(`(?:^|[\\p{Script=Hiragana}、。！？\\s])([${HAN}\\p{Script=Katakana}ー]{1,8}(?:書店|書房|出版|社))の$`,
	'u');
/** Words closing what is no one's name (`初心者`, `入門者`, `上級者`; `業界`, `世界`). */
const NO_OWNER = /[者界的用向版書]$/u;

/** Titles in 《》; in a Japanese or Korean line (kana or hangul in it), in 『』 too, as both mark them. */
const QUOTED = /《([^《》\n]{1,100})》/g;
const QUOTED_JA = /《([^《》\n]{1,100})》|『([^『』\n]{1,100})』/g;

/** The house alone in brackets after a Japanese title, as a bib. */
const imprintOnly = (after: string): Bib | undefined => {
	const imprint = japaneseImprint(after);
	return imprint && {authors: [], contributors: [], ...imprint};
};

/** The works a segment names in 《》 (in 『』 in Japanese), with the people before or after each title. */
export function quotedCandidates(seg: Segment, ctx: Context, taken: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const linked = new Map(taken.map(c => [c.title, c]));
	const japanese = KANA.test(seg.text);
	const korean = !japanese && HANGUL.test(seg.text);
	for (const m of seg.text.matchAll(japanese || korean ? QUOTED_JA : QUOTED)) {
		const span = {start: m.index, end: m.index + m[0].length};
		const title = cleanTitle(m[1] ?? m[2]!);
		// A link named for its site (`《代码整洁之道》｜Name｜<a>豆瓣</a>`) took this title: the people after it are its
		const link = linked.get(title);
		// A short paragraph opening with the title, numbered or in bold (`<p><b>1.《人月神话》- 布鲁克斯</b></p>`), is a
		// list item written as paragraphs, as WeChat and Zhihu editors write lists
		const apart = span.start < 6 && seg.text.length <= 60 && (seg.marks.some(m => m.start === 0)
			|| stripNumbering(seg.text) !== seg.text);
		if (!title || (link && (link.authors?.length || !(LEADS.test(seg.tag) || apart)))) continue;
		// (a title the dash clause after a linked work gives as what that link is, `<a>owner/repo</a> —— 宋净超维护的
		// 《Title》`, is that work's other name, no second work)
		const prior = seg.links.findLast(l => l.end <= span.start);
		const glossed = !!prior && taken.some(c => c.url === prior.url.href)
			&& /^\s*(?:——|[-–—])[^,，。；;!?！？《]{0,40}$/u.test(seg.text.slice(prior.end, span.start));
		if (glossed) continue;
		const after = seg.text.slice(span.end, span.end + 200).split(/[《『]/)[0]!;
		// (Japanese writes the people, then the publisher and the year in brackets: `『Title』成瀬允宣（翔泳社、2020年）`)
		// (Korean, its credit line: `『Title』 A 지음, B 옮김, 출판사, 2013`)
		// (or its colophon's fields after it: `『Title』A 著／B・C 訳／出版社／2021年`)
		// (or only the house in brackets: `『Title』（青幻舎）`)
		const credit = japanese ? japaneseCredit(after) ?? japaneseCreditLine(after) ?? imprintOnly(after)
			: korean ? koreanCredit(after) : undefined;
		const bib = credit ?? (japanese ? undefined : slashedFields(after)) ?? bibIn(after);
		const near = sentenceAround(seg.text, span.start, span.end);
		// (or `余华《活着》`, `[美] 布鲁克斯：《人月神话》`: the people open the item, the title follows)
		const opening = seg.text.slice(0, span.start);
		let unproven: string[] = [];
		// Names that read as people's; short Han ones that do not only for want of a known surname wait for the list
		// (not a word no name holds: `必读`, `推荐`, `上册`)
		const people = (names: string[], keep = isPerson) => {
			const short = names.length && names.every(name => SHORT_HAN.test(name) && !NOT_IN_NAMES.test(name));
			if (short && !unproven.length) unproven = names;
			return names.filter(keep);
		};
		const lead = LEADS.test(seg.tag) && !/[《『]/u.test(opening);
		// (in Korean, by their own form, `1. 한강, 『채식주의자』`: Hangul names have no list of surnames here)
		let before = lead ? peopleBefore(opening, people) : [];
		if (korean && lead && !before.length) before = koreanNamesBefore(opening);
		const leads = (LEADS.test(seg.tag) && (span.start < 6 || before.length > 0)) || apart;
		if (!bib.authors.length) bib.authors = before;
		// In running text, a Han name set right before the title after a break (`JVM 方向：周志明《深入理解 Java 虚拟机》`)
		const named = bib.authors.length || bib.contributors.length ? undefined : NAME_BEFORE.exec(opening)?.[1];
		if (named && SURNAME.test(named) && !NOT_IN_NAMES.test(named)) bib.authors = [named];
		// (or in Japanese, a name honoured before `の`, whose work it is: `磯田道史さんの『日本史の内幕』`)
		const honoured = japanese && !bib.authors.length ? HONOURED_BEFORE.exec(opening)?.[1] : undefined;
		// (the house and the year in brackets right after the title then theirs: `』（翔泳社、2020年）`)
		if (honoured) Object.assign(bib, {authors: [honoured], ...japaneseImprint(after)});
		// (or a name or a house owning it with no honorific: `藤井猛の『Title』`, `高橋書店の『Title』`)
		const house = japanese && !bib.publisher ? HOUSE_BEFORE.exec(opening)?.[1] : undefined;
		const owner = japanese && !house && !bib.authors.length ? OWNER_BEFORE.exec(opening)?.[1] : undefined;
		if (house) bib.publisher = house;
		else if (owner && !NO_OWNER.test(owner) && !NOT_IN_NAMES.test(owner)) bib.authors = [owner];
		// A list item `《活着》：余华`, `《三体》- 刘慈欣`: a clause of people only after the title; anywhere, `《三体》（刘慈欣）`
		// with Han names in the brackets; in a list item, a name right after the title (`《原则》瑞·达利欧`), short or dotted
		if (!bib.authors.length && !bib.contributors.length) {
			// (a slash parts them too: `《三体》/ 刘慈欣`; as a catalogue's field, what follows it is people, whatever their
			// surnames: Japanese ones too, `《被討厭的勇氣》／岸見一郎、古賀史健`)
			const field = /^\s*[/／]/.test(after) ? (name: string) => isPerson(name) || SHORT_NAME.test(name) : isPerson;
			if (leads) bib.authors = people(dashAuthors(after.replace(/^\s*[/／｜|]/, '-')), field);
			if (!bib.authors.length && /^\s*[(（]/.test(after)) {
				bib.authors = people(dashAuthors(after, true), name => HAN_RE.test(name) && isPerson(name));
			}
			// (or after a comma: `《三体》，刘慈欣，重庆出版社`)
			if (leads && !bib.authors.length && /^\s*[,，]/.test(after)) {
				bib.authors = people(dashAuthors(after.replace(/^\s*[,，]/, '-')));
			}
			// (a Japanese list's line closing on its author's name, whatever the surname: `6. 『Title』三好遥`; not an
			// edition's word, `文庫版`, `上下巻`)
			if (leads && !bib.authors.length && !/^\s*[-–—:：(（,，]/.test(after)) {
				bib.authors = people(dashAuthors(`-${after}`), name => / |·/.test(name)
					|| (SHORT_HAN.test(name) && isPerson(name))
					|| (japanese && SHORT_NAME.test(name) && !/[版巻本書集]$/u.test(name)));
				// (its given name maybe in katakana, which no reader of Han names takes: `・『Title』金子タカシ`)
				const kana = japanese && after.split('\n')[0]!.trim();
				if (!bib.authors.length && kana && KANA_GIVEN.test(kana)) bib.authors = [kana];
			}
		}
		// (in Korean too: 책, a book; 강의, a course; 읽다, to read; 추천, to recommend; and in Japanese: 読む, to read;
		// 冊, a book's counter; 講座, a course; おすすめ, recommended)
		const cued = /书|著|译|读|课|专栏|教程|出版|推荐|book|course|책|강의|읽|추천|(?<!積)読|冊|講座|書籍|おすすめ|オススメ|お勧め/i
			.test(near);
		if (link) {
			// (a credit naming a publisher or a translator makes the linked title a book, as it would have unlinked)
			const book = link.kind === 'article'
				&& (!!bib.publisher || bib.contributors.some(c => c.role === 'translator'));
			fill(link, book ? {...bib, kind: 'book'} : bib);
			if (leads && !link.authors?.length && unproven.length) link.unproven = unproven;
			continue;
		}
		// (its house, read in the brackets after it, is no name waiting for its list: `『Title』（青幻舎）`)
		unproven = unproven.filter(name => name !== bib.publisher);
		if (hasBib(bib) || leads || ctx.refSection || !!ctx.section || cued) {
			// (a heading too, its title after its numbering and the names: `3. 阮一峰《JavaScript 教程》`, index.ts)
			const waiting = (leads || /^H[2-6]$/.test(seg.tag)) && !bib.authors.length && !bib.contributors.length
				&& unproven.length;
			out.push(item(title, seg, span, ctx, bib, {quoted: true, ...(waiting ? {unproven} : {})}));
		}
	}
	return out;
}
