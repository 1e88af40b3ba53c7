/** Finds the element that holds a page's main content, and what inside it is page chrome. */
import {each} from '../dom.ts';
import {telegramHistory, telegramPost, telegramSiteName} from './telegram.ts';

const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);
const CONTENT_NAMES = /(?:^|\s)(?:main-content|page-content|post-content|entry-content|article-content|post-body|article-body|markdown-body|rich_media_content|content|post|entry|main|article)(?:\s|$)/i;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM',
	'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED', 'MENU',
	'DIALOG']);
/** The classes CSS frameworks and LMSs hide text from sight with, for screen readers (Bootstrap, WordPress, Canvas). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|screen-?reader-(?:only|text)|screenreader-only|visually-?hidden)(?:\s|$)/i;
const SKIP_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog|tablist)$/;
const CHROME_CLASS = /(?:^|[\s_-])(?:comments?|commentlist|disqus|share|sharing|social|related|recommend(?:ed|ations)?|tags?|tagcloud|labels|pager|pagination|paginator|breadcrumbs?|sidebar|side-?col(?:umn)?|aside|widgets?|footer|navbar|nav|navigation|menu|subscribe|newsletter|ads?|advert\w*|promo|sponsor\w*|author-(?:bio|info|box|card|profile)|copyright|signature|toc|reward|donate|post-nav|prev|next|meta|byline|carousel|header-container|site-header|also-?bought|similar|recs)(?:$|[\s_-])/i;
const MAX_DEPTH = 400;

/** Text length of every element, measured in one pass (jsdom's textContent is slow on big pages). */
export type Lengths = Map<Element, number>;

/**
 * The main content and the text lengths measured on the way; `discussion` when the content is mostly comments (a
 * forum or a Q&A thread): they are then what the page says, not chrome around it.
 */
export type Content = {root: Element; lengths: Lengths; discussion: boolean; asker?: Element};

const names = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id}`;

function isContentBox(el: Element, tag: string): boolean {
	return CONTENT_TAGS.has(tag) || el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody'
		|| CONTENT_NAMES.test(names(el));
}

/** The main content element: the biggest content container, narrowed to a descendant holding most of its text. */
export function mainContent(doc: Document, asked = false): Content | undefined {
	const body = doc.body ?? doc.documentElement;
	if (!body) return undefined;
	const lengths: Lengths = new Map();
	const boxes: Element[] = [];
	const measure = (el: Element, depth: number): number => {
		let length = 0;
		for (let node = el.firstChild; node; node = node.nextSibling) {
			if (node.nodeType === 3) length += node.nodeValue?.length ?? 0;
			else if (node.nodeType === 1 && depth < MAX_DEPTH) {
				const child = node as Element;
				const tag = child.tagName.toUpperCase();
				if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
				if (isContentBox(child, tag)) boxes.push(child);
				length += measure(child, depth + 1);
			}
		}
		lengths.set(el, length);
		return length;
	};
	measure(body, 0);
	// (a Telegram channel's preview: its history of posts, beside the channel's card)
	const history = telegramHistory(doc);
	if (history) return {root: history, lengths, discussion: false};
	let best: Element = body;
	let bestLength = 0;
	for (const el of boxes) if (lengths.get(el)! > bestLength) [best, bestLength] = [el, lengths.get(el)!];
	if (bestLength < 200) return {root: body, lengths, discussion: discussion(body, lengths)};
	for (const el of boxes) {
		const length = lengths.get(el)!;
		if (el !== best && length >= 0.6 * bestLength && best.contains(el) && !isChrome(el, lengths, Infinity)) {
			[best, bestLength] = [el, length];
		}
	}
	const {root, first} = isArticle(best) || postClass(best) ? thread(best, boxes, lengths) : {root: best};
	// (a question's own post, its answers in the comments after it: the thread is both, as a forum's topic shows it)
	const answered = asked ? withAnswers(root, lengths) : undefined;
	// In a thread that asks, the first post is the question: the works it names are the asker's, had or read, and
	// the answers recommend theirs (`A Natale mi hanno regalato <i>Il manuale del fotografo</i>…`)
	// (or the post its microdata marks the question, the answers apart from it: `<article itemtype="…/Question">`)
	const asker = asked ? (answered ? root : first ?? markedQuestion(root) ?? classedQuestion(root)) : undefined;
	const own = asker ? {asker} : {};
	if (answered) return {root: answered, lengths, discussion: true, ...own};
	return {root, lengths, discussion: discussion(root, lengths), ...own};
}

/** The microdata types of a question and of an answer to it (schema.org's, as Q&A sites mark their posts). */
const QUESTION_TYPE = /schema\.org\/Question$/i;
const ANSWER_TYPE = '[itemtype$="schema.org/Answer"]';

/**
 * The question's own post inside the content, as a Q&A page's microdata marks it, when it holds none of the answers
 * (Stack Exchange's Question holds its answers: the asker's post is then not told apart so).
 */
function markedQuestion(root: Element): Element | undefined {
	const question = [...each(root.querySelectorAll('[itemtype]'), 50)]
		.find(el => QUESTION_TYPE.test(el.getAttribute('itemtype') ?? ''));
	return question && question !== root && !question.querySelector(ANSWER_TYPE) ? question : undefined;
}

/** Whether a class word of `el` is one of `words` (`question-content`, `answer_list`). */
const classWord = (el: Element, words: string[]) =>
	(el.getAttribute('class') ?? '').toLowerCase().split(/[\s_-]+/).some(word => words.includes(word));

/**
 * The question's own block as a Q&A page's classes name it, the answers' block after it among its siblings
 * (`<div class="question-content">…</div><div class="answer-content">…</div>`).
 */
function classedQuestion(root: Element): Element | undefined {
	for (const el of each(root.children, 20)) {
		if (!classWord(el, ['question'])) continue;
		for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
			if (classWord(next, ['answer', 'answers'])) return el;
		}
	}
	return undefined;
}

/**
 * The box holding a question's post and the comments after it that answer it (half its text or more), within three
 * levels over the post; undefined when there are none.
 */
function withAnswers(post: Element, lengths: Lengths): Element | undefined {
	const own = lengths.get(post) ?? 0;
	let el: Element | null = post;
	for (let up = 0; el?.parentElement && up < 3; up++, el = el.parentElement) {
		for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
			if (COMMENT_WORD.test(names(next)) && (lengths.get(next) ?? 0) >= 0.5 * own) return el.parentElement;
		}
	}
	return undefined;
}

const COMMENT_WORD = /(?:^|[\s_-])comment(?:s|list)?(?=$|[\s_-])/i;
const COMMENT = new RegExp(COMMENT_WORD.source, 'gi');

/** True when comments hold at least half the text under `root` (each counted once, not again inside another). */
function discussion(root: Element, lengths: Lengths): boolean {
	const total = lengths.get(root) ?? 0;
	let [sum, last] = [0, undefined as Element | undefined];
	for (const el of each(root.getElementsByTagName('*'))) {
		if (last?.contains(el) || !COMMENT_WORD.test(names(el)) || curatorNote(el)) continue;
		sum += lengths.get(el) ?? 0;
		last = el;
	}
	return total > 0 && sum >= 0.5 * total;
}

/**
 * A thread (a forum topic, a Q&A page) is a run of articles, one per post, and its works are in all of them: when the
 * biggest article is one of three or more under a near ancestor, the others half its text or more, nearly half the
 * ancestor's (the rest its posters' panes and signatures), that ancestor is the content, its first post `first`. A
 * story beside a few short teaser cards stays alone; comments are chrome.
 */
function thread(best: Element, boxes: Element[], lengths: Lengths): {root: Element; first?: Element} {
	// Articles not inside another, in document order (boxes were met so): each one looked at once, however many
	const articles: Element[] = [];
	const peer = isArticle(best) ? isArticle
		: (box: Element) => box.tagName === best.tagName && postClass(box) === postClass(best);
	for (const box of boxes) {
		if (!peer(box) || articles[articles.length - 1]?.contains(box)) continue;
		if (!isChrome(box, lengths, Infinity)) articles.push(box);
	}
	// (above the post's own article: forum software sets a post's body in an article of its own inside the post's,
	// XenForo's `article.message-body` in `article.message`)
	let el = (articles.find(post => post.contains(best)) ?? best).parentElement;
	for (let up = 0; el && up < 5; up++, el = el.parentElement) {
		const within = el;
		const posts = articles.filter(box => within.contains(box));
		const sum = posts.reduce((total, box) => total + lengths.get(box)!, 0);
		if (posts.length >= 3 && sum >= 1.5 * lengths.get(best)! && sum >= 0.45 * lengths.get(el)!) {
			return {root: el, first: posts[0]};
		}
	}
	return {root: best};
}

const isArticle = (el: Element) => el.tagName.toUpperCase() === 'ARTICLE';

/**
 * Forum software older than `<article>` sets each post of a thread in a box classed a post (`<div class="post"
 * id="post912">`), the run of them one topic: such a box is read as a thread's article is.
 */
const POST_CLASS = /^post$/i;
const postClass = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).find(name => POST_CLASS.test(name));

/**
 * A form is chrome (a search box, a comment or sign-up form) unless it wraps the posts themselves: forum software wraps
 * a thread's posts in its moderation form (Invision's `multimodComment`, phpBB's `mcp` form, vBulletin's inline
 * moderation), ASP.NET pages put everything in one form. So a form holding articles, or half the content, is kept.
 */
function wrappingForm(el: Element, lengths: Lengths, rootLength: number): boolean {
	if (el.tagName.toUpperCase() !== 'FORM') return false;
	return !!el.querySelector('article') || (lengths.get(el) ?? 0) >= 0.5 * rootLength || !fillable(el);
}

/**
 * A form one can fill: a field or a button shown. A form showing none wraps text to be edited some other time, as old
 * Reddit wraps each comment's body (`<form class="usertext"><div class="md"><p>…`), its editor hidden.
 */
function fillable(form: Element): boolean {
	for (const control of form.querySelectorAll('input, textarea, select, button')) {
		if ((control.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue;
		if (!control.closest('[hidden], [style*="display:none"], [style*="display: none"]')) return true;
	}
	return false;
}

/**
 * True for page chrome inside the content: navigation, headers, asides, forms, hidden parts, and
 * elements whose class or id says comments, share, tags, pager, related... A class match only counts
 * when the element holds well under half the content (themes put words like "sidebar" on wrappers).
 */
export function isChrome(el: Element, lengths: Lengths, rootLength: number, discussion = false): boolean {
	if (el.tagName.toUpperCase() === 'ASIDE' && !!linkPreview(el)) return false;
	if (telegramPost(el)) return false;
	if (telegramSiteName(el)) return true;
	if (SKIP_TAGS.has(el.tagName.toUpperCase()) && !wrappingForm(el, lengths, rootLength)) return true;
	// A tabs component hides every panel but the chosen one: the others are the page's content all the same
	if (el.hasAttribute('hidden') && el.getAttribute('role') !== 'tabpanel') return true;
	if (el.getAttribute('aria-hidden') === 'true') return true;
	// (and what only a screen reader says, `(Links to an external site.)`, `Opens in a new window`: no title's words)
	if (SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '')) return true;
	if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
	if (SKIP_ROLES.test(el.getAttribute('role') ?? '')) return true;
	if (el.tagName.toUpperCase() === 'SPAN' && ORG_OUTLINE.test(el.getAttribute('class') ?? '')) return true;
	// (and a list's number a theme sets apart in a heading, before its title: `<h2><span class="num">1</span> Title`)
	if (el.tagName.toUpperCase() === 'SPAN' && NUMBER_CLASS.test(el.getAttribute('class') ?? '')
		&& /^H[1-6]$/i.test(el.parentElement?.tagName ?? '') && /^\s*\d{1,3}[.)]?\s*$/.test(el.textContent ?? '')) {
		return true;
	}
	// (a catalogue's heading links the title, its subtitle in a span after the link: the title is the link's)
	if (SUBTITLE.test(el.getAttribute('class') ?? '') && el.previousElementSibling?.tagName.toUpperCase() === 'A'
		&& /^H[1-6]$/i.test(el.parentElement?.tagName ?? '')) return true;
	const own = names(el);
	const said = discussion || (COMMENT_WORD.test(own) && curatorNote(el)) ? own.replace(COMMENT, ' ') : own;
	// (a widget its class says shows a work is that work's card, its parts named after it: `book-widget-title`)
	const named = said.replace(WORK_WIDGET, '$1');
	if (!CHROME_CLASS.test(named) || (lengths.get(el) ?? 0) >= 0.4 * rootLength) return false;
	if (CHROME_CLASS.test(named.replace(META, ' '))) return true;
	// A meta line or a byline right under a linked heading is a card's credit (`Mark Richards · O'Reilly · 2020`, `by
	// Percival Everett`), not the page's; so is one its class says is a work's (`book-meta`, `course-byline`)
	return !creditUnderTitle(el, lengths) && !WORK_META.test(named);
}

/**
 * A comment box that is a list's item's note, its curator's words on the work (`<div class="list_comment">` on a
 * reading site's list, `<blockquote class="comment">` in a Douban 豆列), under the item's link in the same card: it
 * names no one who wrote it (no link, no time, no picture), as a reader's comment does.
 */
function curatorNote(el: Element): boolean {
	if (el.querySelector('a, time, img')) return false;
	for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
		if (sib.matches('a[href]') || sib.querySelector('a[href]')) return true;
	}
	return false;
}

/** The class of a forum post's author pane (`cAuthorPane`, `ipsComment_author`, `message-user`, `postprofile`). */
const AUTHOR_PANE = /(?:^|[\s_-])(?:c?author|user|poster|member)(?:[\s_-]?pane|[\s_-]?info)?(?:$|[\s_-])/i;
/** A member's page on a forum (`/profile/512447-rcnunes/`, `/members/name.12/`, `/u/name`). */
const MEMBER_PATH = /\/(?:profile|members?|users?|u)\/[^/?#]+\/?(?:[?#]|$)/i;

/**
 * A link preview a post holds (a forum's onebox, `<aside class="onebox">`): the page it links, its title a heading
 * wholly that link, the site's name in its header linking it too (the header chrome still). What the post shows of
 * the page it recommends is the post's, not an aside from it; a quoted reply (`<aside class="quote">`) has no such
 * heading.
 */
export function linkPreview(aside: Element): string | undefined {
	const heading = aside.querySelector('h2, h3, h4');
	const links = heading?.getElementsByTagName('a');
	const href = links?.length === 1 ? links[0]!.getAttribute('href') : undefined;
	if (!href || (links![0]!.textContent ?? '').trim() !== (heading!.textContent ?? '').trim()) return undefined;
	// (a forum post's author pane heads the poster's name linked to their profile, the picture linked again: Invision's
	// `cAuthorPane`, XenForo's `message-user`; no page previewed)
	if (AUTHOR_PANE.test(names(aside)) || MEMBER_PATH.test(href)) return undefined;
	// (the preview links the page twice: its source line names the site, the heading the page; a sidebar's box of
	// related posts links each once)
	const twice = [...each(aside.getElementsByTagName('a'), 50)]
		.some(a => a.getAttribute('href') === href && !heading!.contains(a));
	return twice ? href : undefined;
}

/**
 * What Emacs Org-mode's HTML export adds to a heading (`<span class="section-number-3">1.1.</span> <span class="done
 * DONE">DONE</span> Title`): the outline's number and the item's state keyword, no part of its title (its `:tag:`s
 * are a `tag` class's, chrome already).
 */
const SUBTITLE = /(?:^|[\s_-])subtitle(?:$|[\s_-])/i;
const NUMBER_CLASS = /^(?:num|number|rank|index|count)$/i;
const ORG_OUTLINE = /^(?:(?:todo|done) [A-Z]+|section-number-\d)$/;
const META = /(?:^|[\s_-])(?:meta|byline)(?=$|[\s_-])/gi;
/** A meta line's class naming the work it is of: a book's, a course's, not the post's. */
const WORK_META = /(?:^|[\s_-])(?:book|work|course|paper|talk|episode|podcast|film|title)[_-]+(?:meta|byline)(?=$|[\s_-])/i;
/** A widget's class naming the work it shows (`book-widget`, `course-widget-body`): no sidebar's. */
const WORK_WIDGET = /(?<=^|[\s_-])(book|work|course|paper|talk|episode|podcast|film)[_-]+widget(?=$|[\s_-])/gi;
/** Text a card holds at most: a post's meta line under its heading stands in a longer article. */
const CARD_TEXT = 600;

const creditUnderTitle = (el: Element, lengths: Lengths) => {
	const prev = el.previousElementSibling;
	if (!prev) return false;
	// (or a card's meta line under its byline, its heading unlinked: `<h3>Title</h3><p>By A</p><p class="meta">O'Reilly
	// · Book · 2022</p>`, a button under them linking the work; or right under that heading: `JSConf EU 2014 · 26 min`)
	const card = el.parentElement;
	const short = !!card && (lengths.get(card) ?? CARD_TEXT) < CARD_TEXT;
	if (/^H[2-6]$/i.test(prev.tagName)) return !!prev.querySelector('a[href]') || short;
	// (or a definition list's record: the description right under its term is the term's, `<dt>Title</dt><dd
	// class="meta">Proa, 2011</dd>`, as bookshelf pages set a work's credit)
	if (prev.tagName.toUpperCase() === 'DT' && el.tagName.toUpperCase() === 'DD') return true;
	if (/^H[2-6]$/i.test(prev.previousElementSibling?.tagName ?? '') && short) return true;
	// (or under a card's title line, one link and nothing else: `<p class="…-title"><a>Title</a></p>`, as store cards
	// set a book's title over its `作者:` and publisher)
	const links = prev.getElementsByTagName('a');
	return links.length === 1 && !!links[0]!.getAttribute('href')
		&& (links[0]!.textContent ?? '').trim() === (prev.textContent ?? '').trim();
};
