import type {PageMetadata} from '../core/types.ts';
// (Imports in the order that gzips the injected extractor smallest: its bundle lays the modules out so.)
import {citation, dublinCore, openGraph, plainMeta, twitter} from './sources/meta-tags.ts';
import {httpUrl, pageKey} from '../core/url.ts';
import {detectKind} from './kind.ts';
import {correctLanguage} from './language.ts';
import {pick} from './pick.ts';
import {details} from './sources/details.ts';
import {readHead} from './sources/head.ts';
import {chooseTitle, finalTitle, siteFromTitle, siteNameOf} from './title.ts';
import {type Site, siteContext} from './sites/site.ts';
import {embedded} from './sources/embedded.ts';
import {microformats} from './sources/microformats.ts';
import {htmlFallback, shownDate} from './sources/html.ts';
import {all, scan} from './sources/scan.ts';
import {jsonLd} from './sources/jsonld.ts';
import {clean, loose} from './text.ts';
import type {Proposal} from './candidate.ts';

/**
 * True when the page's canonical / og:url names another route of the same site: a single-page app that
 * changed the URL without updating its head, or an address that was redirected (a renamed repository). A root, or a
 * route naming the other's last word (`/p/slug` and `/slug`), is the same page.
 */
const isRouted = (location: string, declared: (URL | undefined)[]): boolean => {
	const here = pageKey(location);
	const host = (key: string) => key.split(/[/:?#]/)[0];
	const sameSite = declared.map(u => u && pageKey(u.href))
		.filter((there): there is string => !!there && host(there) === host(here));
	return sameSite.length > 0
		&& !sameSite.some(there => here.includes(lastToken(there)) || there.includes(lastToken(here)));
};

/** The last word of a URL key's path and query (`slug` of `site/p/slug`), or '' for a site's root. */
const lastToken = (key: string) => /\/[^]*/.exec(key)?.[0].split(/[/?&=#]/).filter(Boolean).pop() ?? '';

/**
 * Reads a page's metadata with the given site adapters. Pure: uses only its arguments (DESIGN §4). The content
 * script passes only the adapter injected for the tab's site, so the extractor does not carry all of them.
 */
export const readPage = (doc: Document, pageUrl: string, sites: readonly Site[]): PageMetadata => {
	const location = httpUrl(pageUrl);
	const found = scan(doc);
	const base = httpUrl(doc.querySelector('base')?.getAttribute('href'), pageUrl)?.href ?? pageUrl;
	const head = readHead(doc);
	const canonical = httpUrl(head.links.get('canonical')?.[0], base);
	// (the page's own address keyed as its parsed one: keying parses it)
	const routed = location && isRouted(pageUrl, [canonical, httpUrl(head.get('og:url'), base)]);
	// Routed, the head belongs to the previous route unless its og:title still agrees with `<title>`, which an app
	// rewrites on each route: then the address was redirected, and the head was served with this document.
	const ogTitle = loose(head.get('og:title') ?? ''), shownTitle = loose(doc.title);
	const stale = routed && !(ogTitle && shownTitle && (shownTitle.includes(ogTitle) || ogTitle.includes(shownTitle)));
	const host = location?.hostname ?? '', path = location?.pathname ?? '';
	// (No address, no site: every test opens with a host.)
	const site = sites.find(s => s.test.test(host + path));
	// A book's details list dates the edition the page sells: before the structured data's day, which is often the
	// page's own (Yoast's `WebPage` node: when the post was made) or a first edition's. Not on an adapter's site, read
	// as its adapter knows it (O'Reilly's `<time datetime>` gives the day of a listed `May 2019`).
	const listed = details(found.isbnText, site?.labels);
	const time = all(doc, 'time', 50);
	// (a Han character reads as half a word)
	const wordsish = found.words + found.han / 2;
	const fallback = htmlFallback(doc, time, wordsish > 5e4);
	// Open Graph and Twitter: proposed after the page's own language, and read again for an article's share image
	const sharing: Proposal[] = stale ? [] : [['opengraph', openGraph(head)], ['twitter', twitter(head)]];
	const proposals: Proposal[] = [
		...(site ? [[`site:${site.name}`, site.extract(siteContext(doc, location!, head))] as Proposal] : []),
		['text', {publishedAt: !site && listed.publishedAt}],
		...jsonLd(found.jsonld, [pageUrl, (!stale && canonical?.href) || pageUrl], stale, doc.title),
		...embedded(found, doc.title),
		...(stale ? [] : [['citation', citation(head)], ['dublin-core', dublinCore(head)]] as Proposal[]),
		// A book's details list names the work's language; `<html lang>` is the store's. (XHTML's `xml:lang`, which
		// every corpus page writing it writes beside `lang`, left out for bytes.)
		['text', {language: listed.language}],
		['html', {language: doc.documentElement?.getAttribute('lang')}],
		...sharing, ['meta', stale ? {title: doc.title} : plainMeta(head, doc)],
		// (a store's details list names the author before any element's class does: a recommendation's card may come
		// first, `<p class="tile-author">`)
		['text', {authors: listed.authors}], ['html', fallback],
		// (a day or a year alone on a line of the list names when the edition appeared, under a label in any language:
		// `Datum vydání` then `12. 11. 2026`, `تاريخ النشر` then `2026`; after the metadata, a review's day may be one)
		['text', (listed.publishedAt ??= found.isbnText.match(/^((\d\d?[./] ?){2})?\d{4}$/m)?.[0], listed)],
		// Older blogs' and stores' in-page markup, where no newer markup speaks: after the store's own details list.
		['microformats', found.jsonld.length + found.itemscope.length ? {} : microformats(doc)],
		['html', {get publishedAt() {
			// A date shown on a book's or course's page is a review's or an offer's, not the work's: articles only.
			// (Only the adapter and the structured data name a kind.)
			return proposals.some(([, c]) => /^(book|course)$/.test(c.kind!)) ? undefined : shownDate(doc, time);
		}}],
		// Blogs put the day in the path (`/2016/05/16/slug`): the last resort for a date (the picker's parseDate
		// reads it).
		['url', {publishedAt: /\/((19|20)\d\d\/[01]\d\/[0-3]\d)\//.exec(path)?.[1]}],
	];

	// (The page's own address says whether it is the site's front page: an app's `<base href="/">` does not.)
	const [picked, sources] = pick(proposals, base, doc.title, pageUrl);
	// A canonical pointing at the home page from a deeper page is a site bug, not this page's address.
	const url = (!routed && canonical
		&& (canonical.pathname.length > 1 || path.length <= 1) && canonical) || location;
	// (A visible byline naming more people than the metadata was tried here and taken out: reading the page's byline on
	// every page whose metadata names someone cost 3-5 ms on 2-3 MB store pages, over the 10 ms budget.)
	const authors = picked.authors!; // (the picker always sets it)
	const slug = lastToken(path).replace(/\.\w+$/, '');
	const [title, from] = finalTitle(listed.title, chooseTitle(picked.title, sources.title, doc.title,
		head.get('og:title'), fallback.title, authors[0], [picked.siteName, picked.provider], host, slug));
	if (from) sources.title = from;
	if (!picked.siteName && title) {
		picked.siteName = siteFromTitle(clean(doc.title) ?? '', title, slug);
		if (picked.siteName) sources.siteName = 'title';
	}
	picked.siteName &&= siteNameOf(picked.siteName, doc.title);
	const language = correctLanguage(picked.language, found);
	if (language !== picked.language) sources.language = 'text';
	const kind = detectKind(picked, wordsish);
	// (test() reads no source as `undefined`, which no name matches.)
	// An article's share image is the picture its site chose to be shown by; structured data lists any size or crop.
	// Open Graph's, else Twitter's, as the picker reads them (none on a stale head: their tags were not proposed).
	const [shared, by] = pick(sharing, base);
	if (kind === 'article' && /^(jsonld|microdata|rdfa)/.test(sources.image as string) && shared.image) {
		[sources.image, picked.image] = [by.image!, shared.image];
	}
	// The decided fields lead the record and override what the picker proposed for them.
	const decided = {url: url?.href ?? pageUrl, title, kind, authors};
	const meta: PageMetadata = {
		...decided, ...picked, ...decided, language,
		// (None on a page without text: 0 minutes is deleted with the other empty fields below.)
		readingMinutes: /^(article|paper)$/.test(kind)
			&& Math.ceil(found.words / 230 + (found.han + found.kana + found.hangul) / 400) || undefined,
		sources,
	};
	for (const key of Object.keys(meta) as (keyof PageMetadata)[]) if (meta[key] === undefined) delete meta[key];
	return meta;
};
