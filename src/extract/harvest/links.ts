/** The link reader: each link of a segment that is a work's, with the facts the words after it give. */
import type {Kind} from '../../core/types.ts';
import {answering} from './asked.ts';
import {bibIn, citationIn, creditLine, fullName, hasBib, type Bib} from './biblio.ts';
import {BRACKETED_YEAR, CLOSING_YEAR, dashAuthors, VENUE_SENTENCE} from './clause.ts';
import {COURSE_PLATFORMS, hostInfo, isChannelPage, isChromeLink, isSocial, itemPage} from './hosts.ts';
import {item, LEADS, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {askedKinds, kindFromWords, TOOL} from './kind.ts';
import {fieldBib, formatKind} from './field-classes.ts';
import {emojiKind} from './emoji-lines.ts';
import {genitiveOwners} from './genitive.ts';
import {fallbackTitle, WITH_NAMES} from './link-title.ts';
import {nextMark} from './marked-titles.ts';
import {BIDDING, HAN_RE, joinedSurnames, NAME_PAIR, personNames, SURNAME_ALONE} from './names.ts';
import {greekNominative, inEnglish, isPerson, splitNames} from './people.ts';
import type {LinkSpan, Segment} from './segments.ts';
import {showCredits} from './show-credits.ts';
import {cleanTitle, EVENT_YEAR, HAN, isGenericText, isRequest, titleKey, YEAR} from './text.ts';

/** Words that say a line names a work (regex fragments: `curricul(?:um|a)`), each also as a plural. */
const WORKS = ['book', 'course', 'tutorial', 'talk', 'keynote', 'paper', 'podcast', 'handbook', 'guide', 'lecture',
	'video', 'curricul(?:um|a)', 'lesson', 'workshop', 'textbook', String.raw`\d+(?:st|nd|rd|th) edition`];
const CUE = new RegExp(String.raw`《|书|课程|专栏|教程|演讲|论文|播客|讲义|教材|\b(?:${WORKS.join('|')})s?\b`, 'i');
/**
 * A tool's own documentation, named so (`the scikit-learn user guide`, `the pandas docs`, `the API reference`): kept
 * open beside the work, as answers say, no work of its own; `guide` alone names a written one (`the rustc dev guide`).
 */
const MANUAL = /\b(?:user(?:['’]s|s)?\s+(?:guide|manual)|documentation|docs|api\s+reference)$/i;
/** Where papers are put: a PDF, a publications list's page (`/pubs/…`, `/papers/…`). */
const PAPER_PATH = /\.pdf$|\/(?:pubs?|papers?|publications?)\//i;
/** Where speakers and screencasters put a talk: a talks or videos folder (`/talks/wat`). */
const TALK_PATH = /\/(?:talks?|videos?|screencasts?)\/[\w-]/i;
/** Words saying the repository linked after them is a tool the writer uses (`with`, `using`). */
const USED_WITH = /\b(?:with|using|via)\s+(?:the\s+)?$/i;
/** Words before a link saying it is installed: a program's (`直接装 <a>…</a>`, `install <a>…</a>`). */
const INSTALLED = /(?:装|安装|\binstall(?:ing)?)\s*(?:the\s+)?$/iu;
/**
 * A title that is a manual's or an exam's, what one looks up or sits, not a work one learns from (in English a
 * `Certification` is as often the course that prepares for it).
 */
const NOT_STUDIED = /(?:文档|认证)$/u;
/**
 * Words saying the repository linked after them is where something's code is kept (`the code is in the repository
 * <a>…</a>`, Czech `jsou v repozitáři <a>`, German `im Repository`): a place, no work recommended.
 */
const KEPT_IN = ['in\\s+(?:the|this|its|their)\\s+(?:repo|repository)', 'v\\s+repozitáři', 'v\\s+repozitári',
	'im\\s+(?:repo|repository)', 'dans\\s+le\\s+dépôt', 'w\\s+repozytorium'];
const KEPT_IN_REPO = new RegExp(`(?<!\\p{L})(?:${KEPT_IN.join('|')})\\s*$`, 'iu');
/** A line saying its link is no work to read or watch (`— not reading, but you will live in it`, `(not a book)`). */
const NOT_READ = /^\W*not\s+(?:an?\s+)?(?:reading|book|course|talk|video|podcast|paper)\b/i;
/** Where blogs put a post: a dated permalink (`/2015/05/21/slug/`), a posts folder (`/posts/slug/`). */
const POST_PATH = /^\/(?:(?:19|20)\d{2}\/\d{2}\/(?:\d{2}\/)?|posts?\/|blog\/)[\w-]/i;
/** A citation's people opening its sentence or after a colon, a comma closing them before the title quoted. */
const CITER_BEFORE = new RegExp(String.raw`(?:^|[:：.!?]\s+)(${NAME_PAIR}),\s*["“]?\s*$`, 'u');
/** The year alone in brackets after a quoted title (`” (2000)`). */
const CITED_YEAR_AFTER = /^\s*["”]?\s*[(（](?:19|20)\d{2}[)）]/u;
/** A dated permalink alone (`/2000/04/06/slug/`): a blog's post wherever it is listed. */
const DATED_PATH = /^\/(?:19|20)\d{2}\/\d{2}\/(?:\d{2}\/)?[\w-]/;
const BADGES = /^\s*(?:\p{Extended_Pictographic}\u{FE0F}?\s*)+/u;
/** Regex source: the years a work went on after its first (`–1995`). */
const YEARS_ON = String.raw`(?:[–-](?:19|20)?\d{2})?`;
/** A year in brackets right after a linked title, maybe after its venue (`(2016)`, `(CHI 2008)`). */
// (or after the corner bracket closing the title, in Japanese: `」（2020年）`)
// (the last joined to its year, as TED names its editions: `(TED2006)`, `(TEDGlobal 2009)`)
// (a school and the term a course was given, after a comma: `(Harvard, Fall 2015)`; a house's comma before the year,
// `(Питер, 2019)`, is a citation's)
const TERMS = ['Fall', 'Spring', 'Summer', 'Winter', 'Autumn', 'Michaelmas', 'Hilary', 'Trinity', 'Lent'];
const VENUE_WORD = String.raw`\p{Lu}[\p{L}&/-]*(?:,(?=\s+(?:${TERMS.join('|')})\s))?(?:\s+|(?=(?:19|20)\d{2}[)）]))`;
// (a series written over years is dated by its first: `(1988–1995)`)
export const VENUE_YEAR = new RegExp(String.raw`^\s*[」』]?\s*[(（](?:${VENUE_WORD}){0,3}((?:19|20)\d{2})${YEARS_ON}年?[)）]`,
	'u');
/**
 * The same with a comma before the year (`(Strange Loop, 2011)`): a venue's or a house's, the year is the work's all
 * the same, though the comma says no talk by itself.
 */
const COMMA_YEAR = /^\s*[(（](?:\p{Lu}[\p{L}&/-]*\s+){0,3}\p{Lu}[\p{L}&/-]*,\s*((?:19|20)\d{2})\s*[)）]/u;
/** A link's text quoting the title, then its venue's year in brackets (`"Title" (KubeCon EU 2023)`). */
const QUOTED_VENUE = new RegExp(String.raw`^\s*["“]([^"“”]{2,150})["”](${VENUE_YEAR.source.slice(1)})\s*$`, 'u');
/** A link's text giving the title, a spaced dash, who gave it, a comma, the event and its year in brackets. */
const SPOKEN_AT = new RegExp(String.raw`^(.{4,150}?)\s+[—–]\s+([^,()—–]{4,40}),\s+[^,()]{2,40}\s*\((${YEAR})\)$`, 'u');
/**
 * An author-year citation in brackets after a linked title (`(Vaswani et al., NeurIPS 2017)`, `(Hunt and Thomas,
 * 1999)`), as reading lists cite papers: the first author's surname and `et al.`, or two surnames, a venue maybe,
 * the year. Not one word alone: `(Penguin, 2019)` is a publisher's, `(CHI 2008)` a venue's.
 */
// (a surname of two words too: `(Peyton Jones and Marlow, 2002)`)
const SURNAME = String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?)`;
// (after the quote closing a title quoted around its link too: `“<a>Title</a>” (Vaswani et al., 2017)`)
const CITED_AFTER = new RegExp(String.raw`^\s*["”»]?\s*[(（]\s*${SURNAME}(?:\s+et\s+al\.?|\s+(?:and|&)\s+${SURNAME})`
	+ String.raw`,?\s+(?:\p{Lu}[\p{L}&-]*\s+){0,3}((?:19|20)\d{2})\s*[)）]`, 'u');
/** Stores that sell everything: their page is a book's only where the line or the section says so. */
const GENERAL_STORES = /^(?:Amazon|京东)$/;
const BOOKISH_REPO = /handbook|book|guide|tutorial|awesome|course|primer|cookbook|手册|指南|教程|书|课程|推荐|学习/i;
/** What a full name may own (`Kyle Simpson's book series`). */
// (and a post or an essay, as a blog's is its writer's: `Ilya Katsov's blog post <a>…</a>`)
export const OWNED = ['book', 'course', 'talk', 'lecture', 'series', 'class', 'tutorial', 'guide', 'handbook',
	'keynote', 'paper', 'podcast', 'video', 'notes', 'post', 'essay'];
/**
 * Regex source: an owner's name, captured (`Gloria Mark`), with `more` words at least after the first; no article, no
 * verb bidding the reader (`Watch`).
 */
// (nor a conjunction opening the sentence: `And Cliff Biffle's talk`)
const NOT_OWNERS = ['The', 'A', 'An', 'Our', 'My', 'And', 'But', 'Or', 'So', 'Also', 'Plus', 'Then', ...BIDDING];
const OWNER_NAME = (more: number) =>
	String.raw`((?!(?:${NOT_OWNERS.join('|')})\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){${more},3})`;
/** A Chinese dash, a name (its other name in brackets maybe), 的, then within a few characters the kind or a 《. */
const DE_KIND_AFTER = new RegExp(String.raw`^\s*(?:——|[-–—])\s*([^\s,，。；;（(][^,，。；;（(]{1,30}?)`
	+ String.raw`\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:维护|编写|撰写|整理|翻译|主讲)?的\s*[^,，。；;]{0,4}?`
	+ String.raw`(?:教程|课程|课|书|专栏|视频|播客|讲座|文章|博客|《)`, 'u');
/** Two full names owning what follows together (`Dan Jurafsky and James H. Martin’s `). */
const JOINT_OWNERS = new RegExp(`(${NAME_PAIR})['’]s?\\s*$`, 'u');
/** A link's text that is a title in quotation marks (`“The Tyranny of the Marginal User”`). */
const QUOTED_TEXT = /^["“][^"“”]{2,200}["”]$/u;
/** Two capitals before a surname (`PJ Vogt`, `BJ Fogg`): a given name's initials run together, no acronym. */
const INITIALLED = /^\p{Lu}{2}\s+\p{Lu}\p{Ll}[\p{L}'’-]+$/u;
// (or a comma, an appositive, and the venue it was given at with its year: `<a>…</a>, Name's talk at PyCon US 2019`)
// (its kind's word maybe with a prefix: `Name's micro-course`, `Name's mini-series`)
const OWNER = new RegExp(String.raw`^\s*[-–—:：,，]\s*${OWNER_NAME(1)}['’]s?\s+(?:[\p{L}\d-]+\s+){0,3}?`
	+ String.raw`(?:\p{L}+-)?(?:${OWNED.join('|')})s?\b(?:\s+(?:at|from)\s+${EVENT_YEAR})?`, 'u');
/** A name, one word at least, owning the work with its year: `— Dijkstra's 1972 Turing lecture`. */
const OWNER_YEAR = new RegExp(String.raw`^\s*[-–—:：]\s*${OWNER_NAME(0)}`
	+ String.raw`['’]s\s+((?:19|20)\d{2})\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${OWNED.join('|')})s?\b`, 'u');
/**
 * A byline going on to the venue and year the work was given at (`by Rich Hickey from Strange Loop 2011`, `by Katrin
 * Vogel, OOP 2023`).
 */
const GIVEN_AT = new RegExp(String.raw`\bby\s+[^.;!?]{2,60}?(?:\s(?:at|from)|,)\s+` + EVENT_YEAR, 'u');
/** The work's author named as its owner right before its link (`Gloria Mark's paper <a>…</a>`, `Sandi Metz's talk`). */
const OWNER_BEFORE = new RegExp(OWNER_NAME(1) + String.raw`['’]s?`
	+ String.raw`\s+(?:["“][^"“”]{1,80}["”]\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:${OWNED.join('|')})s?\s*[:：]?\s*["“]?\s*$`,
	'u');
/**
 * One person named alone in brackets after the kind of work the link is (`<a>Title</a> series (Grant Sanderson)`,
 * `<a>Title</a> lectures (Gilbert Strang)`): who made it or teaches it.
 */
const MADE_BY_AFTER = new RegExp(String.raw`^\s+(?:${OWNED.join('|')})s?\s*[(（]([^()（）]{4,40})[)）]`, 'u');
/**
 * A sentence bidding the reader watch or hear someone do it, the link after a colon (`watch Andrej Karpathy build it:
 * <a>Title</a>`, `hear Roman Mars explain it:`): that one is who gives the video or the talk.
 */
const WATCH_NAME = new RegExp(String.raw`\b(?:watch|see|hear|listen\s+to)\s+(${NAME_PAIR})\s+\p{Ll}+`
	+ String.raw`(?:\s+(?:it|this|that|them|how))?\s*[:：]\s*$`, 'u');
/**
 * A work its owner names in quotes, maybe with the venue and year it was given at after (`Name's talk "Title" from
 * QCon San Francisco 2018`), where a link of no title follows (`: <a>video</a>`); the kind unsaid, its year in
 * brackets (`Butler Lampson's "Title" (1983), <a>pdf here</a>`).
 */
const QUOTED_OWNED = new RegExp(OWNER_NAME(1)
	+ String.raw`['’]s?\s+(?:(?:[\p{L}\d-]+\s+){0,2}?(?:${OWNED.join('|')})s?\s+)?["“][^"“”]{2,150}["”]`
	+ String.raw`(?:\s+(?:from|at)\s+${EVENT_YEAR}|\s*[(（]((?:19|20)\d{2})[)）])?`, 'u');
/** The owned kind before the link is a post or an essay (`Name's blog post <a>`): an article. */
const OWNED_POST = /\b(?:post|essay)s?\s*[:：]?\s*["“]?\s*$/;
/** The owner right before the link (`Alex Aiken's <a>`), when the kind of work follows it. */
const OWNER_RIGHT_BEFORE = new RegExp(OWNER_NAME(1) + String.raw`['’]s?\s*$`, 'u');
/** The same in Chinese, the owner's full name before 的 (`Martin Fowler 的<a>《重构》</a>`, `Name 的《`). */
const OWNER_DE_BEFORE = new RegExp(OWNER_NAME(1) + String.raw`\s*的\s*《?\s*$`, 'u');
/**
 * A Turkish owner: a full name in the genitive right before the link (`Kerem Aydın’ın <a>`, `Coşkun’un`), maybe the
 * platform after it in the locative (`Name’un Udemy’deki <a>…</a> kursu`, Name's course on Udemy).
 */
const GENITIVE_BEFORE = new RegExp(OWNER_NAME(1) + String.raw`['’]n?[ıiuü]n(?:\s+\p{Lu}[\p{L}.-]*['’][dt][ae]ki)?\s*$`,
	'u');
/**
 * A Greek owner: the kind of work, then its owner in the genitive after `του`/`της`, right before the link (`το κλασικό
 * άρθρο του Fred Brooks <a>«…»</a>`).
 */
const GREEK_KINDS = ['άρθρο', 'βιβλίο', 'μάθημα', 'ομιλία', 'podcast'];
const GREEK_OWNED_BEFORE = new RegExp(`(${GREEK_KINDS.join('|')})\\s+(?:του|της)\\s+`
	+ String.raw`(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})\s*[«"“]?\s*$`, 'u');
/** The same in Hebrew, `של` (of) between (`ההרצאה של סיימון סינק <a>…</a>`, the talk of): no inflection to undo. */
const HEBREW_KINDS = ['הרצאה', 'קורס', 'ספר', 'פודקאסט'];
const HEBREW_OWNED_BEFORE = new RegExp(`(?:^|\\s)ה?(${HEBREW_KINDS.join('|')})\\s+של\\s+`
	+ String.raw`(\p{Script=Hebrew}[\p{Script=Hebrew}׳'-]+(?:\s+\p{Script=Hebrew}[\p{Script=Hebrew}׳'-]+){1,2})\s*$`, 'u');
/**
 * The kind of work right after a link, as Turkish names it with its possessive suffix (`<a>…</a> kursu`, `eğitimi`,
 * `videosu`, `podcast’i`): the work is that kind.
 */
const SUFFIXED_KINDS: [RegExp, Kind][] = [[/^(?:kurs|eğitim|ders|sertifika)/iu, 'course'], [/^video/iu, 'video'],
	[/^podcast/iu, 'podcast'], [/^kitab/iu, 'book']];
// (in the accusative, dative or locative too: `videosunu izleyin`, watch the video; `kitabına bak`, look at the book;
// a course's certificate, `sertifikasını yap`, is it)
const SUFFIXED_KIND = new RegExp(String.raw`^\s*(kursu|eğitimi|dersi|dersleri|videosu|podcast['’]i|kitabı|sertifikası)`
	+ String.raw`(?:n[ıiuü]|n[ae]|nd[ae])?(?!\p{L})`, 'u');
/** The kind joined to the link by a hyphen, as Finnish inflects a name (`<a>…</a>-podcastia`, `-kurssilla`). */
const HYPHENED_KINDS: [RegExp, Kind][] = [[/^-podcast/iu, 'podcast'], [/^-kurssi/iu, 'course'], [/^-kirja/iu, 'book'],
	[/^-(?:video|luento|puhe)/iu, 'video']];
/**
 * A list item opening with the name that owns its link, and nothing else before it (`Matuschak's <a>Evergreen
 * notes</a>, the note that…`): a surname alone too; not a day's (`Today's <a>…</a>`).
 */
const OWNER_OPENS = new RegExp(String.raw`^\s*(?!(?:Today|Tonight|Yesterday|Tomorrow|This|Last|Next|Everyone)['’])`
	+ OWNER_NAME(0) + String.raw`['’]s?\s*$`, 'u');
/** Finnish and Nordic words for a kind of work, which a genitive owner names after a dash (`– A:n kurssi`). */
const OWNED_KINDS = ['kurssi', 'kirja', 'puhe', 'luento', 'podcast', 'bog', 'bok', 'kursus', 'kurs', 'foredrag',
	'föredrag'];
const OWNED_KIND_AFTER = new RegExp(`^\\s*[-–—]\\s+([^-–—.,;:!?]{4,60}?)\\s+\\p{L}*(?:${OWNED_KINDS.join('|')})`
	+ '\\p{L}*(?![\\p{L}])', 'u');
/** Names alone before a spaced dash, all the text before a link (`John Hughes — `, `Ada Quinn and Ben Ortiz – `). */
const NAMES_DASH = new RegExp(String.raw`^\s*(${NAME_PAIR})\s+[-–—]{1,2}\s*$`, 'u');
/** A bracket right after a link of a house or a journal, capitalised words, and the year (`(Wiley, 2017)`). */
const CITED_IMPRINT = /^\s*\((\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5}),\s*((?:19|20)\d{2})\)/u;
/** A by-word, in the languages of Europe, and the people, a comma after them, right before a link. */
const BY_NAME_COMMA = new RegExp(`(?:^|\\s)(?:by|de|di|da|do|von|par|por|od|av|af)\\s+(${NAME_PAIR}),\\s*$`, 'u');
/**
 * Words alone before a spaced dash, all the text before a link: surnames joined, maybe (names.ts), the last two by `&`
 * or `and` (a comma alone parts a name sorted surname first: `Newport, Cal —`).
 */
const SURNAMES_DASH = /^\s*([^-–—]{3,80}?(?:&|\band\b)[^-–—]{2,40}?)\s+[-–—]{1,2}\s*$/u;
/** Or before a comma (`Ned Batchelder, `), for a link whose title is in quotation marks. */
const NAMES_COMMA = new RegExp(String.raw`^\s*(${NAME_PAIR})\s*,\s*$`, 'u');
/** A link's text opening with a quotation mark: its title is quoted. */
const QUOTED_LINK = /^\s*[«„“"‚»]/u;
/** The event a talk was given at and its year, after a comma (`, PyCon US 2015.`): the year is the talk's. */
const EVENT_AFTER = /^[»“”"‘’]?\s*,\s*\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,3}\s+((?:19|20)\d{2})\b/u;
/** The kind of work right after a link (`<a>Compilers</a> course`), maybe its medium before (`blog series`). */
const OWNED_AFTER = new RegExp(String.raw`^\s+(?:(?:blog|video|online|lecture)\s+)?(${OWNED.join('|')})s?\b`, 'u');
/**
 * The work's author named as its owner opening a paragraph (`Gary Bernhardt's talk from SCNA 2012 …`), and the year
 * of the venue it was given at or comes from, when the sentence names it right after.
 */
const OWNER_OPENING = new RegExp(String.raw`^${OWNER_NAME(1)}`
	+ String.raw`['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${OWNED.join('|')})s?\b`
	+ String.raw`(?:\s+(?:at|from)\s+${EVENT_YEAR})?`, 'u');
/** A bracket's last clause naming the platform a work is on (`, sur Coursera`, `, on edX`, `, en Platzi`). */
const ON_PLATFORM = /\s*[,，]\s*(?:on|sur|en|auf|su|na|op|em)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*$/u;
/** A bracket of words with no digit and no two capitalised words running, then a spaced dash: an aside. */
const ASIDE_BEFORE_DASH = /^\s*[(（](?![^()（）]*(?:\d|\p{Lu}\p{Ll}+\s+\p{Lu}))[^()（）]{2,30}[)）]\s*([-–—]\s)/u;
/**
 * A link's words naming its host, whole (`Speaker Deck` at speakerdeck.com) or every word a part of the host's name
 * (`Apple Podcasts` at podcasts.apple.com).
 */
function namesPlatform(link: LinkSpan): boolean {
	const parts = link.url.hostname.split('.');
	return parts.includes(titleKey(link.text))
		|| link.text.trim().split(/\s+/).every(word => parts.includes(word.toLowerCase()));
}

/**
 * A link's words naming its site by the host's name (`<a>Project Gutenberg</a>` at gutenberg.org/ebooks/13093): where a
 * work is, said in passing, unless something else says it is one.
 */
export function namesHost(link: LinkSpan): boolean {
	const labels = link.url.hostname.split('.').slice(0, -1).filter(label => label.length > 3 && label !== 'www');
	return link.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some(word => labels.includes(word));
}

/** A title, a by-word, then a course platform (`Macroeconomía de Khan Academy`, `Machine Learning by Coursera`). */
const PLATFORM_AFTER = new RegExp(String.raw`^(.{2,100}?)\s+(?:by|de|da|do|di|von|par|on|en|auf|su)\s+`
	+ `(${COURSE_PLATFORMS.source})$`, 'i');

/** A kind of work named right before the link (`the paper <a>`, `MIT 的公开课<a>`): the link is that work. */
// (and in Japanese, the title in corner brackets after it: `講演「<a>…</a>」`)
// (a few Han words may close the clause after the kind before its colon: `建议配合 CMU 的课程一起刷：<a>…</a>`)
const KIND_BEFORE = new RegExp(String.raw`(?:\b(?:${WORKS.join('|')})s?|书|课|课程|专栏|教程|演讲|论文|播客|講演|講義)`
	+ String.raw`(?:\s*[:：「『]?|\p{Script=Han}{1,4}[:：])\s*$`, 'iu');
/**
 * A piece of writing named right before the link after an article, maybe a word between (`The article <a>…</a>
 * describes`, `an old essay <a>…</a>`): that piece; not the writer's own, `this article`.
 */
const ARTICLE_BEFORE = /(?<!\p{L})(?:the|an?)\s+(?:\p{Ll}+\s+)?(?:article|essay)\s*[:：]?\s*$/iu;
/** An article of Portuguese, Spanish, French or Italian alone. */
const LONE_ARTICLE = /^(?:o|os|as|el|la|los|las|le|les|il|lo)$/iu;
/**
 * The kind of a work in Portuguese, Spanish, French and Italian, as a sentence names the link with it: a label or a
 * noun right before it (`Curso: o <a>CS50 em português</a>`), the noun after its colon or dash (`<a>The Odin
 * Project</a>: curso gratuito`) or its comma and article, or its own title opening with it (`<a>Curso de Python 3 –
 * Mundo 1</a>`).
 */
const ROMANCE_KINDS: [string, Kind][] = [['cursos?', 'course'], ['cours', 'course'], ['corsos?', 'course'],
	['livros?', 'book'], ['livres?', 'book'], ['libros?', 'book'], ['v[íi]deos?', 'video'], ['palestras?', 'video'],
	['charlas?', 'video'], ['mooc', 'course'], ['d[ée]p[ôo]t', 'repository'], ['reposit[óo]rio', 'repository']];
const ROMANCE_WORDS = ROMANCE_KINDS.map(([word]) => word).join('|');
const ROMANCE_BEFORE = new RegExp(String.raw`(?<!\p{L})(${ROMANCE_WORDS})\s*[:：]?\s*`
	+ String.raw`(?:(?:o|a|os|as|um|uma|el|la|los|las|un|una|le|il|lo)\s+)?$`, 'iu');
// (or its appositive after a comma, an article before the noun: `<a>Game Feel</a>, el curso abierto que …`)
const ROMANCE_ARTICLES = 'um|uma|un|una|o|a|el|la|le|il';
const ROMANCE_AFTER = new RegExp(String.raw`^\s*(?:[:：–—]\s*(?:(?:${ROMANCE_ARTICLES})\s+)?`
	+ String.raw`|[,，]\s*(?:${ROMANCE_ARTICLES})\s+)(${ROMANCE_WORDS})(?!\p{L})`, 'iu');
const ROMANCE_OPENS = new RegExp(String.raw`^(${ROMANCE_WORDS})\s+(?:de|d[oa]|di|del)\s`, 'iu');
/** A course on what its link names (`El curso de <a>Macroeconomía</a>`, `le cours de <a>…</a>`): a course's title. */
const COURSE_OF = /(?<!\p{L})(?:curso|cours|corso)\s+d[ei]\s+$/iu;
/**
 * Who made the work an appositive names, in its relative clause, and the year it says (`, el curso que A publicó en
 * 2009`).
 */
const ROMANCE_MADE_VERBS = ['publicó', 'escribió', 'creó', 'hizo', 'grabó', 'dio', 'publicou', 'escreveu', 'criou',
	'fez', 'gravou', 'deu'];
const ROMANCE_MADE = new RegExp(String.raw`^\s*[,，]\s*(?:${ROMANCE_ARTICLES})\s+(?:${ROMANCE_WORDS})`
	+ String.raw`(?:\s+\p{Ll}+){0,2}\s+que\s+(${NAME_PAIR})\s+(?:${ROMANCE_MADE_VERBS.join('|')})(?!\p{L})`
	+ String.raw`(?:[^.!?]{0,40}?\b((?:19|20)\d{2})\b)?`, 'u');
const romanceKind = (word: string | undefined): Kind | undefined =>
	(word ? ROMANCE_KINDS.find(([stem]) => new RegExp(`^(?:${stem})$`, 'iu').test(word))?.[1] : undefined);
/**
 * A link's appositive naming its kind (`<a>Rustacean Station</a>, a community podcast.`): a few words, then a kind of
 * work closing the phrase.
 */
// (or going on to who gives it: `<a>…</a>, a self-paced online course with John Muir Laws from the …`)
const KIND_AFTER = new RegExp(String.raw`^\s*[,，]\s*(?:an?|the|my)\s+(?:[\w-]+\s+){0,3}((?:${WORKS.join('|')})s?)`
	+ String.raw`(?:\s*(?:[.,;:!)]|$)|(?=\s+with\s))`, 'i');
/**
 * In Chinese, the clause after the link's comma closing on the kind of work it is (`<a>やさしい日本語</a>，NHK WORLD出的
 * 免费课程，…`).
 */
const HAN_APPOSED = /^\s*[，,][^，,。；;！？]{0,20}?(课程|课|书|教材|教程|播客|专栏)\s*(?:[，,。；;！？]|$)/u;
/** Who gives the work the appositive names, after `with` (case matters: a name's words are capitalised). */
const GIVEN_WITH = new RegExp(String.raw`^\s+with\s+(${NAME_PAIR})(?=\s*(?:[.,;:!)]|$)|\s+\p{Ll})`, 'u');
/** The people after a link's comma to the bracket closing around it (`(<a>Title</a>, Cox, Kaashoek & Morris)`). */
const GLOSS_PEOPLE = /^\s*[,，]\s*([^()（）]{3,80})[)）]/u;
/** A sentence saying the writer listens to what it links (`I mostly listened to <a>…</a>`): a show. */
const LISTENED_TO = /\blisten(?:ed|ing|s)?\s+to\s+(?:the\s+)?$/i;
/** A sentence opening with the kind of the works it links, then a colon (`Podcasts on the commute: <a>…</a>`). */
const KIND_LABEL = new RegExp(String.raw`^\s*\P{L}*((?:${WORKS.join('|')})s?)\b[^:：.!?。]{0,30}[:：][^.!?。]*$`, 'iu');
/** A school a course is from, after its link (`from the University of Helsinki`, `from Stanford University`). */
const FROM_SCHOOL = new RegExp(String.raw`^\s*from\s+(?:the\s+)?(?:(?:University|College|Institute|School)\s+of\s+\p{Lu}`
	+ String.raw`|(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:University|College|Institute of Technology)\b)`, 'u');
/** Schools known by a short name, whose possessive before a link says it is their course (`MIT's <a>6.5840</a>`). */
const SCHOOLS = ['MIT', 'Stanford', 'Harvard', 'Berkeley', 'UC Berkeley', 'CMU', 'Princeton', 'Caltech', 'Yale',
	'Oxford', 'Cambridge', 'Columbia', 'Cornell', 'EPFL', 'ETH', 'UCL', 'Georgia Tech', 'Imperial'];
const SCHOOL_BEFORE = new RegExp(String.raw`(?:\b(?:${SCHOOLS.join('|')})|\b(?:University|College) of \p{Lu}\p{L}+`
	+ String.raw`|\p{Lu}\p{L}+ University)['’]s\s*$`, 'u');
/**
 * The school a course is from after its link, then who teaches it in brackets (`<a>…</a> from MIT (A, B and C)`), as a
 * sentence credits a course: the school publishes it, the people in the brackets made it.
 */
const FROM_SCHOOL_TAUGHT = new RegExp(String.raw`^\s*from\s+(?:the\s+)?((?:${SCHOOLS.join('|')})`
	+ String.raw`|(?:University|College|Institute|School)\s+of(?:\s+\p{Lu}[\p{L}-]*){1,3}`
	+ String.raw`|(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:University|College|Institute of Technology))\s*[(（]([^()（）]{4,120})[)）]`,
'u');
/**
 * Who hosts a show, named with `with` right after its link (`<a>Decoder</a> with Nilay Patel`), in the languages of
 * Europe too (`<a>Design Better</a> med A och B`, `mit A und B`, `avec A et B`, `con A y B`, `met A en B`).
 */
const WITH_WORDS = ['with', 'med', 'mit', 'avec', 'con', 'com', 'met'];
const WITH_HOST = new RegExp(`^\\s*(?:${WITH_WORDS.join('|')})\\s+`
	+ `(${NAME_PAIR.replace('and|&', 'and|&|och|og|und|et|y|e|en')})`, 'u');
/**
 * A network or a station a show is from, right after its link (`from New Hampshire Public Radio`, `from the BBC`), in
 * Danish, Norwegian and Swedish too (`fra DR`, `från SR`), maybe its hosts after it (`<a>…</a> fra DR med Name`).
 */
const FROM_WORDS = ['from', 'fra', 'från'];
const FROM_NETWORK = new RegExp(`^\\s*(?:${FROM_WORDS.join('|')})\\s+(?:the\\s+)?`
	+ String.raw`(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'’-]*){0,5})`
	+ `(?=\\s*[,.;)]|$|\\s+(?:${WITH_WORDS.join('|')})\\s)`, 'u');
/**
 * Or in a clause saying who runs it, in Polish (`<a>DevTalk</a>, który prowadzi Maciej Aniserowicz`) and in Finnish,
 * after the kind joined to the link (`<a>Name</a>-podcastia, jota juontavat A ja B`, which A and B host).
 */
const RUNS = ['(?:który|która|które|których)\\s+prowadz[ią]', '(?:jota|jonka|joka)\\s+(?:juonta(?:a|vat)|vetä(?:ä|vät))'];
const RUN_BY = new RegExp(`^(?:-\\p{L}+)?\\s*[,，]\\s*(?:${RUNS.join('|')})\\s+`
	+ `(${NAME_PAIR.replace('and|&', 'and|&|i|ja')})`, 'u');
/** A show's host named in brackets after it (`(juontajana X)`, as host; `(vært: X)`, `(host: X)`). */
const HOST_WORDS = ['juontajana', 'juontajina', 'juontaja', 'juontajat', 'vært', 'værter', 'värd', 'värdar',
	'programleder', 'programledare', 'hosts?'];
const HOST_BRACKET = new RegExp(`^\\s*[(（]\\s*(?:${HOST_WORDS.join('|')})\\s*[:：]?\\s+([^()（）]{4,80})[)）]`, 'iu');
/** A teacher named right before the work, owning it (`台大李宏毅老師的<a>《…》</a>`, `吴恩达老师的<a>…</a>`). */
const TEACHER_BEFORE = new RegExp(`([${HAN}]{2,3})(?:老師|老师|教授)的\\s*《?\\s*$`, 'u');
/**
 * A teacher named by their title right after the work, maybe after its school (`o <a>CS50</a> de Harvard, com o
 * professor X`, `con la profesora X`, `with Professor X`): the work is a course, the teacher its author.
 */
const TEACHER_WORDS = ['[Pp]rofessor', '[Pp]rofessora', '[Pp]rofesor', '[Pp]rofesora', '[Pp]rof\\.'];
// (German says `bei`, the doctor's title after the professor's: `auf openHPI, bei Prof. Dr. Anja Weber`)
const TEACHER_AFTER = new RegExp(String.raw`^[^.;!?()]{0,40}?[,，]?\s*(?:com|con|with|bei)\s+(?:(?:[oa]|el|la)\s+)?`
	+ `(?:${TEACHER_WORDS.join('|')})\\s+(?:Dr\\.\\s+)?(${NAME_PAIR})(?=[.,;:!?)]|\\s*$)`, 'u');
/**
 * Or in brackets further in its sentence (`<a>…</a> do Curso em Vídeo (prof. Gustavo Guanabara)`, `(o professor é o
 * David J. Malan)`).
 */
const TEACHER_BRACKET = new RegExp(String.raw`^[^.;!?()]{0,160}?[(（]\s*(?:(?:[oa]|el|la)\s+)?`
	+ String.raw`(?:${TEACHER_WORDS.join('|')})\s+(?:(?:é|es)\s+(?:(?:[oa]|el|la)\s+)?)?(?:Dr\.\s+)?(${NAME_PAIR})\s*[)）]`,
'u');
/** An institution giving a course, after `da`/`do` right after it, by its words (`Fundação`, `Instituto`, `Curso`). */
const SCHOOL_WORDS = ['Fundação', 'Fundación', 'Instituto', 'Universidade', 'Universidad', 'Faculdade', 'Escola',
	'Escuela', 'Academia', 'Curso', 'Canal'];
const GIVEN_BY_SCHOOL = new RegExp(String.raw`^\s*d[oa]\s+((?:${SCHOOL_WORDS.join('|')})`
	+ String.raw`(?:\s+(?:(?:em|de|do|da|dos|das)\s+)?\p{Lu}[\p{L}\p{M}]+){1,3})(?=\s*[,(.;]|\s+\p{Ll}|$)`, 'u');
/** Whose talk or lecture a Japanese sentence says it is (`和田卓人さんの講演「<a>…</a>」`). */
const SPEAKER_BEFORE = new RegExp(`([${HAN}]{2,5})(?:さん|氏|先生)の(?:講演|講義|発表)\\s*[「『]\\s*$`, 'u');
/** A show's host named after it with no colon (`<a>股癌 Gooaye</a>，主持人謝孟恭，…`). */
const HOST_AFTER = new RegExp(`^\\s*[,，]?\\s*主持人\\s*[:：]?\\s*([${HAN}]{2,4}?)(?=[，,。；;、\\s]|$)`, 'u');
/** A person's profile on a site (`/author/x`, `/people/x`, `/@x`): after a comma a home page may be a place's. */
const PROFILE = /^\/(?:[\w-]+\/)?(?:authors?|people|person|profiles?|users?|contributors?|speakers?|team)\/|^\/@/i;
/** The word for a channel in a link's text, as a sentence names where videos are (`channel`, `chaîne`, `Kanal`). */
const CHANNEL_WORD = /\b(?:channel|cha[iî]ne|kanal|canal)\b/iu;
const PERSON_BEFORE = /(?:\bby|作者|译者|譯者|著者|编者|編者|讲师|講師|主讲|主講)\s*[:：]?\s*$/i;

/** "example.co.uk" for "www.example.co.uk": enough to tell the site's own links from outbound ones. */
function site(url: URL): string {
	const labels = url.hostname.split('.');
	const tail = labels.slice(-2).join('.');
	return /^(?:com?|net|org|gov|edu|ac)\.[a-z]{2}$/.test(tail) ? labels.slice(-3).join('.') : tail;
}

/** Surnames alone after a dash, two or more, the last after `&` or `and` (`— Quinn, Ortiz & Vale`): its authors. */
const surnamesJoined = (names: string[], after: string) => names.length > 1 && /^\s*[-–—]/.test(after)
	&& names.every(name => SURNAME_ALONE.test(name))
	&& new RegExp(`(?:&|\\band)\\s+${names.at(-1)}\\b`).test(after);

/** `Lamport, `, `Ongaro & Ousterhout, `, `Ghemawat et al., `: the names (surnames or full) that open a citation. */
function citingNames(lead: string): string[] | undefined {
	const names = /^\s*(.{2,80}?)(?:,?\s+et al\.?)?\s*[,，]\s*$/u.exec(lead)?.[1]?.split(/\s*(?:,|&|\band\b)\s*/);
	if (!names?.every(name => SURNAME_ALONE.test(name) || fullName(name))) return undefined;
	return names.map(name => fullName(name) ?? name);
}

/** A paper's venue and year after its linked title, closing the item (`, <i>Journal</i>, 1978.`, `, POPL 1982.`). */
const VENUE_AFTER = /^\s*,\s*(\p{Lu}[^,.;()]{1,80}?),?\s+((?:19|20)\d{2})\.?\s*$/u;

/** `Name: Title`, a talk's link text when it names its speaker first. */
const SPEAKER_FIRST = /^([^:：]{4,40}?)\s*[:：]\s+(?=\S.{4})/u;
/** A talk's label opening its line, in the languages of the posts users read (`Talk:`, `Foredrag:`, `Vortrag:`). */
const TALK_LABELS = ['talk', 'keynote', 'lecture', 'foredrag', 'föredrag', 'vortrag', 'puhe', 'esitelmä', 'luento',
	'conférence', 'charla', 'palestra', 'lezing'];
/**
 * The speaker a talk's labelled line cites first, before its link (`🎤 Foredrag: Name, <a>"Title"</a> (TEDGlobal
 * 2009)`, `Talk: Name, <a>Title</a> (Strange Loop 2011)`), its venue and year in brackets after the link.
 */
function labelledSpeakers(lead: string): string[] | undefined {
	const m = /^\P{L}*(\p{L}+)\s*[:：]\s*([^:：]{4,80}?)\s*[,，]\s*$/u.exec(lead);
	return m && TALK_LABELS.includes(m[1]!.toLowerCase()) ? personNames(m[2]!) : undefined;
}

/**
 * The work linked right before `links[i]` in its sentence, on the same site, of no known host, when `links[i]` is
 * capitalised: `<a>The Embedded Rust Book</a> targets …, and <a>Discovery</a> (the micro:bit version)` names another
 * of the site's works, of its kind.
 */
function siblingWork(seg: Segment, links: LinkSpan[], i: number, out: Candidate[]): Candidate | undefined {
	const [prev, link, work] = [links[i - 1], links[i]!, out[out.length - 1]];
	// (not a code host's: a repository's other pages are its issues, its discussions)
	if (!prev || work?.url !== prev.url.href || prev.url.hostname !== link.url.hostname || hostInfo(prev.url)) {
		return undefined;
	}
	const oneSentence = !/[.!?。]\s/.test(seg.text.slice(prev.end, link.start));
	return oneSentence && /^\P{L}*\p{Lu}/u.test(link.text) ? work : undefined;
}

/** The works a segment's links name: each link's title, with the facts the words after it give. */
export function linkCandidates(seg: Segment, ctx: Context): Candidate[] {
	const out: Candidate[] = [];
	const links = seg.links.filter(l => !isChromeLink(l.url, ctx.page));
	let found: RegExpExecArray[] | undefined;
	const quotes = () => (found ??= [...seg.text.matchAll(/《([^《》]{1,100})》/g)]);
	// The whole segment's facts, read once for all its links (a copy each: a link may set its own authors)
	let whole: Bib | undefined;
	// (a credit line may open it as its first sentence, names first: `A & B — House, 3rd ed., 2015. A comment…`)
	const segmentBib = () => ({...(whole ??= creditLine(seg.text.split(/(?<=[\p{Ll}\d]{2})\.\s+(?=\p{Lu})/u)[0]!)
		?? bibIn(seg.text))});
	// Links to the people (`<a>Title</a> by <a>Name</a> and <a>Name</a>`) are not works; in a list item, or after a
	// known work page, their names are the work's (in running text, `<a>a concept</a> by <a>a company</a>` is a wiki's
	// prose)
	const person: boolean[] = [];
	// A list item opening with its work's link may link its people after a dash or a comma (`<a>Nudge</a> — <a>Richard
	// Thaler</a> and <a>Cass Sunstein</a>`): full names after a dash, or after a comma linked to people's profiles
	const opens = LEADS.test(seg.tag) && !!links[0] && !cleanTitle(seg.text.slice(0, links[0].start));
	links.forEach((link, i) => {
		const between = seg.text.slice(links[i - 1]?.end ?? 0, link.start);
		const credited = opens && i === 1 && !!fullName(link.text) && (/^\s*[-–—]{1,2}\s*$/.test(between)
			|| (/^\s*[,，]\s*$/.test(between) && PROFILE.test(link.url.pathname)));
		person[i] = credited || PERSON_BEFORE.test(between.slice(-40))
			|| (!!person[i - 1] && /^\s*(?:[,，、&]|and)\s*$/i.test(between))
			|| /\bby\s+(?:[^.;!?。]|(?<=\b[A-Z])\.){1,80}(?:[,，、&]|\band)\s*$/i.test(between.slice(-120));
	});
	links.forEach((link, i) => {
		if (person[i]) return;
		const before = seg.text.slice(Math.max(0, link.start - 40), link.start);
		let next = i + 1;
		if (LEADS.test(seg.tag) || hostInfo(link.url)) while (person[next]) next++;
		// (emoji right after a link are its badges: `<a>Title</a> 🆓 - Name`; a by-word in another language is `by`:
		// `<a>« Sapiens »</a> de Yuval Noah Harari`)
		// (nor past a title set apart after it, whose facts follow it: `<a>A</a> by X. Then <em>B</em> by Y`)
		let after = inEnglish(seg.text.slice(link.end, Math.min(links[next]?.start ?? Infinity, link.end + 300,
			nextMark(seg, link.end))).replace(BADGES, ' '));
		// (a title quoted around its link closes with the quote, its facts after it: `"<a>Title</a>" – Akidau et al.,
		// VLDB 2015`)
		if (/["“„«]\s*$/.test(before)) after = after.replace(/^\s*["”“»]/, '');
		// (an aside in brackets right after it, naming no one and no year, before its credit's dash: `<a>Title</a>（就是
		// Raft 论文）— A, B, Venue 2014`, `(the Raft paper) — …`)
		after = after.replace(ASIDE_BEFORE_DASH, '$1');
		// Facts after a link belong to it only while the sentence goes on, or when they follow at once
		if (!/^\s*(?:[(（,，:：\-–—]|[·•]\s|by\s|(?:edited|translated|written)\s+by\s)/i.test(after)) {
			after = after.split(/[。！？!?]|(?<!\b[A-Z])\.\s/)[0]!;
		}
		if (isRequest(link.text)) return;
		const untitled = isGenericText(link.text);
		const words = untitled ? seg.text.slice(links[i - 1]?.end ?? 0, link.start) : '';
		// (a link's text may quote the title, then say where and when it was given: `"Title" (KubeCon EU 2023)`)
		const quotedVenue = QUOTED_VENUE.exec(link.text);
		// (or the title, a spaced dash, then its speaker and where and when it was given, as an embed's caption links
		// its talk: `<a>Title — James Kettle, DEF CON 27 (2019)</a>`)
		const spokenAt = quotedVenue ? null : SPOKEN_AT.exec(link.text.trim());
		const speakerAt = spokenAt ? fullName(spokenAt[2]!) : undefined;
		let title = untitled ? fallbackTitle(seg, link, links[i - 1]?.end ?? 0, quotes)
			: cleanTitle(quotedVenue?.[1] ?? (speakerAt ? spokenAt![1]! : link.text));
		// "by X. <a>Buy on Amazon</a>" right under a "1. Title" heading: the heading names the work
		const underHeading = !title && ctx.afterHeading && !ctx.section && !ctx.refSection && seg.heading.length < 150;
		if (underHeading) title = cleanTitle(seg.heading);
		if (title.length < 2) return;
		const host = hostInfo(link.url);
		// A link to a work on a platform, named for the platform (`my slides are on <a>Speaker Deck</a>`): no title
		// (a site's own work, at its root or one page under it, may be named for it: `radiolab.org/podcast`)
		const deep = /^\/[^/]+\/[^/]/.test(link.url.pathname) || !!link.url.search;
		if (host && deep && !untitled && namesPlatform(link)) return;
		// A channel's link worded as where something is (`the talks are on <a>our YouTube channel</a>`), or beside a
		// social profile's (`follow the <a>channel</a> and the <a>page</a> on Facebook`), says where to follow, no work
		if (isChannelPage(link.url) && (CHANNEL_WORD.test(link.text) || seg.links.some(l => isSocial(l.url)))) return;
		// (a link of no title of its own, named by the words before it, is credited there too: `【课名】主讲：A，… 链接：<a>`)
		const bib = underHeading ? segmentBib() : bibIn(words ? `${words}\n${after}` : after);
		// (a link's words naming the platform that gives the work after a by-word are no part of its title: `El curso
		// de <a>Macroeconomía de Khan Academy</a>`)
		const givenOn = untitled ? null : PLATFORM_AFTER.exec(title);
		if (givenOn) title = givenOn[1]!;
		// (or its people after `with` before its bare address: `CoRecursive with Adam Gordon Bell https://…`)
		const made = untitled && !bib.authors.length ? personNames(WITH_NAMES.exec(words)?.[1] ?? '') : undefined;
		if (made) bib.authors = made;
		// (its owner before the quoted title the words give, and the year of the venue after it: `Name's talk "Title"
		// from QCon San Francisco 2018: <a>video</a>`)
		const quotedOwner = words && !bib.authors.length ? QUOTED_OWNED.exec(words) : null;
		const speaker = fullName(quotedOwner?.[1] ?? '');
		if (speaker) {
			const [, , given, bracketed] = quotedOwner!;
			Object.assign(bib, {authors: [speaker], publishedAt: bib.publishedAt ?? given ?? bracketed});
		}
		const teacher = TEACHER_AFTER.exec(seg.text.slice(link.end, link.end + 160))?.[1];
		// (the name ends with its sentence: `bei Prof. Dr. Anja Weber. Kostenlos, …`)
		const taughtIn = teacher ? undefined : TEACHER_BRACKET.exec(seg.text.slice(link.end, link.end + 200))?.[1];
		const teachers = teacher ? personNames(teacher.split(/(?<=\p{Ll}{2})\.\s/u)[0]!)
			: taughtIn ? personNames(taughtIn) : undefined;
		if (teachers) bib.authors = teachers;
		// (and the school or the channel giving it right after it: `<a>…</a> da Fundação Estudar`, `do Curso em Vídeo`)
		const givenBy = teachers && !bib.publisher ? GIVEN_BY_SCHOOL.exec(seg.text.slice(link.end, link.end + 80))?.[1]
			: undefined;
		if (givenBy) bib.publisher = givenBy;
		// The facts the markup names for the record the segment's first link opens (`<span class="item-author">`)
		// (a record opens with its title; a byline's link is the author field itself: `<a class="author">Name</a>`)
		const record = i === 0 && !!seg.fields && !cleanTitle(seg.text.slice(0, link.start))
			&& !seg.fields.author?.includes(link.text.trim());
		const named = record ? fieldBib(seg.fields!) : undefined;
		// (they outweigh what the text around reads: the markup says which is which)
		if (named?.authors.length) bib.authors = named.authors;
		if (named?.publishedAt) bib.publishedAt = named.publishedAt;
		if (named?.publisher) bib.publisher = named.publisher;
		if (quotedVenue) bib.publishedAt ??= VENUE_YEAR.exec(quotedVenue[2]!)?.[1];
		if (speakerAt && !bib.authors.length) Object.assign(bib, {authors: [speakerAt], publishedAt: spokenAt![3]});
		// `Lamport, <a>Time, Clocks…</a> (1978)`, `Ghemawat et al., <a>…</a> (2003)`: names alone open the item before
		// its linked title and a year in brackets follows: a citation written author first
		// (or its venue and year after a comma, as papers are cited: `Robin Milner, <a>…</a>, <i>Journal of …</i>,
		// 1978.`, `Luis Damas and Robin Milner, <a>…</a>, POPL 1982.`; the journal set in italics is its publisher)
		// (read past the journal's italics, where `after` stops)
		// (a paragraph of its own too, as slides and notes set each reference: `<p>A &amp; B, <a>…</a>, ICFP 2000</p>`)
		const line = LEADS.test(seg.tag) || seg.tag === 'P';
		const venue = i === 0 && line ? VENUE_AFTER.exec(seg.text.slice(link.end, link.end + 200)) : null;
		// (or its venue and year in brackets, as talks are cited: `Bryan Cantrill, <a>…</a> (GOTO Chicago 2017)`)
		const cited = i === 0 && line && (VENUE_YEAR.test(after) || !!venue)
			? citingNames(seg.text.slice(0, link.start)) : undefined;
		if (cited && !bib.authors.length) bib.authors = cited;
		const spoke = i === 0 && !bib.authors.length && link.start < 120 && VENUE_YEAR.test(after)
			? labelledSpeakers(seg.text.slice(0, link.start)) : undefined;
		if (spoke) bib.authors = spoke;
		const start = cited && venue ? link.end + venue[0].indexOf(venue[1]!) : -1;
		// (a paper in that journal, as a citation's `J` type says)
		const journal = start >= 0 && seg.marks.some(m => m.start === start && m.end === start + venue![1]!.length)
			? {refType: 'J'} : {};
		if (journal.refType) bib.publisher = venue![1]!;
		if (cited && venue) bib.publishedAt = venue[2]!;
		// Brackets naming a publisher are a citation (`(Aurélien Géron, O'Reilly, 2022)`); a line saying what a tool
		// does names no one (`Vite - 构建工具`)
		const stated = hasBib(bib);
		// (under a heading of shows, the words after one say what it covers, `— weekly news`, no tool's)
		if (!bib.authors.length && (ctx.section === 'podcast' || !TOOL.test(after.slice(0, 80)))) {
			// A few Han characters after a dash say as often what the work is (`：台大的课`) as who made it
			bib.authors = dashAuthors(after, !!bib.publisher, bib.publisher)
				.filter(name => !HAN_RE.test(name) || isPerson(name));
			// The people known, a `(Publisher, Year)` after them is their citation (`— James Clear (Avery, 2018)`)
			if (bib.authors.length && !bib.publisher) Object.assign(bib, citationIn(after, bib.authors));
			// A publisher read inside one of the names was a name's word (`· Christopher Manning · 2021`): no
			// publisher, nor the year read beside it
			if (bib.publisher && bib.authors.some(name => name.includes(bib.publisher!))) {
				delete bib.publisher;
				delete bib.publishedAt;
			}
			// (or two names or more alone in brackets right after it: `<a>Oxide and Friends</a> (Bryan Cantrill and
			// Adam Leventhal)`; one may be what the title's letters stand for, `<a>TOTP</a> (Time-Based One-Time
			// Passwords)`)
			// (the platform it is on may close the bracket: `(Noam Nisan et Shimon Schocken, sur Coursera)`)
			const bracket = /^\s*[(（]([^()（）]{4,60})[)）]/u.exec(after)?.[1]?.replace(ON_PLATFORM, '') ?? '';
			const pair = personNames(bracket);
			// (one name alone there is a show's host under a heading of shows: `<a>Risky Business</a> (Patrick Gray)`)
			const showHost = ctx.section === 'podcast' && pair?.length === 1;
			if (!bib.authors.length && pair && (pair.length > 1 || showHost)) bib.authors = pair;
			// A year closing the people's clause is the work's (`— Leslie Lamport, 1978`, `— Names (SOSP 2003)`)
			// (or a bracket of notes closing on it: `— Jon Gjengset (stream, 2020)`)
			const year = bib.authors.length && !bib.publishedAt
				? (CLOSING_YEAR.exec(after) ?? BRACKETED_YEAR.exec(after) ?? VENUE_SENTENCE.exec(after))?.[1]
				: undefined;
			if (year) bib.publishedAt = year;
			// A list item's `<a>Title</a>, Andrew Hunt and David Thomas`: after a comma, full names only
			// (`<a>Paris</a>, France` is a place); in running text a comma goes on with the sentence (`<a>a source</a>,
			// MIT Museum`)
			const opensItem = LEADS.test(seg.tag) && !cleanTitle(seg.text.slice(0, link.start));
			const names = opensItem && /^\s*[,，]/.test(after)
				? dashAuthors(after.replace(/^\s*[,，]/, '-'), false, bib.publisher) : [];
			if (!bib.authors.length && names.every(name => / /.test(name) || HAN_RE.test(name))) bib.authors = names;
			// (or the link opening brackets, its people after a comma to their close, as a reply glosses the work it
			// names: GLOSS_PEOPLE)
			const gloss = /[(（]\s*$/.test(before) ? GLOSS_PEOPLE.exec(after)?.[1] : undefined;
			const glossed = gloss ? personNames(gloss) ?? joinedSurnames(gloss) : undefined;
			if (!bib.authors.length && glossed) bib.authors = glossed;
			// `— Kyle Simpson's book series`, `— Andrew Ng's course`: a full name owning the work
			// (or, under the heading naming the work, opening the paragraph: `Gary Bernhardt's talk from SCNA 2012 …`)
			// (or right before it, the kind of work right after: `Alex Aiken's <a>Compilers</a> course`)
			const owned = OWNER.exec(after) ?? OWNER_BEFORE.exec(before)
				?? (OWNED_AFTER.test(after) ? OWNER_RIGHT_BEFORE.exec(before) : null)
				?? (underHeading ? OWNER_OPENING.exec(seg.text) : null);
			// (a given name's initials run together, `, PJ Vogt's podcast`, are a person's where a possessive owns it)
			const initialled = owned?.[1] && INITIALLED.test(owned[1]) ? owned[1] : undefined;
			const owner = bib.authors.length ? undefined
				: fullName(owned?.[1] ?? MADE_BY_AFTER.exec(after)?.[1] ?? '') ?? initialled;
			if (owner) bib.authors = [owner];
			// (or in the genitive right before it, as Finnish and the Nordic languages say whose it is: `Andy Huntin ja
			// Dave Thomasin <a>…</a>`, `Svend Brinkmanns <a>…</a>`; a link in lower case is what they own, no title:
			// `Nielsen Norman Groups <a>artikelarkiv</a>`)
			const genitive = bib.authors.length || !/^\P{L}*\p{Lu}/u.test(link.text) ? undefined
				: genitiveOwners(seg.text.slice(Math.max(0, link.start - 80), link.start), ctx.lang);
			if (genitive) bib.authors = genitive;
			// (or after a dash, in the genitive before the kind of work it is: `<a>…</a> – Matti Luukkaisen kurssi`,
			// `<a>…</a> – Svend Brinkmanns bog`)
			const theirs = bib.authors.length ? undefined : OWNED_KIND_AFTER.exec(after)?.[1];
			const owners = theirs ? genitiveOwners(theirs, ctx.lang) : undefined;
			if (owners) bib.authors = owners;
			// (or in Chinese, after a dash, whose it is before 的 and the kind of work, maybe the verb of their making:
			// `<a>…</a> —— Kelsey Hightower 的经典教程`, `—— 宋净超（Jimmy Song）维护的《…》`; the name in brackets is
			// the same person's other name, not a second one's)
			const de = fullName(DE_KIND_AFTER.exec(after)?.[1] ?? '');
			if (de) bib.authors = [de];
			// (or in Spanish and Portuguese, who made it in the appositive's relative clause, maybe when: `<a>…</a>, el
			// curso abierto que Ian Kell publicó en su blog en 2009`)
			const made = bib.authors.length ? null : ROMANCE_MADE.exec(after);
			const maker = made ? fullName(made[1]!) : undefined;
			if (maker) bib.authors = [maker];
			if (maker && made![2]) bib.publishedAt ??= made![2];
			if (owner && owned?.[2] && !bib.publishedAt) bib.publishedAt = owned[2];
			// (a surname alone owning it with its year: `— Dijkstra's 1972 Turing lecture`)
			const dated = bib.authors.length ? null : OWNER_YEAR.exec(after);
			if (dated) Object.assign(bib, {authors: [dated[1]!], publishedAt: bib.publishedAt ?? dated[2]!});
			// A card or a cover's caption: the linked title alone on its line, its people alone on the next
			// (`<a>The Manager's Path</a><br>Camille Fournier`)
			const [rest, line, more] = after.split('\n');
			// (only the segment's first link can open it: the text before a later one is not copied for each)
			const alone = i === 0 && !rest!.trim() && line && more === undefined;
			if (!bib.authors.length && alone && !cleanTitle(seg.text.slice(0, link.start))) {
				bib.authors = personNames(line) ?? [];
			}
		}
		// A full name owning the kind of work the link is, right before it, credits it whatever the sentence goes on
		// to say (`Abdulaziz Ghuloum’s paper <a>…</a> (Scheme Workshop 2006). It builds a compiler…`), with the year of
		// the venue it was given at (`Carol Nichols’ talk “<a>…</a>” (RustConf 2019)`)
		const possessed = fullName(OWNER_BEFORE.exec(before)?.[1] ?? '');
		if (possessed && !bib.authors.length) bib.authors = [possessed];
		if (possessed && bib.authors[0] === possessed) {
			const unquoted = after.replace(/^\s*["”]/u, '');
			bib.publishedAt ??= (VENUE_YEAR.exec(unquoted) ?? COMMA_YEAR.exec(unquoted))?.[1];
		}
		// (a shop's own item page is as another site's: its magazine recommends what the shop sells, hosts.ts)
		const external = site(link.url) !== site(ctx.page) || itemPage(link.url);
		// (its owner alone before it, the link opens the item all the same, and the owner is its author)
		const owns = LEADS.test(seg.tag) ? OWNER_OPENS.exec(seg.text.slice(0, link.start))?.[1] : undefined;
		if (owns && !bib.authors.length) bib.authors = [owns];
		// (and the people alone opening its line before a dash, as talk lists credit their speakers: `John Hughes —
		// <a>Title</a> (Clojure/West 2014)`)
		// (or before a comma when the link's title is in quotation marks, then the event and its year: `Ned
		// Batchelder, <a>«Facts and Myths…»</a>, PyCon US 2015.`)
		// (the line's text before the link is sliced and searched only for a first link that names no one yet: a
		// paragraph of thousands of links is read in one pass)
		const opening = i === 0 && line && !bib.authors.length ? seg.text.slice(0, link.start) : undefined;
		const comma = opening !== undefined && QUOTED_LINK.test(link.text) ? NAMES_COMMA.exec(opening)?.[1] : undefined;
		// (or their surnames alone, joined, as a paper's authors are cited: `Aho, Lam & Ullman — <a>…</a>`)
		const speakers = opening === undefined ? undefined : personNames(NAMES_DASH.exec(opening)?.[1] ?? comma ?? '')
			?? joinedSurnames(SURNAMES_DASH.exec(opening)?.[1] ?? '');
		if (speakers) bib.authors = speakers;
		// (or named by a by-word and a comma before it, in apposition: `the article by A, <a>Title</a> (Journal,
		// 2014)`, `o artigo de A, <a>…</a>`)
		const byComma = bib.authors.length ? undefined : personNames(BY_NAME_COMMA.exec(before)?.[1] ?? '');
		if (byComma) bib.authors = byComma;
		// (and its imprint in brackets after it, a house or a journal and the year: `(Journal of Optics, 2021)`)
		const imprint = (speakers && !comma) || byComma ? CITED_IMPRINT.exec(after) : undefined;
		if (imprint) {
			bib.publisher ??= imprint[1]!;
			bib.publishedAt ??= imprint[2]!;
		}
		const event = speakers && comma ? EVENT_AFTER.exec(seg.text.slice(link.end, link.end + 60)) : null;
		if (event) bib.publishedAt ??= event[1];
		// (an article alone before it opens the line all the same: `<b>Curso:</b> o <a>CS50 em português</a> da …`)
		const leads = LEADS.test(seg.tag) && (!cleanTitle(seg.text.slice(0, link.start)) || !!owns
			|| (link.start < 12 && LONE_ARTICLE.test(cleanTitle(seg.text.slice(0, link.start)))));
		const quoted = /《\s*$/.test(before) || link.text.startsWith('《');
		const label = KIND_LABEL.exec(seg.text.slice(0, link.start))?.[1];
		const heard = LISTENED_TO.test(before);
		const apposed = KIND_AFTER.exec(after);
		const appositive = apposed?.[1] ?? HAN_APPOSED.exec(after)?.[1];
		// (the one it is with is who gives it: its author)
		const given = apposed && !bib.authors.length ? GIVEN_WITH.exec(after.slice(apposed[0].length))?.[1] : undefined;
		const giver = given ? personNames(given) : undefined;
		if (giver) bib.authors = giver;
		const suffixed = SUFFIXED_KIND.exec(after)?.[1];
		const hyphened = HYPHENED_KINDS.find(([stem]) => stem.test(after))?.[1];
		// (or a work's emoji alone opening its line, as captions lead each: `🎧 <a>Tiden</a> fra DR med …`, a show)
		const led = link.start < 12 ? emojiKind(seg.text.slice(0, link.start)) : undefined;
		const markedKind = hyphened ?? led;
		// (or the kind of work right after it, as a sentence names what it links: `the <a>Nand2Tetris</a> course on …`)
		// (its own words naming it: an address's is none, `# adapted from <a>https://…</a>` in code)
		const rightAfter = untitled ? undefined : OWNED_AFTER.exec(after)?.[1];
		// (or in Greek, the kind and its owner in the genitive: `το άρθρο του Fred Brooks <a>`; in Hebrew after `של`)
		const [, ownerKind, namedOwner] = GREEK_OWNED_BEFORE.exec(before) ?? HEBREW_OWNED_BEFORE.exec(before) ?? [];
		const romance = romanceKind((ROMANCE_BEFORE.exec(before) ?? ROMANCE_AFTER.exec(after)
			?? ROMANCE_OPENS.exec(link.text.trim()))?.[1]) ?? (COURSE_OF.test(before) ? 'course' : undefined);
		const introduced = KIND_BEFORE.test(before) || !!namedOwner || !!label || heard || !!appositive || !!suffixed
			|| !!markedKind || !!rightAfter || !!romance || ARTICLE_BEFORE.test(before);
		const taughtAt = FROM_SCHOOL_TAUGHT.exec(after);
		const schoolTeachers = taughtAt && !bib.authors.length ? personNames(taughtAt[2]!) : undefined;
		if (schoolTeachers) Object.assign(bib, {authors: schoolTeachers, publisher: bib.publisher ?? taughtAt![1]!});
		const school = !!schoolTeachers || FROM_SCHOOL.test(after) || SCHOOL_BEFORE.test(before);
		// A repository named in passing ("see Flannel") is a tool, not a recommendation
		// (and one the sentence says is used, whatever the section: `I watch them at 1.25× with <a>videospeed</a>`)
		// (not one its section's heading names: `PingCAP Talent Plan` over `… <a>pingcap/talent-plan</a> …`)
		const headed = titleKey(seg.heading) === titleKey(link.text);
		const passing = host?.kind === 'repository' && !leads && !headed && !BOOKISH_REPO.test(`${link.text} ${before}`)
			&& ((!ctx.refSection && !ctx.section) || USED_WITH.test(before));
		// A bare outbound link opening a list item is a related-links box; awesome lists describe theirs
		const described = leads && /^\s*(?:[-–—:：]\s*\S|\(|（|by\s)/i.test(after);
		// The site's own pages count only with real bibliographic facts (a translator, a publisher, an ISBN), or named
		// as a kind of work and who gives it (a forum's wiki page on its podcast: `the <a>X</a> podcast hosted by A`)
		const strongBib = bib.contributors.length > 0 || !!bib.publisher || !!bib.isbn?.length
			|| (!!(giver ?? rightAfter ?? suffixed) && bib.authors.length > 0)
			|| (!!named?.authors.length && !!named.publishedAt)
			|| (bib.authors.length > 0 && /^\s*(?:[(（,，:：\-–—]|by\s)/i.test(after));
		// A curated list describes its tools and sites too: what the line says the link is decides
		const tool = !hasBib(bib) && !CUE.test(`${link.text} ${after}`) && TOOL.test(after.slice(0, 80));
		// A site's home page names the site (a tool, a blog, a community), not one of its works, unless the line or its
		// section says it is a book or a course, or names who wrote it: by a label, or by full names after a dash (one
		// short Han word there says as often what the site does: `Can I use - 查兼容性`)
		// (a host that names one work, `course.fast.ai`, `x.gitbook.io`, is that work's site)
		// (two surnames or more joined after the dash name its authors as well: `— James, Witten, Hastie & Tibshirani`)
		// An answer to a question asking for works names one by its title alone, linked in passing (`The obvious
		// answer is <a>Crafting Interpreters</a>.`): a capitalised title of two words or more, its own site's home page
		// too; no profile's (one word is as often a tool's or a site's, `<a>Neovim</a>`, `on <a>Mastodon</a>`)
		// (nor what the sentence says one works in or with: `work in <a>Google Colab</a>`, `<a>X</a> — not reading`;
		// a profile is none either, below)
		// (nor a link naming its site after a title set apart, where that work is read: `<i>T</i> oleh A. … dekat
		// <a>Project Gutenberg</a>`)
		const answer = !!ctx.asked && external && !untitled && /^[\p{Lu}\d]\S*\s/u.test(title)
			&& !(namesHost(link) && seg.marks.some(m => m.end <= link.start
				&& /\p{L}{2}/u.test(seg.text.slice(m.start, m.end))))
			&& !USED_WITH.test(before) && !/\bin\s+$/i.test(before) && !NOT_READ.test(after);
		const home = link.url.pathname.length < 2 && !link.url.search && !stated && !host && !answer
			&& !bib.authors.some(name => name.includes(' ')) && !surnamesJoined(bib.authors, after)
			&& !quoted && !introduced && !CUE.test(`${link.text} ${after}`)
			&& ctx.section !== 'book' && ctx.section !== 'course';
		// In a section of tools, sites or people, only a known work page or a line naming the work's people is a work
		const listed = (leads || ctx.refSection) && (ctx.refSection || !!ctx.section || !!ctx.titled);
		// (in a section of tools or gear, a page of a store that sells everything is a product's: `Mic –
		// <a>amzn.to/…</a>`)
		// (a show the writer says they listen to is one in any section: `I mostly listened to <a>…</a>`)
		const sibling = external && !tool && !host ? siblingWork(seg, links, i, out) : undefined;
		// (a title in quotation marks that a full name owns right before it is someone's piece: `Ivan Vendrov's
		// <a>“The Tyranny of the Marginal User”</a> (2023)`)
		const quotedLink = QUOTED_TEXT.test(link.text.trim());
		// (or in italics, as a book's is, in a section of works: `Name’s <a><i>Title</i></a>` under `Textbooks`)
		const italic = !!ctx.section && seg.marks.some(m => Math.abs(m.start - link.start) <= 1
			&& Math.abs(m.end - link.end) <= 1);
		const ownedQuote = external && (quotedLink || italic) && !!fullName(OWNER_RIGHT_BEFORE.exec(before)?.[1] ?? '');
		// (a code host's page there is software's: `## Tools` … `<a>Prometheus</a> - The monitoring system`)
		const workPage = !!host && !GENERAL_STORES.test(host.provider ?? '') && host.kind !== 'repository';
		const ok = ownedQuote || (ctx.toolSection
			? workPage || hasBib(bib) || heard
			: (host && !passing) || (external ? hasBib(bib) : strongBib) || quoted || !!sibling
			// (a person's profile is no work: `ask me on <a>Mastodon</a>`)
			|| (external && !tool && !MANUAL.test(link.text.trim()) && !PROFILE.test(link.url.pathname)
				&& (described || listed || introduced || school || answer || CUE.test(link.text))));
		const kept = host?.kind === 'repository' && KEPT_IN_REPO.test(before);
		// (nor where the sentence reads or keeps things, `在 <a>微信读书</a> 上看`: on a platform, Chinese `在 … 上`, or
		// goes to look, `去 <a>CNCF Landscape</a> 上看`)
		const platform = /[在去到]\s*$/u.test(before) && /^\s*上/u.test(after);
		// (nor what one installs, a program: `装 <a>Docker Desktop</a>`; nor a manual or an exam: `<a>Kubernetes
		// 中文文档</a>`, `考 <a>CKA 认证</a>`)
		const software = INSTALLED.test(before) || NOT_STUDIED.test(title);
		if (ok && !home && !kept && !platform && !software && !NOT_TITLE.test(title)
			&& !(passing && USED_WITH.test(before))) {
			// The venue and year a byline names it at (`— a talk by Rich Hickey from Strange Loop 2011`)
			const given = bib.authors.length && !bib.publishedAt ? GIVEN_AT.exec(after)?.[1] : undefined;
			if (given) bib.publishedAt = given;
			// A year in brackets right after the title is the work's (`<a>Deep Work</a> (2016) by Cal Newport`); it
			// makes no link a work by itself
			// (or after its venue: `(CHI 2008)`, `(NeurIPS 2017)`)
			const year = bib.publishedAt ? undefined : (VENUE_YEAR.exec(after) ?? COMMA_YEAR.exec(after))?.[1];
			if (year) bib.publishedAt = year;
			// (or its first authors' surnames before them: `(Vaswani et al., NeurIPS 2017)`)
			const cite = bib.authors.length ? null : CITED_AFTER.exec(after);
			if (cite) Object.assign(bib, {authors: cite.slice(1, 3).filter(Boolean), publishedAt: cite[3]});
			// The kind named right before the link is this work's, whatever its section says (`不是书：…的公开课<a>`)
			// (a PDF or a publications page with no publisher behind it, where no section says otherwise, is a paper's)
			// (and a blog's dated permalink or post page, an article: `/2015/05/21/rnn-effectiveness/`, `/posts/…`)
			const plain = !ctx.section && !host && !bib.publisher;
			// (a section naming several kinds, `Talks and papers`, says none of its links' own: a blog's dated
			// permalink there is an article all the same)
			const mixed = !host && !bib.publisher && askedKinds(seg.heading).length > 1;
			// (and a link saying to watch the work or listen to it, a video's or a podcast's: `watch it on …`)
			// (or the kind opening the sentence's label, or the school a course is from)
			const named = label ? kindFromWords(label) : heard ? 'podcast'
				: appositive ? kindFromWords(appositive)
				: romance && !KIND_BEFORE.test(before) ? romance
				: suffixed ? SUFFIXED_KINDS.find(([stem]) => stem.test(suffixed))?.[1]
				: markedKind ? markedKind
				: ownerKind ? kindFromWords(ownerKind)
				// (a person's series, `Andrej Karpathy's <a>…</a> series`, is their lessons)
				: rightAfter === 'series' && OWNER_RIGHT_BEFORE.test(before) ? 'course'
				// (someone's post or essay, `Tyler Akidau's two blog posts <a>…</a>`, is an article)
				: possessed && OWNED_POST.test(before) ? 'article'
				: introduced ? kindFromWords(KIND_BEFORE.test(before) || !rightAfter ? before.slice(-12) : rightAfter)
				: school ? 'course'
				: plain && /^(?:watch|stream)\b/i.test(link.text) ? 'video'
				: plain && /^listen\b/i.test(link.text) ? 'podcast'
				: plain && PAPER_PATH.test(link.url.pathname) ? 'paper'
				: plain && TALK_PATH.test(link.url.pathname) ? 'video'
				: plain && POST_PATH.test(link.url.pathname) ? 'article'
				// (a piece someone wrote, its title in quotation marks as an essay's or a post's is)
				: plain && ownedQuote && quotedLink ? 'article'
				: mixed && DATED_PATH.test(link.url.pathname) ? 'article' : undefined;
			// (or the record's format field: `<span class="item-format">Article</span>`)
			const format = record ? formatKind(seg.fields!) : undefined;
			const read = named ?? format ?? sibling ? {...ctx, section: named ?? format ?? sibling!.kind}
				: answer ? answering(ctx) : ctx;
			// A work the sentence calls someone's is theirs (`Gilbert Strang’s <a>MIT 18.06</a> on OpenCourseWare`),
			// and `his`, `her`, `their` work is that of the one named before it (`it goes with his <a>Textbook</a>`)
			// (in Turkish, the owner's genitive: `Kerem Aydın’ın <a>…</a> videosu`)
			const whose = bib.authors.length ? undefined
				: fullName((OWNER_RIGHT_BEFORE.exec(before) ?? GENITIVE_BEFORE.exec(before)
					?? OWNER_DE_BEFORE.exec(before))?.[1]
					?? namedOwner?.split(/\s+/).map(greekNominative).join(' ') ?? '');
			// (two names owning it together: `Dan Jurafsky and James H. Martin’s <a>…</a>`)
			const joint = bib.authors.length ? undefined : personNames(JOINT_OWNERS.exec(before)?.[1] ?? '');
			if (joint && joint.length > 1) bib.authors = joint;
			else if (whose) bib.authors = [whose];
			// (or a citation's, its people first, a comma, then the title quoted and its year: `: Joel Spolsky,
			// “<a>Title</a>” (2000)`)
			const citing = bib.authors.length || !/^\s*["“]/u.test(`${before.slice(-1)}${link.text}`)
				|| !CITED_YEAR_AFTER.test(after) ? undefined : personNames(CITER_BEFORE.exec(before)?.[1] ?? '');
			if (citing) bib.authors = citing;
			// (or a teacher's: `台大李宏毅老師的<a>《機器學習》</a>`; and a show its host's: `<a>Show</a>，主持人X`)
			const taught = TEACHER_BEFORE.exec(before)?.[1] ?? SPEAKER_BEFORE.exec(before)?.[1]
				?? HOST_AFTER.exec(after)?.[1]
				?? fullName(WATCH_NAME.exec(seg.text.slice(Math.max(0, link.start - 80), link.start))?.[1] ?? '');
			if (!bib.authors.length && taught) bib.authors = [taught];
			const theirs = out[out.length - 1]?.authors;
			if (!bib.authors.length && theirs && /\b(?:his|her|their)\s*$/i.test(before)) bib.authors = [...theirs];
			// A show's hosts are its authors (`<a>Decoder</a> with Nilay Patel`)
			const podcast = (named ?? host?.kind) === 'podcast';
			const from = FROM_NETWORK.exec(after);
			// (past the kind named right after it: `the <a>Embedded.fm</a> podcast with Christopher White`)
			const withHosts = WITH_HOST.exec(from ? after.slice(from[0].length) : after.replace(OWNED_AFTER, ''))?.[1];
			const show = podcast && !bib.authors.length ? withHosts : undefined;
			// (and any work's, who runs it: a course's teacher, a show's host)
			// (or names in brackets after it: `<a>CodeNewbie</a> (juontajana Saron Yitbarek)`)
			// (the names end with their sentence: `… ja Riku Rouvila. Englanniksi <a>…</a>`)
			const runs = bib.authors.length || show ? undefined
				: RUN_BY.exec(after)?.[1] ?? HOST_BRACKET.exec(after)?.[1];
			const run = runs?.split(/(?<=\p{Ll}{2})\.\s/u)[0];
			if (run) bib.authors = personNames(run) ?? splitNames(run);
			if (show) bib.authors = personNames(show) ?? [];
			// (a show's network named after it is its publisher: `the podcast <a>…</a> from Hill Country Radio`)
			const network = podcast && !bib.publisher ? from?.[1] : undefined;
			if (network) bib.publisher = network;
			// A talk's page titled speaker first, as TED and conferences title talks: a name, a colon, the talk
			const speaker = host?.kind === 'video' && !bib.authors.length ? SPEAKER_FIRST.exec(title) : null;
			const speakers = speaker ? personNames(speaker[1]!) : undefined;
			const talk = speakers ? {speaker: {title: title.slice(speaker![0].length), authors: speakers}} : {};
			// (a show's network and makers, in Spanish and Portuguese: `<a>Title</a>, de Studio, con A y B`)
			const credits = showCredits(seg.text.slice(link.end, link.end + 200));
			if (credits) Object.assign(bib, {authors: credits.authors, publisher: credits.publisher});
			const work = item(title, seg, link, read, bib, {url: link.url.href, host, quoted, ...talk, ...journal});
			// (the platform its link's words name gives it: no house making it a book)
			if (givenOn) work.publisher ??= givenOn[2]!;
			if (credits?.kind) work.kind = credits.kind;
			// (a school's publishing it says nothing of a book: the course it gives, `from MIT (A, B and C)`)
			if (schoolTeachers && !host) work.kind = 'course';
			if (teachers) work.kind = 'course';
			// (a network's name is no book publisher's: the show stays a show)
			if (network) work.kind = 'podcast';
			// (a show its words or its address say is one names its hosts so too: `Poddtips: <a>…</a> med A och B`)
			if (withHosts && work.kind === 'podcast' && !work.authors?.length) {
				work.authors = personNames(withHosts) ?? splitNames(withHosts);
			}
			out.push(work);
		}
	});
	return out;
}
