import type {HarvestItem, Kind} from '../../core/types.ts';
import {httpUrl, urlKey} from '../../core/url.ts';
import {each} from '../dom.ts';
import {bibIn, creditLine, factsLine, fullName, hasBib, imprintSentence, publisherIn, type Bib} from './biblio.ts';
import {PEOPLE_LABEL} from './byline.ts';
import {cardCandidates} from './cards.ts';
import {citationLine} from './citation-line.ts';
import {citedInProse} from './cited-prose.ts';
import {closingAppositives} from './closing-appositive.ts';
import {colonAuthored} from './colon-authors.ts';
import {commaCredited} from './comma-credits.ts';
import {czechMaker} from './czech-credits.ts';
import {disliked} from './disliked.ts';
import {isMusicCredit} from './music-credit.ts';
import {candidatesIn, readAtBefore} from './candidates.ts';
import {NOT_TITLE, type Candidate, type Context} from './item.ts';
import {askedFor, questionOf} from './asked.ts';
import {paragraphs, ruledHeadings} from './blank-lines.ts';
import {headingEmojiKind} from './emoji-lines.ts';
import {japaneseCardCredit, japaneseCreditLine, japaneseProseCredit} from './japanese.ts';
import {listedKind, sectionKind} from './kind.ts';
import {dashAuthors} from './clause.ts';
import {linkCards} from './link-cards.ts';
import {madeByInProse} from './made-by-prose.ts';
import {quotedGenitives} from './quoted-genitive.ts';
import {thaiCredits} from './thai-credits.ts';
import {koreanProse} from './korean-prose.ts';
import {mainContent} from './main-content.ts';
import {furtherWorks, markedCredits} from './marked-credits.ts';
import {fullTitleLabels} from './full-title-label.ts';
import {labelledTerms} from './term-labels.ts';
import {numberedHeadings} from './numbered-headings.ts';
import {headingNames} from './heading-names.ts';
import {afterList} from './after-list.ts';
import {numberedLead} from './numbered-lead.ts';
import {outlineTitles} from './outline-titles.ts';
import {withoutPassingMentions} from './passing-mentions.ts';
import {withoutCallsToAction} from './call-to-action.ts';
import {previewHeadings} from './preview-headings.ts';
import {NAME_PAIR, personNames} from './names.ts';
import {creditOpening, parsePeople, splitNames, uncapped} from './people.ts';
import {fill, mergeCandidates} from './merge.ts';
import {itemNote} from './item-note.ts';
import {linkedBylines} from './linked-byline.ts';
import {lineItems, segmentsOf, type LinkSpan, type Segment} from './segments.ts';
import {classedCredit} from './field-classes.ts';
import {FACT_LABEL, sectionFacts} from './section-facts.ts';
import {siblingHeadings} from './sibling-headings.ts';
import {stackedCredit} from './stacked-credit.ts';
import {readSpeakerCards} from './speaker-cards.ts';
import {pageSubject} from './subject.ts';
import {platformSections} from './platform-sections.ts';
import {pronounOwners} from './pronoun-owner.ts';
import {isOwnPost} from './own-posts.ts';
import {recordCandidates} from './records.ts';
import {tableCandidates} from './tables.ts';
import {termRecords} from './term-records.ts';
import {titledTerms} from './titled-terms.ts';
import {unlinkedTitleRows} from './unlinked-title-table.ts';
import {withoutVenue} from './talk-venue.ts';
import {videoMakers} from './video-maker.ts';
import {cleanTitle, EDITION, isGenericText, isStoreButton, stripNumbering, titleKey, WRITTEN_ADDRESS, YEAR_ALONE}
	from './text.ts';
import {germanTranslators} from './german-prose.ts';
import {hindiImprint} from './hindi-prose.ts';
import {hostInfo} from './hosts.ts';
import {HANGUL, koreanCredit, koreanImprint} from './korean.ts';
import {creditSentences} from './credit-sentences.ts';
import {fillFromShopCards, shopCardWorks} from './shop-cards.ts';
import {headingRetold} from './heading-retold.ts';
import {leftOut} from './left-out.ts';
import {KIND_LABEL, withoutKindWords} from './kind-words.ts';
import {cardsOfWorks} from './preview-of-work.ts';
import {quotedHeading} from './quoted-headings.ts';

/** A harvested work; `provider` (course platform / store) rides along until HarvestItem grows the field. */
export type Harvested = HarvestItem & {provider?: string};

const REFERENCES = /参考|引用|资料|延伸阅读|扩展阅读|推荐阅读|书单|references?|bibliography|further reading|reading list|resources|see also|recommended|learn more/i;
/** Headings of sections listing tools, sites and people to follow, not works. */
const TOOLS = /工具|网站|站点|社区|博客|公众号|装备|设备|\b(?:tools?|utilities|apps|software|sites|websites|blogs|people|communit(?:y|ies)|newsletters|follow|gear|equipment)\b/i;
/** A heading over tools, sites or people, short as a heading is. */
const tools = (heading: string) => TOOLS.test(heading) && heading.length < 60;
const BIB_START = /^\s*(?:[（(]|(?:(?:edited|translated|written|hosted|presented|taught)\s+)?by\s|作者|译者|譯者|编者|編者|著者|訳者|監訳|発売日|発行日|出版|Publisher|Authors?\b|ISBN|(?:Publication|Pub\.|Release)\s+Date\s*:|[[［【(（][\p{Script=Han}]{1,2}[\]］】)）])/iu;
/**
 * A line opening with its people, each role after them, then a comma or a bar (`A 著，`, `A、B 等著，`, `A 主编 ｜`); each name
 * thirty characters at most (`Randal E. Bryant、David R. O'Hallaron 著，`).
 */
const ROLE_FIRST = /^(?:[^，,。；;、\n]{2,30}?、){0,3}[^，,。；;、\n]{2,30}?\s*等?(?:编著|著|主编)\s*[，,；;｜|/／]/u;
/** The same in Japanese and Chinese (`著者：`, `出版社：`, `発売日：`): a list's run of them labels one work's facts. */
const HAN_FACTS = ['著者', '作者', '訳者', '译者', '譯者', '監訳', '編者', '编者', '出版社', '発売日', '発行日', '出版日期', '出版时间',
	'出版年'];
const HAN_FACT_LABEL = new RegExp(`^\\s*(?:${HAN_FACTS.join('|')})\\s*[:：]`, 'u');
/** A title read back over a sentence's stop (`Great list. The one I'd add is Seeing Like a State`). */
const RAN_OVER = /\p{Ll}[.!?]\s+\p{Lu}/u;
/** Link texts that say "the work is over there" (the title is in the heading above). */
const WHERE_TO_GET = /site|pdf|online|read|buy|free|download|here|官网|在线|阅读|购买|下载/i;
/** The label before where to hear, watch or get a work, in Chinese (`收听地址：`, `观看链接：`, `购买：`). */
const WHERE_LABEL = /(?:收听|收看|观看|播放|订阅|购买|下载|阅读)(?:地址|链接|入口|平台|渠道)?\s*[:：]\s*$/u;
/** A line labelling a work's title (`书名：《启示录》`, `Title: Deep Work`). */
const TITLE_LABEL = /^(?:书名|名称|title|book)\s*[:：]/i;
/** A course card's instructor line: "张磊 微软研究院 研究员". */
const INSTRUCTOR = /^([\p{Script=Han}]{2,4})\s*[ ·|｜,，]\s*[^，,。]{0,24}?(?:研究员|工程师|架构师|专家|总监|讲师|作者|CTO|CEO|VP|创始人|负责人|维护者|教授|博士|首席|资深|技术|Hero|Engineer|Architect|Professor)/u;
const SINGLE_WORK = /^(?:product|book|books\.book|video\.movie|video\.episode|music\.\w+|product\.item)$/i;

/** A page about ONE work (a product, a book page) recommends nothing: the extractor saves it instead. */
function isSingleWorkPage(doc: Document): boolean {
	// Cheap look-ups only: selector matching over a whole 2 MB page is slow in some DOMs (jsdom)
	const ogType = doc.head?.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '';
	if (SINGLE_WORK.test(ogType)) return true;
	for (const script of each(doc.getElementsByTagName('script'))) {
		if (script.getAttribute('type') !== 'application/ld+json') continue;
		if (/"@type"\s*:\s*\[?\s*"(?:Product|Book|Course|Movie|SoftwareApplication)"/.test((script.textContent ?? '').slice(0, 2000))) return true;
	}
	const main = doc.getElementsByTagName('main')[0];
	return [doc.body, main].some(el => /schema\.org\/(?:Product|Book)\b/.test(el?.getAttribute('itemtype') ?? ''));
}

/** What a card's type badge calls a tool or a site (`Tool`, `Website`), in the singular a badge uses. */
const TOOL_BADGE = /^(?:tool|app|website|site|library|framework|service|platform|community|blog|newsletter)s?$/i;

/**
 * A card's type badge: a word alone right before the card's title heading (`Book`, `Talk`, `Tool`), as docs sites
 * and resource pages label their cards. It says what that one title is, as a section heading says for its list.
 */
function badge(prev: Segment | undefined, seg: Segment): Kind | 'tool' | undefined {
	if (!prev || prev.links.length || prev.text.length > 16 || !/^H[2-6]$/.test(seg.tag)) return undefined;
	if (/^H[1-6]$/.test(prev.tag)) return undefined;
	return TOOL_BADGE.test(prev.text) ? 'tool' : sectionKind(prev.text);
}

/** The people alone opening a text before its first sentence's stop, an initial's no stop (`Donella H. Meadows.`). */
function namesOpening(text: string): Bib | undefined {
	const names = personNames(/^(.{4,80}?)(?<!\b\p{Lu})\.\s+\p{Lu}/u.exec(text)?.[1] ?? '');
	return names ? {authors: names, contributors: []} : undefined;
}

/** One name alone in a block, maybe closed by a comma, maybe its role in brackets (`Ken Liu (Translator)`). */
const BLOCK_NAME = /^([^()（）,，]{2,60}?)\s*(?:[(（]([^()（）]{1,30})[)）])?\s*[,，]?$/u;
/** The roles a catalogue writes in brackets after a name; a badge (`(Goodreads Author)`) says the name is an author. */
const BRACKET_ROLES: [RegExp, string][] = [[/translat/i, 'translator'], [/edit/i, 'editor'], [/narrat/i, 'narrator'],
	[/illustrat/i, 'illustrator'], [/author|writer/i, 'author']];

/** The name (and its role) a block holds alone, as a catalogue's row sets each of a work's people. */
function blockName(text: string): {name: string; role: string} | undefined {
	const m = BLOCK_NAME.exec(text);
	const name = m && fullName(m[1]!);
	if (!name) return undefined;
	// (a role no list knows, `(Foreword)`, `(Introduction)`, is no author)
	const role = m[2] ? BRACKET_ROLES.find(([words]) => words.test(m[2]!))?.[1] : 'author';
	return role ? {name, role} : undefined;
}

/** A venue and its year in brackets, as a talk's caption closes (`(Strange Loop 2015)`, `(JSConf EU 2014)`). */
const CAPTION_YEAR = /[(（](?:\p{Lu}[\p{L}&/.-]*\s+){1,4}((?:19|20)\d{2})[)）]/u;

/** A link whose words name no work and are no written-out address (`Buy on Amazon`, `bei Thalia`, `豆瓣`). */
const untitled = (link: LinkSpan) => isGenericText(link.text) && !/^(?:https?:|www\.)/.test(link.text);

/** A heading that numbers its work (`2. The Phoenix Project`): a list post's item, not a section. */
const numbered = (seg: Segment) => /^H[2-6]$/.test(seg.tag) && stripNumbering(seg.text) !== seg.text;

/**
 * A paragraph that is full names alone, right under a numbered heading in a list that has named works already
 * (`<h2>6. Title</h2><p>Name</p>`): the heading's work's people, as its siblings' credit lines name them.
 */
const nameAlone = (seg: Segment): Bib | undefined => {
	const alone = seg.tag === 'P' && !seg.links.length && seg.text.length <= 60;
	const names = alone ? personNames(seg.text.trim()) : undefined;
	return names ? {authors: names, contributors: []} : undefined;
};

/**
 * A paragraph its own class names the author's, with no link but the card's one around it all (its title's) or one on
 * a name, the author's page (`<p class="product-card__author"><a href="/autori/…">Jozef Karika</a></p>`).
 */
const classedLine = (seg: Segment, title: Segment) => seg.fields?.author === seg.text && /^(?:P|DIV)$/.test(seg.tag)
	&& seg.links.every(link => title.links.some(own => own.url.href === link.url.href) || !!fullName(link.text));

/** `Hosted by Name and Name`, anywhere in a show's paragraph. */
const HOSTED = /\b(?:hosted|presented)\s+by\s+([^.;!?\n]{4,80})/i;
/** `：Name 主持的…`: who hosts a show, a Han name or a full name in Latin letters, after its title's colon. */
const HOSTED_ZH = /^[》」』]?\s*[:：]\s*(\p{Script=Han}{2,4}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*(?:主持|主讲)的/u;
/** Full names opening a paragraph, before its first lowercase word (`Ben Gilbert and David Rosenthal tell…`). */
const OPENING_NAMES = new RegExp(`^(${NAME_PAIR})\\s+(?=\\p{Ll})`, 'u');

/**
 * The people of a show or a talk linked in the heading right above, as the paragraph under it says them: `Hosted by
 * X`, or their names opening it (`Guy Raz interviews founders…`, `Roman Mars on…`): who speaks is who made it.
 */
function showPeople(seg: Segment, work: Candidate): string[] | undefined {
	if (work.authors?.length || (work.kind !== 'podcast' && work.kind !== 'video') || seg.tag !== 'P') return undefined;
	const hosted = HOSTED.exec(seg.text)?.[1];
	const names = hosted ? splitNames(hosted, true) : personNames(OPENING_NAMES.exec(seg.text)?.[1] ?? '')
		// (or the first names the paragraph sets apart in bold, whole, as a magazine's blurb names its hosts: `Los
		// conducen <strong>Andrea Salcedo y Toño Villalobos</strong>, dos periodistas…`)
		?? seg.marks.map(m => personNames(seg.text.slice(m.start, m.end)))
			.find(found => found?.every(name => / /.test(name)));
	return names?.length ? names : undefined;
}

/**
 * A paragraph right under a work's title and byline (a heading, a list's item; a figure between them) opening with
 * its credit sentences, the house, year and translator with no people of their own (credit-sentences.ts): the work's
 * facts. True when the paragraph is all credit (no work of its own: `<em>Mchapishaji: House, 1971</em>`).
 */
function creditUnder(seg: Segment, i: number, segs: Segment[], found: Candidate[]): boolean {
	const last = found[found.length - 1];
	if (!last || seg.tag !== 'P' || !last.authors?.length || last.publisher || last.publishedAt) return false;
	if (found.filter(c => c.seg === last.seg).length !== 1 || !/^(?:H[2-6]|LI)$/.test(segs[last.seg]?.tag ?? '')) {
		return false;
	}
	for (let j = last.seg + 1; j < i; j++) if (!/^FIG/.test(segs[j]!.tag)) return false;
	const read = creditSentences(seg.text);
	if (!read || seg.links.some(l => l.start < read.end)) return false;
	fill(last, read.credit);
	return read.end >= seg.text.trimEnd().length;
}

/** Segment facts that only make sense against the previous ones (a byline under a heading or a title). */
function attach(seg: Segment, i: number, segs: Segment[], found: Candidate[], headingsWithItems: Set<number>,
	chain: number, section?: Kind): boolean {
	const last = found[found.length - 1];
	// A byline broken into blocks (a catalogue's row: `<a>Title</a><br>by`, then each name in a block of its own, a
	// comma closing all but the last, a role in brackets after some): each block's name is the work's
	const before = segs[i - 1]?.text ?? '';
	const broken = !!last && ((last.seg === i - 1 && /(?:^|\s)by$/i.test(before))
		|| (chain === i - 1 && /[,，]$/.test(before)));
	const person = broken ? blockName(seg.text) : undefined;
	if (person && last) {
		if (person.role === 'author') last.authors = [...last.authors ?? [], person.name];
		else last.contributors = [...last.contributors ?? [], person];
		return true;
	}
	// A card's list of facts names the people with a label, then the publisher bare on a line of its own (`作者:A,B`
	// then `オライリージャパン`): a few words, no sentence, no number, no name
	const imprint = chain === i - 1 && !!last && !last.publisher && seg.tag === 'LI' && segs[i - 1]!.tag === 'LI'
		&& PEOPLE_LABEL.test(before) && !seg.links.length && seg.text.length <= 30
		&& !/[\d.!?。！？,，:：]/.test(seg.text) && !fullName(seg.text) && !isGenericText(seg.text);
	if (imprint) {
		last.publisher = seg.text;
		return true;
	}
	// A store link with no title of its own under a work's lines (`京东购买`, `Buy on Amazon`) is that work's page
	// (a few lines under its last line of facts: `Anno: 2004`, a comment, then `Vedi su Amazon`; a store no list knows
	// when the button names it: `예스24에서 보기`)
	const store = seg.links.find(l => untitled(l) && (hostInfo(l.url) || isStoreButton(l.text)));
	// (a card's price between them, `13,90` `€`, is no line of its own: no letter)
	const lines = store && last ? segs.slice(Math.max(last.seg, chain) + 1, i).filter(s => /\p{L}/u.test(s.text)) : [];
	if (store && last && !last.url && lines.length <= 2) {
		last.url = store.url.href;
		// (the button may sit in the line giving the work's imprint, read below: `허블, 2019. <a>예스24에서 보기</a>.`)
	}
	// An address alone on the line under a work's (a thread's post gives its link below its words, as Mastodon and
	// forums show it, cut or whole) is that work's page, when that line named one work and no page for it
	const bare = seg.links.length === 1 && /^(?:https?:\/\/|www\.)\S+$/.test(seg.text.trim()) ? seg.links[0] : undefined;
	if (bare && last && !last.url && last.seg === i - 1 && found.filter(c => c.seg === i - 1).length === 1) {
		last.url = bare.url.href;
		// (the address's host says what it is better than the line's words: a video, a course)
		const host = hostInfo(bare.url);
		if (host) last.kind = host.kind;
		return false;
	}
	// A table's cell saying what the work its row's first cell links is names who made it (`kurz na Coursera, přednáší
	// Andrew Ng`, `video Joshe Starmera`)
	const maker = seg.tag === 'TD' && last?.seg === i - 1 && segs[i - 1]!.tag === 'TD' && !last.authors?.length
		? czechMaker(seg.text) : undefined;
	if (maker) {
		last!.authors = maker;
		return false;
	}
	const instructor = INSTRUCTOR.exec(seg.text);
	if (instructor && seg.text.length < 100 && last && last.seg >= i - 2 && !last.authors?.length) {
		last.authors = [instructor[1]!];
		return false;
	}
	// A figure between a title and its credit (the cover, its caption) is no break between them
	let above = i - 1;
	while (above > 0 && /^FIG/.test(segs[above]!.tag) && above > i - 4) above--;
	// (and a paragraph about the work between its heading and its labelled facts: `<h3>Title</h3><p>Why…</p>
	// <p>Författare: A<br>Förlag: B</p>`)
	if (FACT_LABEL.test(seg.text) && segs[above]?.tag === 'P' && /^H[2-6]$/.test(segs[above - 1]?.tag ?? '')) above--;
	const prev = segs[above];
	// Under a numbered heading (`2. The Phoenix Project`), a line that names the people further on is its byline too
	// A work's facts one line each (`作者：A`, `译者：B`, then `华夏出版社，2009`): the lines go on naming the same work
	// (a heading opens a section: it is no work's line, `E-Books (O'Reilly Learning)`)
	const chained = chain === i - 1 && seg.text.length < 40 && !/^H[1-6]$/.test(seg.tag) && !!publisherIn(seg.text);
	// A line that is the title alone, maybe numbered (`<p><b>1.《Title》</b></p>`, a block editor's list item with its
	// number drawn apart), is credited by the block under it when its first line names its people by the role after
	// them: `A 著，出版社，2016 年。<br>a comment`
	const led = !!last && last.seg === i - 1 && /^(?:LI|P|DIV)$/.test(segs[last.seg]?.tag ?? '')
		&& /^(?:P|DIV)$/.test(seg.tag) && ROLE_FIRST.test(seg.text)
		&& /^\s*(?:\d+[.、)]?\s*)?《[^》]+》\s*$/u.test(segs[last.seg]?.text ?? '');
	// (under a heading, a paragraph opening so credits the heading's work, a comment after it: `Kyle Simpson 著，赵望野、梁杰
	// 译，人民邮电出版社，2015。作用域…`, as Chinese posts give a book's facts under its title)
	const roleFirst = !!prev && /^H[2-6]$/.test(prev.tag) && ROLE_FIRST.test(seg.text)
		&& bibIn(seg.text).authors.length > 0;
	// (or its people closed by the work's year or imprint, after a word for `by` in any language: `Le X (1929). …`)
	const opening = prev && /^H[2-6]$/.test(prev.tag) ? creditOpening(seg.text) : undefined;
	const byline = BIB_START.test(seg.text) || FACT_LABEL.test(seg.text) || chained || led || roleFirst || !!opening
		|| (!!prev && numbered(prev) && /^[^.!?。]{0,80}?[,，]\s*by\s/i.test(seg.text));
	// Under a title, an unlabelled credit line names its people, publisher and year (`Name · Publisher, 1989`)
	// (a term's definition may open with its people alone, then say why: `<dd>Donella H. Meadows. The best…</dd>`;
	// Japanese posts quote a book's colophon, each role after its names: `A、B 著／C 訳／出版社／2012年6月`)
	const credit = !byline && prev && /^(?:H[2-6]|DT)$/.test(prev.tag) && !/^(?:LI|TD)$/.test(seg.tag)
		? creditLine(seg.text) ?? japaneseCreditLine(seg.text)
			// (or a card's, its roles after their names or labelled, its imprint closing it: `A 著（House、2020年）`)
			?? (seg.text.length < 80 ? japaneseCardCredit(seg.text) : undefined) ?? japaneseProseCredit(seg.text)
			?? (HANGUL.test(seg.text) ? koreanCredit(seg.text) : undefined)
			?? (prev.tag === 'DT' ? namesOpening(seg.text) : stackedCredit(seg, segs[i + 1]))
			?? (found.length && numbered(prev) ? nameAlone(seg) : undefined)
			// (or one its own class says is the author's line, a paragraph of no link under a heading that is no
			// sentence: field-classes.ts)
			?? (classedLine(seg, prev) && !/[.!?]$/.test(prev.text) ? classedCredit(seg.text) : undefined)
		: undefined;
	// A store's or a list's tile: its heading linked on its whole title, the authors alone on the line under it
	// (`<h3><a>The Manager's Path</a></h3><p>Camille Fournier</p>`), as a catalogue sets them with no `by`
	const tile = !!last && last.seg === i - 1 && !last.authors?.length && !!prev && /^H[2-6]$/.test(prev.tag)
		&& prev.links.length === 1 && cleanTitle(prev.links[0]!.text) === cleanTitle(prev.text) && !seg.links.length
		&& !/^(?:LI|TD)$/.test(seg.tag) ? personNames(seg.text) : undefined;
	if (tile) {
		last!.authors = tile;
		return false;
	}
	const hosts = last && last.seg === i - 1 ? showPeople(seg, last) : undefined;
	if (hosts) {
		last!.authors = hosts;
		return false;
	}
	// The comment under a heading's work may give its imprint in a sentence of its own (`… Helion, 2019. Czytam…`)
	// (or a line of its facts, a cover maybe between: `Wiley · 2nd edition, 2017 · 368 pages`)
	const underHeading = !byline && !credit && !!last && !last.publisher && seg.tag === 'P' && !!prev
		&& /^H[2-6]$/.test(prev.tag);
	const imprinted = underHeading && (last!.seg === i - 1 || last!.seg === above)
		? imprintSentence(seg.text, last!.authors) ?? (last!.authors?.length ? factsLine(seg.text) : undefined)
		: undefined;
	if (imprinted) {
		if (imprinted.publisher) last!.publisher = imprinted.publisher;
		last!.publishedAt ??= imprinted.publishedAt;
		// (and its translator before it: `Inglise keelest tõlkinud X. Tallinn: Varrak, 2014`)
		const {authors, contributors} = parsePeople(seg.text);
		if (!authors.length && contributors.length && !last!.contributors?.length) last!.contributors = contributors;
		return false;
	}
	// (or, in Hindi, says who translated it and who printed it: hindi-prose.ts; in Korean, opens with its imprint; in
	// German, says who translated it: german-prose.ts)
	const told = !byline && !credit && last && last.seg === i - 1 && seg.tag === 'P'
		&& /^H[2-6]$/.test(segs[i - 1]!.tag)
		? hindiImprint(seg.text) ?? koreanImprint(seg.text) ?? germanTranslators(seg.text) : undefined;
	if (told) {
		fill(last!, told);
		return false;
	}
	// A heading over a paragraph that closes on its work's address, written out as the link's text or in a call to
	// action (`… <a>theodinproject.com</a>`, `<a>Sign up at javascript30.com</a>`), as resource pages set a course or a
	// show under its name; maybe its kind before it (`Podcast: Syntax`). A list's item: it needs works around it.
	const pointed = !byline && !credit && prev && /^H[2-6]$/.test(prev.tag) && seg.tag === 'P' && !seg.marks.length
		? seg.links.at(-1) : undefined;
	const said = pointed?.text.trim() ?? '';
	const named = seg.text.trimEnd().endsWith(said)
		? (WRITTEN_ADDRESS.exec(said) ?? /\bat\s+(\S+\.[a-z]{2,})$/i.exec(said))?.[1]?.toLowerCase() : undefined;
	if (named && pointed!.url.hostname.replace(/^www\./, '') === named.replace(/^www\./, '')) {
		// (its people after a dash: `JavaScript30 — Wes Bos`)
		// (its kind's word before it is no section's name: `Podcast: Syntax`)
		const heading = cleanTitle(prev!.text).replace(KIND_LABEL, '$2');
		const [title = '', by = ''] = heading.split(/\s+[—–]\s+(?=[^—–]+$)/);
		const authors = by ? dashAuthors(` — ${by}`) : [];
		if (title.length > 1 && title.length < 80 && !sectionKind(title) && !REFERENCES.test(title) && !tools(title)
			&& (!by || authors.length)) {
			const kind = hostInfo(pointed!.url)?.kind ?? section ?? 'article';
			// (titled as the heading writes it, its kind's word read with the other readings': kind-words.ts)
			found.push({title: by ? title : prev!.text, kind, seg: i, url: pointed!.url.href,
				context: seg.text.slice(0, 300), unlinked: true, ...authors.length ? {authors} : {}});
			return true;
		}
	}
	if ((seg.text.length > 300 && !opening) || !(byline || credit)) return false;
	const bib = credit ?? bibIn(opening ?? seg.text);
	// (a German credit may close on who translated it: `von A (House, 2021), übersetzt von B`)
	if (opening && !bib.contributors.length) bib.contributors = germanTranslators(seg.text)?.contributors ?? [];
	if (!hasBib(bib)) return false;
	// Under a heading, or a definition list's term (`<dt>Release It!</dt><dd>by Michael T. Nygard</dd>`)
	// (an edition note is no part of the work's title, nor says the heading is a section's: `统计学（第 8 版）`, `（原书第 3 版）`)
	const title = prev ? cleanTitle(prev.text).replace(EDITION, '') : '';
	const titled = !!prev && /^(?:H[2-6]|DT)$/.test(prev.tag) && !headingsWithItems.has(above);
	// (not a reply's subject over its poster: `<h3>Re: Books for a beginner?</h3><p>by Nate79 » Sun…</p>`)
	if (prev && titled && !sectionKind(title) && !REFERENCES.test(title) && !NOT_TITLE.test(title)) {
		// (or whose sentence says so: `Free to read at <a>sre.google</a>`)
		// (or the heading's own link on its whole title: a card's `<h4><a>James</a></h4>` over `by Percival Everett`)
		const own = prev.links.length === 1 && cleanTitle(prev.links[0]!.text) === cleanTitle(prev.text);
		// (or a video player between them: the title is the video's, its page the work's, as posts of talks embed them)
		const link = seg.links.find(l => WHERE_TO_GET.test(l.text) || readAtBefore(seg, l))?.url
			?? (own ? prev.links[0]!.url : undefined) ?? seg.player;
		const kind = link && link === seg.player ? 'video' : 'book';
		const address = link ? {url: link.href} : {};
		if (title.length < 2) return false;
		found.push({title, kind, seg: i, context: seg.text.slice(0, 300), ...bib, ...address});
		// (its facts may go on, a line each: a card's `O'Reilly · Book · 2022` under its byline)
		return true;
	}
	// A list item's facts are in the item: a line after the list (the post's `Written by`) is not the last item's
	// (unless the item was itself a labelled line, `书名：《…》`, whose sibling lines label its other facts, or a card's
	// labelled fact, `Autori: A`, whose run of labelled lines goes on: `Editore: B`, `Anno: 2004`)
	const own = segs[last?.seg ?? -1]?.text ?? '';
	const labelled = TITLE_LABEL.test(own)
		|| (chain === i - 1 && (FACT_LABEL.test(own) || HAN_FACT_LABEL.test(own))
			&& (FACT_LABEL.test(seg.text) || BIB_START.test(seg.text)));
	if (!last || (last.seg < i - 2 && chain !== i - 1)) return false;
	if (/^(?:LI|TD)$/.test(segs[last.seg]?.tag ?? '') && !labelled && !led) return false;
	fill(last, bib);
	return true;
}

/**
 * An unlinked "Title - Name" line is a work only in a list of works: one alone is a caption, a credit, a post's
 * byline. The other works around it may be linked or bylined (`<a>Title</a> by Name`): any work counts; so is a
 * heading numbered in sequence with its level's others (`numbered`), which list the post's works.
 */
function listed(found: Candidate[], numbered: Set<number>, segs: Segment[]): Candidate[] {
	// Counted per segment, so a post of thousands of such lines is not compared line by line
	const works = new Map<number, number>();
	for (const c of found) works.set(c.seg, (works.get(c.seg) ?? 0) + 1);
	// A table's cells are its list: a cell's neighbours are the cells of the rows around it, not the row's other
	// columns (a syllabus's Reading column of citations beside its Week, Date and Topic cells)
	const cell = (seg: number) => /^T[DH]$/.test(segs[seg]?.tag ?? '');
	// (and a list item whose title is set apart has the items around it past a nested list of comments under each:
	// `<li>Name: <i>Title</i><ul><li>a comment</li><li>another</li></ul></li>`)
	const item = (seg: number) => segs[seg]?.tag === 'LI';
	const reach = (seg: number, apart: boolean) => (cell(seg) ? ROW_REACH : apart && item(seg) ? ITEM_REACH : 2);
	// (a heading's neighbours are headings: the list under it is its section's, `五、读书方法（个人习惯）` no work of it)
	const heading = (seg: number) => /^H[1-6]$/.test(segs[seg]?.tag ?? '');
	const near = (seg: number, apart = false) => {
		let sum = works.get(seg) ?? 0;
		for (const step of [-1, 1]) {
			// (the next heading of its level, past the paragraphs under it, each work's review: `<h3>Name —
			// <i>Title</i>` then its imprint and a paragraph; a heading of another level ends the section)
			const next = heading(seg) ? siblingAt(seg, step) : -1;
			if (next >= 0) sum += works.get(next) ?? 0;
			for (let d = 1; d <= reach(seg, apart) && (d <= 2 || cell(seg + step * d) || item(seg + step * d)); d++) {
				if (!heading(seg) || heading(seg + step * d)) sum += works.get(seg + step * d) ?? 0;
			}
		}
		return sum;
	};
	/**
	 * The nearest heading `step` way past the two segments next to the heading at `seg` (those count already), within
	 * a section's reach, if it is of the same level and no heading stands between. Numbered headings are a list only
	 * in sequence (`numbered`): `1.` and `5.` are none.
	 */
	const unnumbered = (seg: number) => stripNumbering(segs[seg]!.text) === segs[seg]!.text;
	const siblingAt = (seg: number, step: number) => {
		if (heading(seg + step) || heading(seg + 2 * step) || !unnumbered(seg)) return -1;
		for (let j = seg + 3 * step; j >= 0 && j < segs.length && Math.abs(j - seg) <= SECTION_REACH; j += step) {
			if (heading(j)) return segs[j]!.tag === segs[seg]!.tag && unnumbered(j) ? j : -1;
		}
		return -1;
	};
	return found.filter(c => !c.unlinked || near(c.seg, !!c.settled) > 1 || numbered.has(c.seg));
}
/** How far a heading's sibling may be: a review of a few paragraphs and a list of facts under each. */
const SECTION_REACH = 12;
/** How far a table cell's neighbours reach: two rows of six cells either way. */
const ROW_REACH = 12;
/** How far a list item's neighbours reach, over the items of the lists nested in it. */
const ITEM_REACH = 5;

/**
 * A list is written in one order. Where its unlinked items read `Name – Title` only (`Cal Newport – Sapiens`) and
 * none reads `Title – Name` only, the items that read either way (`Cal Newport – Deep Work`) are author first too, and
 * so are its `Name: Title` items; in a list read title first, author-first readings are dropped. A list is a run of
 * works in consecutive segments.
 */
function ordered(found: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (let start = 0, end = 1; start < found.length; start = end++) {
		while (end < found.length && found[end]!.seg <= found[end - 1]!.seg + 1) end++;
		// `Name, Title` with nothing else to say so needs a sibling written so too (`Cal Newport, Deep Work` beside
		// `Yuval Noah Harari, Sapiens`), never one alone: without, only its title-first reading stands
		const group = found.slice(start, end);
		const weak = (c: Candidate) => !!(c.other ?? c).weak;
		const siblings = group.filter(weak).length > 1;
		// A lone word after a dash (`— Heinemann`) is the publisher when two lines of the list end in it, else nothing
		const words = new Map<string, number>();
		for (const c of group) {
			const word = (c.imprint ?? c).tentative;
			if (word) words.set(word, (words.get(word) ?? 0) + 1);
		}
		const repeated = (c: Candidate) => (words.get((c.imprint ?? c).tentative!) ?? 0) > 1;
		const run = group
			.flatMap(c => (c.imprint ? [repeated(c) ? c.imprint : c] : !c.tentative || repeated(c) ? [c] : []))
			.flatMap(c => (siblings || !weak(c) ? [c]
				: c.order === 'either' ? [{...c, order: undefined, other: undefined}] : []));
		const titleFirst = run.some(c => c.unlinked && !c.order);
		// Not when every title is one word: `Deep Work – Newport`, `Atomic Habits – Clear` name their authors by
		// surname (unless the title is set apart: `Tove Ditlevsen – <i>Barndom</i>`)
		const varied = !titleFirst && run.some(c => c.order && ((c.other ?? c).title.includes(' ') || c.settled));
		const authorFirst = varied && run.some(c => c.order === 'author');
		// A colon needs two such items: one may be a title and its subtitle (`Deep Work: Rules for Focused Success`)
		const colons = varied && run.filter(c => c.order === 'author' || c.order === 'colon').length > 1;
		// A list names its people one way: where one of its items names authors and three in all have names in their
		// place, a Han name there is a person's too, though no common surname opens it (pen names: `《平凡的世界》，路遥`)
		const proven = run.filter(c => c.authors?.length).length;
		const named = proven > 0 && proven + run.filter(c => c.unproven && !c.authors).length > 2;
		for (const c of run) if (named && c.unproven && !c.authors) c.authors = c.unproven;
		// So does a surname alone (`Code Complete (McConnell)`) where its list's other items name their people
		const surnamed = proven > 0 && proven + run.filter(c => c.surnames).length > 2;
		for (const c of run) {
			if (c.surnames) {
				if (surnamed) out.push({...c, authors: c.surnames, kind: c.kind === 'article' ? 'book' : c.kind});
				continue;
			}
			if (c.order === 'either') out.push(authorFirst || c.other?.italicised ? c.other! : c);
			else if (!c.order || authorFirst || colons) out.push(c);
		}
	}
	return out;
}

/**
 * Talks linked speaker first (`Simon Sinek: How great leaders inspire action`): a page titles its talks one way, so
 * where two links read so, the name before each colon is its speaker's; one alone may be a title and its subtitle.
 */
function spoken(found: Candidate[]): Candidate[] {
	if (found.filter(c => c.speaker).length < 2) return found;
	return found.map(({speaker, ...c}) => (speaker ? {...c, ...speaker} : c));
}

/** True when `url` is a page under `base`'s path, on its site (`…/6.824/schedule.html` under `…/6.824/`). */
function under(url: string | undefined, base: string | undefined): boolean {
	const [page, root] = [httpUrl(url), httpUrl(base)];
	if (!page || !root || page.origin !== root.origin || root.pathname.length < 2) return false;
	const folder = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
	return page.pathname !== root.pathname && page.pathname.startsWith(folder);
}

/**
 * The works a page recommends (DESIGN §4): list items and paragraphs of the main content that link
 * to or name books, courses, repositories, talks and articles, with people, publisher and date.
 * Pure: reads only `doc` and `url`; never throws on odd pages; every `url` it returns is http(s).
 */
/**
 * The works a reader of whole records found (a definition list, an outline, a heading's facts) in place of what the
 * line readers made of the segments those records took, in page order.
 */
function readInstead(found: Candidate[], {works, read}: {works: Candidate[]; read: Set<number>}): Candidate[] {
	if (!works.length && !read.size) return found;
	return [...found.filter(c => !read.has(c.seg)), ...works].sort((a, b) => a.seg - b.seg);
}

export function harvest(doc: Document, url: string): Harvested[] {
	// A page saved or exported to disk (a chat's export, a saved post) is read where it lies; its links are the web's.
	const page = httpUrl(url) ?? (/^file:/i.test(url) ? new URL(url) : undefined);
	if (!page || isSingleWorkPage(doc)) return [];
	const base = httpUrl(doc.head?.querySelector('base[href]')?.getAttribute('href'), page.href)?.href ?? page.href;
	const question = questionOf(doc);
	const asked = askedFor(doc, question);
	// (a question's answers are its content, wherever the page sets them: main-content.ts)
	const content = mainContent(doc, !!question);
	const segs = content ? labelledTerms(linkedBylines(ruledHeadings(segmentsOf(content.root, content.lengths, base,
		content.discussion, content.asker).flatMap(paragraphs)).flatMap(lineItems).flatMap(numberedLead))) : [];
	let found: Candidate[] = [];
	const headingsWithItems = new Set<number>();
	// The last segment whose facts went to the work before it
	let chain = -1;
	// The last heading of each level: a heading's section is the one over its level (`Books` over each book's
	// `<h3>`), not its sibling heading before it, which may be the work before's title
	const outline: string[] = [];
	// A link card's lines are one work: its title's line and the fields named under it (its facts are no work's above)
	const linked = linkCards(segs, page);
	const lang = doc.documentElement?.getAttribute('lang') ?? '';
	// (the page's own heading, not a consent dialog's: `Votre vie privée est importante pour nous`)
	const h1 = [...doc.getElementsByTagName('h1')].find(h => !h.closest('[role=dialog],[role=alertdialog],dialog'));
	const titled = listedKind(h1?.textContent ?? doc.title);
	const numberedRun = numberedHeadings(segs);
	// (a section, or a list after its lead-in, naming the works the post left out: left-out.ts)
	let skipped = false;
	segs.forEach((seg, i) => {
		// (a line wholly in bold heads a section as a heading does, as forum posts head theirs: `<b>❌ LO QUE NO
		// RECOMIENDO</b>`)
		const heading = /^H[1-6]$/.test(seg.tag) || (seg.marks.length === 1 && seg.marks[0]!.start === 0
			&& seg.marks[0]!.end >= seg.text.trimEnd().length && !seg.links.length);
		if (heading || leftOut(seg.text, false)) skipped = leftOut(seg.text, heading);
		if (skipped) return;
		// A line its class says is a year, right under a card's title and its people, is that work's year (`<p
		// class="card__year">2022</p>`), no title, though the card's link wraps it
		const dated = seg.fields?.date === seg.text && YEAR_ALONE.test(seg.text)
			? found.findLast(c => c.seg >= i - 2 && [c.seg, c.seg - 1].some(k => /^H[2-6]$/.test(segs[k]?.tag ?? '')))
			: undefined;
		if (dated) {
			dated.publishedAt ??= seg.text;
			return;
		}
		const ctx: Context = {
			page, seg: i, refSection: REFERENCES.test(seg.heading) && seg.heading.length < 60,
			afterHeading: /^H[1-6]$/.test(segs[i - 1]?.tag ?? ''), lang, ...(asked ? {asked} : {}),
		};
		const level = /^H([1-6])$/.exec(seg.tag)?.[1];
		const over = level ? outline.slice(0, Number(level)).findLast(text => text) : undefined;
		if (level) {
			outline.length = Number(level);
			outline[Number(level)] = seg.text;
		}
		// (or its emoji, in place of the word, `🎧 In my ears`, where its words name no tools: `🎙 Gear I use`)
		const emoji = TOOLS.test(seg.heading) ? undefined : headingEmojiKind(seg.heading);
		const section = sectionKind(seg.heading) ?? (over ? sectionKind(over) : undefined) ?? emoji;
		if (section) ctx.section = section;
		// (a heading where none says a kind lists what the page's title says it lists: `Once cursos gratis…` over
		// `<h3><a>Elements of AI</a></h3>`)
		else if (level && titled) ctx.titled = titled;
		// (or the heading over its own, where its own names no kind: `## Tools` over `### Metrics`, `### Logs`)
		const overOwn = level ? undefined : outline.slice(0, -1).findLast(text => text);
		if ((tools(seg.heading) || (!!overOwn && tools(overOwn))) && (!section || section === 'repository')) {
			ctx.toolSection = true;
		}
		// (a card's badge outweighs the heading above it, which may be the card before's title)
		const label = badge(segs[i - 1], seg);
		if (label === 'tool') ctx.toolSection = true;
		else if (label) [ctx.section, ctx.toolSection] = [label, false];
		// (a work its own sentence says the writer gave up on is none they recommend: disliked.ts)
		// (a list's item naming its people first before a colon and its title's imprint: colon-authors.ts)
		// (unless the other readers read the same title and its people, maybe with more: its translator, its imprint)
		if (creditUnder(seg, i, segs, found)) return;
		// (or its fields parted by commas, `Author, Title, House – note`: comma-credits.ts; or a line that is one
		// book's citation whole, people first: citation-line.ts)
		const colonWork = colonAuthored(seg, ctx) ?? commaCredited(seg, ctx)
			?? citationLine(seg, ctx);
		// (a credit line under its heading set whole in italics, `<p><em>A, B, House (2016)</em></p>`, names no title)
		const italicCredit = /^H[2-6]$/.test(segs[i - 1]?.tag ?? '') && seg.marks.length === 1
			&& seg.marks[0]!.start === 0 && seg.marks[0]!.end >= seg.text.length - 1 && !!creditLine(seg.text);
		const read = italicCredit ? [] : candidatesIn(seg, ctx);
		// (or whose title is set apart, which settles where it is: `Name, <i>Title: Subtitle</i>`)
		const same = read.length === 1 && !!read[0]!.authors?.length
			&& (read[0]!.title === colonWork?.title || !!read[0]!.settled);
		// (nor is a show's music credit: music-credit.ts)
		const items = (colonWork && !same ? [colonWork] : read)
			.filter(c => !disliked(c.context, c.title) && !isMusicCredit(c));
		// (a ranking's numbered heading naming its work by a quoted title alone: quoted-headings.ts)
		const ranked = items.length ? undefined : quotedHeading(seg, numberedRun.has(i), ctx);
		if (ranked) items.push(ranked);
		// (a work cited in passing by its imprint in brackets, which the readers of lines left: cited-prose.ts)
		// (in place of a reading whose title ran back over a sentence's stop, `Great list. The one I'd add is <title>`,
		// or of one that found no people for it)
		// (and a work prose names by its maker with no markup, `Title karya Name (House, 2019)`: made-by-prose.ts)
		const {works: made, makers} = madeByInProse(seg, ctx);
		// (a maker it names is no title: `Title karya Pak Name (House, 2016)` read `Pak Name` over its bracket)
		if (makers.length) items.splice(0, items.length, ...items.filter(c => !makers.some(n => c.title.endsWith(n))));
		// (or in guillemets, its authors after it in the genitive, `«Title» Мартина Клеппмана (Питер, 2018)`)
		const genitives = quotedGenitives(seg, ctx);
		// (or in Thai, `<b>Title</b> (Original) ของ A กับ B สนพ.House`: thai-credits.ts)
		const thai = thaiCredits(seg, ctx, segs[i - 1]);
		// (or in Korean prose, set apart with its house in brackets after it: korean-prose.ts)
		const korean = koreanProse(seg, ctx);
		const cites = [...citedInProse(seg, ctx), ...markedCredits(seg, ctx), ...made, ...genitives, ...thai,
			...korean];
		for (const cited of cites) {
			if (makers.some(n => cited.title.endsWith(n))) continue;
			if (disliked(cited.context, cited.title)) continue;
			const over = items.findIndex(c => titleKey(c.title).includes(titleKey(cited.title)));
			if (over < 0) items.push(cited);
			else if (RAN_OVER.test(items[over]!.title) || !items[over]!.authors?.length) {
				// (the same title's link, which the reading in passing does not see, is still its address)
				const {url} = items[over]!;
				const same = titleKey(items[over]!.title) === titleKey(cited.title);
				items[over] = url && !cited.url && same ? {...cited, url} : cited;
			}
			// (the same book read twice: the imprint in passing fills what the other reading lacks; a talk's bracket
			// names its venue, no house)
			else if (titleKey(items[over]!.title) === titleKey(cited.title) && items[over]!.kind === 'book') {
				fill(items[over]!, cited);
			}
		}
		// A line naming one work and, in a link of no title, where to get it (`„Refactoring“ von Martin Fowler – <a>bei
		// Thalia</a>`): the link is the work's page (a note's `[1]`, to this page, is not)
		const where = items.length === 1 && !items[0]!.url
			&& seg.links.find(l => untitled(l) && l.url.origin + l.url.pathname !== page.origin + page.pathname);
		if (where) items[0]!.url = where.url.href;
		// A link after a label saying where to hear, watch or get the work the line names (`收听地址：<a>小宇宙</a>`,
		// `观看链接：<a>B站</a>`) is that work's page, named for its platform: no work of its own
		const named = items.length === 2 ? items.find(c => !c.url) : undefined;
		const platform = named ? items.find(c => c.url) : undefined;
		const got = platform && seg.links.find(l => l.url.href === platform.url && cleanTitle(l.text) === platform.title
			&& WHERE_LABEL.test(seg.text.slice(Math.max(0, l.start - 12), l.start)));
		if (got) {
			named!.url = got.url.href;
			items.splice(items.indexOf(platform!), 1);
		}
		// A show's line in Chinese says who hosts it after its title's colon (`《硅谷101》：泓君主持的科技播客`, `Kyle Polich
		// 主持的英文播客`): its hosts made it
		for (const show of items) {
			if (show.authors?.length || (show.kind !== 'podcast' && show.kind !== 'video')) continue;
			const at = seg.text.indexOf(show.title) + show.title.length;
			const host = at < show.title.length ? undefined : HOSTED_ZH.exec(seg.text.slice(at, at + 40));
			if (host) show.authors = [host[1]!];
		}
		// A caption under an embedded player naming one work names the video it plays, maybe its venue's year after
		// (`"Propositions as Types" by Philip Wadler (Strange Loop 2015)`)
		// (not a numbered heading after it: a list's next item, the player closing the section above, `<iframe>` then
		// `<h2>7. Title — Name</h2>`)
		const played = seg.player && !numbered(seg) && items.length === 1 && !items[0]!.url ? items[0] : undefined;
		if (played) {
			played.url = seg.player!.href;
			played.kind = 'video';
			const year = played.publishedAt ?? CAPTION_YEAR.exec(seg.text)?.[1];
			if (year) played.publishedAt = year;
		}
		if (items.length) {
			if (/^H[1-6]$/.test(seg.tag)) headingsWithItems.add(i);
			found.push(...items);
		// (a list's item's note under it, its translator and imprint the work's: item-note.ts)
		} else if (itemNote(seg, i, segs, found)) chain = i;
		else if (!linked.lines.has(i) && attach(seg, i, segs, found, headingsWithItems, chain,
			ctx.section ?? outline.map(text => (text ? sectionKind(text) : undefined)).findLast(Boolean))) chain = i;
	});
	pronounOwners(found);
	headingRetold(segs, found);
	const {cards, buttons} = cardCandidates(segs, found, page, titled);
	if (cards.length) {
		found = [...found.filter(c => !buttons.has(titleKey(c.title))), ...cards].sort((a, b) => a.seg - b.seg);
	}
	if (linked.cards.length || linked.previews.size) {
		// (a card of a page under a work's address named before it is that work's page: `…/6.824/schedule.html` after
		// the course at `…/6.824/`)
		const cards = linked.cards.filter(card => !found.some(c => c.seg < card.seg && under(card.url, c.url)));
		found = [...found.filter(c => !linked.lines.has(c.seg)), ...cards].sort((a, b) => a.seg - b.seg);
	}
	// (a link preview's heading is its work, named and credited as the preview says)
	const seen = new Set(found.map(c => c.seg));
	const shownOnly = [...linked.previews].filter(([seg]) => !seen.has(seg)).map(([, shown]) => shown.card);
	if (shownOnly.length) found = [...found, ...shownOnly].sort((a, b) => a.seg - b.seg);
	for (const c of found) {
		const shown = linked.previews.get(c.seg);
		if (!shown || c.url !== shown.url) continue;
		c.title = shown.title;
		if (!c.authors?.length && shown.authors.length) c.authors = shown.authors;
	}
	const headed = siblingHeadings(segs, found, page);
	if (headed.length) found = [...found, ...headed].sort((a, b) => a.seg - b.seg);
	readSpeakerCards(segs, found);
	videoMakers(segs, found);
	// (a credit closing on `, the paper that…` names the work's kind: closing-appositive.ts)
	closingAppositives(segs, found);
	sectionFacts(segs, found);
	// (a heading naming a course platform over its courses: platform-sections.ts)
	found = platformSections(segs, found);
	found = spoken(listed(ordered(found), numberedRun, segs));
	// (a numbered heading's short Han name before its title, where its sibling headings' works are credited)
	headingNames(found, numberedRun);
	// (a title named bare in the prose closing a list of heading works: after-list.ts)
	found = afterList(segs, found);
	// (a definition list's records are read term and credit together: term-records.ts)
	found = readInstead(found, termRecords(segs));
	// (a definition list of a work's facts that labels its title: titled-terms.ts)
	found = readInstead(found, titledTerms(segs, page));
	// (an outliner's title lines over their colophons: outline-titles.ts)
	found = readInstead(found, outlineTitles(segs, page));
	// (a heading over its shop page's preview and its labelled facts: preview-headings.ts)
	found = readInstead(found, previewHeadings(segs, page));
	// (a heading whose first labelled fact is its full title: full-title-label.ts)
	found = readInstead(found, fullTitleLabels(segs, page));
	// (and the works a record's note names by title and year alone: marked-credits.ts)
	const further = furtherWorks(segs, found, seg => ({page, seg, refSection: false, afterHeading: false}));
	if (further.length) found = [...found, ...further].sort((a, b) => a.seg - b.seg);
	if (content) {
		// A row of a table of works is read by its columns: what its cells said on their own gives way (an authors cell
		// read as `Name, Title`, a title without the row's people or kind); so is a record whose parts are classed
		const tabled = [...tableCandidates(content.root, segs, base), ...recordCandidates(content.root, segs, base)];
		// (and a table whose title cell is plain text, its people and link in columns apart: unlinked-title-table.ts)
		const rows = [...tabled, ...unlinkedTitleRows(content.root, segs, base, tabled)];
		const read = new Set(rows.flatMap(({cells: [from, to] = [0, -1]}) =>
			Array.from({length: to - from + 1}, (_, k) => from + k)));
		found = found.filter(c => !read.has(c.seg));
		found.push(...rows);
		found.sort((a, b) => a.seg - b.seg); // Stable: the table's rows take their place in the page
	}
	// (a link's preview card under a work named with no link is its page: preview-of-work.ts)
	found = cardsOfWorks(found, segs);
	// (a Japanese post's affiliate card under a book's title gives its people and publisher: shop-cards.ts)
	if (content) {
		fillFromShopCards(content.root, found);
		found = [...found, ...shopCardWorks(content.root, segs, found)].sort((a, b) => a.seg - b.seg);
	}
	const headings = segs.filter(s => /^H[1-6]$/.test(s.tag)).map(s => s.text).join(' ');
	const subject = pageSubject(doc, headings);
	if (subject) found.unshift(subject);
	// (a work named again in passing, shortened, is the one listed: passing-mentions.ts)
	// (and a button worded as the page's calls to action end: call-to-action.ts; a kind's word before a title:
	// kind-words.ts)
	// (the question's text keyed once, not per work)
	const askerKey = content?.asker ? titleKey(content.asker.textContent ?? '') : undefined;
	const works = withoutCallsToAction(segs, withoutPassingMentions(withoutKindWords(found)))
		.filter(c => !askersOwn(c, askerKey));
	return finish(mergeCandidates(works), page, doc);
}

/**
 * A work the question names (the asker's, had or tried: `『Title』을 샀는데 10페이지 읽고 덮었습니다`) that an answer names
 * again bare, no people nor link of its own, is the asker's book talked over (`『Title』은 좋은 책이지만 입문서는 아닙니다`),
 * no answer's recommendation: one recommended is credited or linked.
 */
function askersOwn(work: Candidate, askerKey?: string): boolean {
	const key = titleKey(work.title);
	if (!askerKey || key.length < 3 || work.authors?.length || work.url) return false;
	return askerKey.includes(key);
}

/** Drops what is not a work (the page itself, its own title) and the internal bookkeeping fields. */
function finish(items: Candidate[], page: URL, doc: Document): Harvested[] {
	const own = titleKey(doc.title);
	return items.flatMap(({seg: _seg, unlinked: _unlinked, order: _order, other: _other, weak: _weak,
		tentative: _tentative, imprint: _imprint, unproven: _unproven, surnames: _surnames, cells: _cells,
		speaker: _speaker, settled: _settled, italicised: _italicised,
		...rest}) => {
		if (rest.url && (urlKey(rest.url) === urlKey(page.href) || !httpUrl(rest.url))) return [];
		// (nor the site's other posts it links: own-posts.ts)
		if (isOwnPost(rest as Candidate, page)) return [];
		const key = titleKey(rest.title);
		// (one Han character is a whole title between title marks: `《蛙》`, `《家》`; other readings ask for two)
		// (nor a label read as a title: `链接：<a>豆瓣</a>`)
		const short = key.length < 2 && !/^\p{sc=Han}$/u.test(key);
		if (short || key === own || /^\d+$/.test(key) || (key.length > 1 && isGenericText(rest.title))) return [];
		// Whoever teaches a course made it, as course pages credit it (`主讲：`, `Instructor:`): its authors
		const taught = rest.contributors?.filter(c => c.role === 'instructor') ?? [];
		if (taught.length) {
			rest.authors = [...rest.authors ?? [], ...taught.map(c => c.name)];
			rest.contributors = rest.contributors!.filter(c => c.role !== 'instructor');
		}
		withoutVenue(rest as Candidate);
		// Names set in capitals are said as a reader says them; only now, so an acronym still reads as none on the way
		if (rest.authors?.length) rest.authors = rest.authors.map(uncapped);
		else delete rest.authors;
		if (rest.contributors?.length) rest.contributors = rest.contributors.map(c => ({...c, name: uncapped(c.name)}));
		else delete rest.contributors;
		return [rest];
	});
}
