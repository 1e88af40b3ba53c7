import type {Candidate} from '../candidate.ts';
import {parseDate} from '../dates.ts';
import {BY, parsePeople} from '../people.ts';
import {each} from '../dom.ts';
import {all, paragraphs} from './scan.ts';


/** Long text, or a whole sentence: not a label, a date line or a caption fragment. */
const isParagraph = (t: string) => t.length > 80
	|| (t.length >= 20 && /[.!?。！？]$/.test(t) && (t.split(/\s+/).length >= 4 || /[。！？]$/.test(t)));

/**
 * An element's text in the lines a reader sees: a `<br>` or a block (`<div>`, `<p>`, `<li>`) starts one, and so do two
 * texts that touch across elements (`<span>Ann Writer</span><span>BBC News</span>`, `来源：新华网` then `作者：张小明`),
 * which only the page's layout sets apart. Links side by side to pages alike are so many names
 * (`<a>Aisha Bello</a> <a>Mateo Rinaldi</a>`). The first 400 characters: a byline is short.
 */
const shownText = (el: Element): string => {
	// (to pages in one folder, `/people/a/`, `/people/b/`; a button beside a name is not: `<a href="/search/a">陳建宏</a>
	// <a href="#">追蹤作者</a>`. Parted by `;`: a comma after the page's own `，` would read as a sorted name's,
	// `中村真理子，, 佐藤健` as `佐藤健 中村真理子`)
	const folder = (el?: Element | null) => el?.getAttribute?.('href')?.replace(/[^/]+\/?$/, '');
	const walker = el.ownerDocument.createTreeWalker(el, 5);
	let text = '';
	for (let n; (n = walker.nextNode()) && text.length < 400; ) {
		const part = /^(p|div|br|li)$/.test((n as Element).localName) ? '\n'
			: folder(n as Element) && folder(n as Element) === folder((n as Element).previousElementSibling) ? ';'
				: n.parentElement?.localName === 'style' ? '' : n.nodeValue?.replace(/\s+/g, ' ') ?? '';
		text += (/\p{L}$/u.test(text) && /^\p{L}/u.test(part) ? '\n' : '') + part;
	}
	return text.trim();
};

/**
 * An element's own text and its inline children's, not its nested blocks' (a heading's `<div class="meta">`), nor a
 * news heading's kicker, the topic it is filed under (`<span class="header-title__kicker">`).
 */
const ownText = (el: Element): string => {
	let text = '';
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (n.nodeType === 3 || /^(code|a|em|strong|b|i|span|font)$/.test((n as Element).localName)
			&& !/icker/.test((n as Element).className)) text += n.textContent;
	}
	return text.trim();
};

/**
 * An article signed at its end, as Japanese papers sign theirs: its last plain paragraph (the paper's notes after it
 * have classes: a pitch for its app, a label over related stories) names in brackets (`（山本千尋）`,
 * `【加藤結衣、森本航平】`; three Han or more: `（共同）` names the agency). (No paragraph reads `undefined`: no match.)
 */
const signature = (p: Element[]) => /^[(（【](\p{sc=Han}[\p{sc=Han}、]{2,20})[)）】]$/u
	.exec(p.filter(el => !el.className).at(-1)?.textContent!.trim() as string)?.[1];

/** A day the page shows by its title (`<time>` text, a `date`/`timestamp` element): a date to the day, or nothing. */
export const shownDate = (doc: Document, time: Element[]): string | undefined => {
	const dayOf = (el: Element) => {
		// (not a container, `date-outer` around a whole post; parseDate trims and caps)
		const date = el.childElementCount < 4
			&& (parseDate(el.getAttribute('title')) ?? parseDate(el.textContent?.replace(/\s+/g, ' ')));
		return date && date.length >= 10 && date;
	};
	// `<time>` first: the class query costs milliseconds on a large page, needed only without one. Lower case or
	// capitalised as classes are written (`date`, `Date`), never with the `i` flag (2-3 ms more on a 3 MB store page):
	// the classes of the element that shows a post's date (`date`, `post-timestamp`, `time`, `EpisodePublishDate`,
	// `publish_info`), not a date picker's, and a `date` id (`cmsDate`).
	// (find() gives a date or nothing, never a falsy day)
	return (time.slice(0, 12).map(dayOf).find(Boolean)
		?? all(doc, ':is([class*=date],[class*=Date]):not([class*=atepicker],[class*=atePicker]),'
			+ '[class*=time],[id*=date],[id*=Date],[class*=ublish]', 8).map(dayOf).find(Boolean)) as string | undefined;
};

/**
 * Not hidden by an attribute, an inline style or a hiding class on the way up to `root` (Readability skips the
 * first two). A missing style reads as `null` to test(), which hides nothing. Classes hide text by convention: a
 * tooltip's text shows on hover only, a screen-reader text not at all; and a cookie notice, by its class or id
 * (`cookie-bar`), speaks of the site, not of the page.
 */
const shown = (el: Element, root: Element): boolean => {
	for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
		if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true'
			|| /display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') as string)
			|| /tooltip|sr-only|visually-hidden|screen-reader|cookie/i.test(e.className + e.id)) {
			return false;
		}
	}
	return true;
};

/**
 * Who wrote it, said the way a reader finds it without a byline element: a short line under the title, around the
 * date or opening the body (`first`) that opens with `By`, `文/`, `作者：`, `著者`. Only people: a bare word (`By Staff`,
 * a section) is not a name.
 */
const nearBy = (els: unknown[]): string | undefined => {
	for (const el of els as Element[]) {
		const line = el ? shownText(el) : '';
		// parsePeople drops the `By` it opens with; a part without it is a date or a section, not who wrote it. A date
		// after the name may open with `on` (`Posted by X on May 1`).
		const said = line.length < 160 && line.split(/[·\d|•\n]| on /).find(part => BY.test(part));
		// (an illustrator credited after the author is no author: `Autor: A Illustration: B`)
		const names = parsePeople([said]).filter(p => p.role === 'author').map(p => p.name)
			.filter(n => n.includes(' ') || /^[·\u3000-\uffff]{2,8}$/.test(n));
		if (names.length) return names.join('; ');
	}
	return undefined;
};

/**
 * The HTML fallbacks: first `<h1>` (in the article, else anywhere), first paragraph, a byline, a `<time>`, the first
 * content image. Getters: the picker reads a fallback only when no earlier source gave the field, and on a large
 * page these reads are most of the extractor's time. `time`: the page's first `<time>` elements. `long`: a page that
 * holds a book's worth of text (a long thread, a whole book online) is read for no byline: the picker reads every
 * source's authors, to find the byline's roles (`A (Auteur), B (Traducteur)`), and the byline's class queries cost
 * 5 ms on a 2 MB page, whose metadata's authors stand.
 */
export const htmlFallback = (doc: Document, time: Element[], long?: boolean): Candidate => {
	// The content root: an `<article>` first, wherever it is (a `<main>` usually holds the site's lists around it),
	// not a comment's (HTML5 sets each comment in one, below a page that may have none), else `<main>`, else the body.
	const root = doc.querySelector('article:not([class*=omment])') ?? doc.querySelector('main,[role=main]') ?? doc.body;
	if (!root) return {};
	let p: Element[] | undefined;
	const paras = () => (p ??= paragraphs(doc, root)); // (read only when a fallback is)
	const inRoot = (els: Element[]) => els.find(el => root.contains(el)) ?? els[0];
	// (a page without an `<h1>` heads its content with an `<h2>`, as static blogs' themes do)
	const h1 = inRoot(all(doc, 'h1', 20)) ?? inRoot(all(doc, 'h2', 20));
	let authors: unknown[] | undefined; // (the picker may read them twice: their class queries cost milliseconds)
	return {
		get authors() {
			// An author box writes the name, then a `<br>` or a block with a section, a role or a bio: its first line
			// (after its label, which may stand in a block of its own: `By <div><span>Name</span></div>`). One that
			// opens with a byline's label comes first: a store lists other credits before it (`Mitarbeit: A;
			// Übersetzung: A` over `Autor: B`), a news site its outlet's logo (`ABC Gippsland` over `By A and B`).
			// Not `Published by:`, which names who put the story online, below the reporter's name. Blocks of the
			// query's right after it, of its class, name one author each: `<div class=author>A</div><div
			// class=author>B</div>`, `by <a href=/author/a>A</a> and <a href=/author/b>B</a>` (not a label's own
			// block: `<span class=byline__label>By</span>`).
			// (each block's first line, its label kept on the names' line: it says how they are parted, `作者：A B` with
			// an ideographic space)
			// (a list of that class names one in each item: `<ul class=post__authors><li>A</li><li>B</li>`)
			const line = (el: Element) => shownText(el).replace(BY, by => by.trim() + ' ')
				.replace(/\n/g, /^[ou]l$/.test(el.localName) ? ';' : '\n').split('\n')[0]!;
			const labelled = (t: string) => BY.test(t) && !/^publ/i.test(t);
			const named = (els: Iterable<Element>, list = [...els]) => list
				// (not one inside a link that says more, a teaser's: `<a><span>Title</span><span class=author>`)
				.filter(el => el.textContent!.length < 120
					&& (el.closest('a') ?? el).textContent!.trim() === el.textContent!.trim()).map(el => {
					let text = line(el);
					for (let s = el.nextElementSibling; s?.className === el.className && list.includes(s);
						s = s.nextElementSibling) text += ';' + line(s);
					return text;
				})
				.sort((a, b) => +labelled(b) - +labelled(a))
				.find(t => parsePeople([t]).length);
			// First the classes, ids and links that name who wrote it, however the site spells them (`byline`,
			// `post-author`, BEM's `article__author`, camelCase `articleAuthor`, `writer`, around the names and their
			// label: `di <span class=author>A</span> e <span class=author>B</span>`, `/authors/ann`; `ByLine`, which no
			// corpus page writes, left out for bytes), in the case sites write them (a case-folding substring test of
			// every element's class cost 2-3 ms more on a 3 MB store page), but not an `authority` badge, a store's
			// reviewer (`review__author`) nor a theme's label (Twenty Ten's `meta-prep-author`: `Posted on`). Else a
			// store's contributors, the `autor` of German, Spanish and Polish sites, a talk's speakers, a course's
			// teachers, a catalogue's `creator` (Dublin Core's word): queried last and matched in the case sites write
			// them (`[class*=x i]` cost a 3 MB store page 3 ms, this 1 ms)
			// (a byline may open the body: the first paragraph that is one or that reads as text. It comes first when
			// plain text: a site reposting a story names its account in the byline's element, the writers in the
			// story's opening line, `文｜A B`; not a news site's `Published by`, who put it online)
			// (those after the content, when it has a root of its own, are teasers' or a bio's: read after the lines
			// around the title, `Por A, B` in a block of no such class above `<article>`, the related stories below it)
			let first: Element | undefined, found: Element[];
			const classed = (after: boolean) => named((found ??= all(doc, '[class*=uthor]:not([class*=uthorit],'
				+ '[class*=eview],[class*=prep]),[class*=yline],[class*=riter],[id*=uthor],[id*=yline],'
				+ '[rel~=author],[itemprop~=author],[href*="/author"]:not([href$="/author"]),[href*="/autor/"]', 20))
				.filter(el => ((root.compareDocumentPosition(el) & 20) === 4) === after));
			return (authors ??= long ? [] : [nearBy([(first = paras().find(el => BY.test(el.textContent!)
				|| isParagraph(el.textContent!.trim()))) && !first.className && first])
				?? classed(false)
				?? nearBy([h1?.nextElementSibling, h1?.parentElement?.nextElementSibling,
					time[0]?.parentElement, time[0]?.parentElement?.parentElement, first])
				?? classed(true)
				?? signature(paras())
				?? named(doc.querySelectorAll('[class*=autor],[class*=ontributor],[class*=peaker],[class*=eacher],[class*=reator]'))
			]);
		},
		get publishedAt() {
			return inRoot(time.filter(el => el.hasAttribute('datetime')))?.getAttribute('datetime');
		},
		get image() {
			// A video's poster frame pictures the page when no image does; the rest of the page is read only then.
			const imgs = doc.getElementsByTagName('img');
			const own = contentImage(imgs, root, root !== doc.body)
				?? root.querySelector('video[poster]')?.getAttribute('poster');
			return [own || root === doc.body ? own : doc.body && contentImage(imgs, doc.body, false)];
		},
		get title() {
			return h1 && (ownText(h1) || h1.textContent);
		},
		// Readability's excerpt: the first real paragraph of the article.
		get description() {
			// A standfirst stands straight under the title, often outside the body's root: a paragraph, or a subtitle's
			// `<h2>`. Then a store's or a catalogue's blurb, under a block its class names (`product__description`,
			// `descrizione`, `sinopse`, `synopsis`), before the lines about stock or delivery above it; a site's
			// tagline, a classed `<p class="description">` in its header, is none.
			const lead = h1?.nextElementSibling;
			const blurb = root.querySelector(':is([class*=escri],[class*=nops]) p:not([class])');
			// (or the paragraph a block there opens with: `<div class="dek"><p>`; one the page hides is none)
			const read = (els: unknown[]) => (els.filter(Boolean) as Element[])
				.map(el => (el.localName === 'p' ? el.textContent!.trim() : ownText(el))).find(isParagraph);
			// (then, only when none reads as one, the page's: a store's `<main>` may hold only its product box, the
			// blurb in a section below it, `About the Book`; its walk costs a large page milliseconds)
			const text = read([[lead, lead?.firstElementChild]
				.find(el => /^(p|h2)$/.test(el?.localName as string) && shown(el!, root)), blurb,
				...paras().filter(el => shown(el, root))])
				?? read(paragraphs(doc, doc.body!).filter(el => shown(el, root)));
			// A record's label is not part of what it labels (`Notes: First published in 1975...`; Dutch, French,
			// German and Chinese labels, `内容简介：`, which no corpus page needs, left out for bytes).
			return text?.replace(/^(notes?|description|summary|synopsis|abstract)\s*[:：]\s*/i, '');
		},
	};
};

/**
 * The first image in `root` that is not an icon, reading lazy-loading attributes and `srcset`. Outside an article,
 * or on a page without one (`teasers` false), an image that links to another page pictures that page ("Also from
 * this source") or the site (a banner linking home), not this one; a cover linking to its full size is kept.
 */
const contentImage = (imgs: HTMLCollectionOf<Element>, root: Element, teasers: boolean): string | undefined => {
	let tried = 0;
	for (const img of each(imgs)) {
		if (!root.contains(img)) continue;
		// Teasers count too: a store's page without an article can hold thousands of linked pictures.
		if (tried++ >= 40) break;
		// A teaser: a link around it that leads to another page, not to the picture itself (its full size), an anchor
		// or a script (a gallery's zoom).
		if (!teasers && !/^(#|javascript:)|\.(jpe?g|png|gif|webp|avif)(\?|$|#)/i
			.test(img.closest('a[href]')?.getAttribute('href') ?? '#')) continue;
		const at = (name: string) => img.getAttribute(name);
		const src = at('data-src') ?? at('data-original') ?? at('data-lazy-src') ?? at('src')
			?? (at('data-srcset') ?? at('srcset'))?.trim().split(/\s+/)[0];
		// (The address's path only: a host is a CDN's name, `avatars.mds.yandex.net`.)
		if (src && ![src.replace(/^(https?:)?\/\/[^/]*/i, ''), img.className]
			.some(text => /^data:|\bsvg\b|\.(mp4|webm|mov|mp3)(\?|$)|logo|icon|avatar|sprite|pixel|spacer|blank\.|badge|emoji/i.test(text))
			&& +(at('width') ?? 999) >= 100 && +(at('height') ?? 999) >= 80) {
			return src;
		}
	}
	return undefined;
};
