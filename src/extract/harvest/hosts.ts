import type {Kind} from '../../core/types.ts';
import {httpUrl} from '../../core/url.ts';

/** What a link's address alone says about the work behind it. */
// (`weak` when the page may hold works of another kind, which the words naming it then say: a video channel's page
// may be a podcast's or a course's)
export type HostInfo = {kind: Kind; provider?: string; weak?: boolean};

/**
 * Work pages on well-known book, course, code, paper and video hosts, tested against "host/path"
 * (no `www.`). Patterns name the page types that hold ONE work, so store front pages and search
 * results do not count. Kept short on purpose: the content script has a small size budget.
 */
const WORK_PAGES: [RegExp, Kind, string?][] = [
	[/^book\.douban\.com\/subject\/\d+/, 'book', '豆瓣'],
	[/^(?:time\.geekbang\.org|geekbang\.org)\/(?:column|course|dailylesson|opencourse)\//, 'course', '极客时间'],
	[/^(?:[\w-]+\.)?oreilly\.com\/(?:library\/view|catalog|videos)\//, 'book', "O'Reilly"],
	[/^(?:shop\.)?oreilly\.com\/product\//, 'book', "O'Reilly"],
	[/^manning\.com\/(?:books|liveproject|livevideo)\//, 'book', 'Manning'],
	[/^amazon\.[a-z.]+\/(?:[^/]+\/)?(?:dp|gp\/product|exec\/obidos\/ASIN)\//, 'book', 'Amazon'],
	[/^(?:amzn\.to|a\.co)\/\w+/, 'book', 'Amazon'],
	[/^(?:item\.jd\.com|item\.m\.jd\.com\/product)\/\d+/, 'book', '京东'],
	[/^product\.dangdang\.com\/\d+/, 'book', '当当'],
	[/^books\.com\.tw\/products\/\w+/, 'book', '博客來'],
	[/^weread\.qq\.com\/web\/(?:bookDetail|reader)\//, 'book', '微信读书'],
	[/^(?:ituring\.com\.cn\/book|epubit\.com\/bookDetails|broadview\.com\.cn\/book)\b/, 'book'],
	[/^goodreads\.com\/(?:book\/show|work)\//, 'book', 'Goodreads'],
	[/^(?:bookshop\.org\/(?:p\/)?books|barnesandnoble\.com\/w|openlibrary\.org\/(?:works|books)|books\.google\.[a-z.]+\/books)\b/, 'book'],
	[/^(?:pragprog\.com\/titles|nostarch\.com\/\w|packtpub\.com\/(?:product|[\w-]+\/\w)|leanpub\.com\/\w|link\.springer\.com\/book|springer\.com\/book|mitpress\.mit\.edu\/(?:books|9))/, 'book'],
	[/^(?:[\w-]+\.gitbook\.io|gitbook\.com\/book)\b/, 'book'],
	// (Poland's computing publisher and its shop, a page a book: `helion.pl/ksiazki/…,czykov.htm`)
	[/^helion\.pl\/ksiazki\//, 'book', 'Helion'],
	[/^coursera\.org\/(?:learn|specializations|professional-certificates|projects)\//, 'course', 'Coursera'],
	[/^udemy\.com\/course\//, 'course', 'Udemy'],
	[/^ocw\.mit\.edu\/courses\//, 'course', 'MIT OpenCourseWare'],
	[/^edx\.org\/(?:course|learn|professional-certificate|xseries)\//, 'course', 'edX'],
	// (a site named a course by its host is one: `course.fast.ai`, `course.spacy.io`; a school's course site under its
	// number, `15445.courses.cs.cmu.edu`)
	[/^(?:\d+\.)?courses?\.[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\//, 'course'],
	[/^(?:udacity\.com\/course|pluralsight\.com\/courses|frontendmasters\.com\/courses|egghead\.io\/courses|khanacademy\.org\/\w|classcentral\.com\/course)\b/, 'course'],
	[/^(?:icourse163\.org\/course|study\.163\.com\/course|coding\.imooc\.com\/class|imooc\.com\/learn|kaiwu\.lagou\.com\/course|ke\.qq\.com\/course)\b/, 'course'],
	[/^(?:youtube\.com\/(?:watch|playlist)|youtu\.be\/\w|vimeo\.com\/\d|bilibili\.com\/video\/|infoq\.com\/presentations\/)/, 'video'],
	// Talks: TED's, the Chaos Computer Club's, GDC's and conferences' recordings
	[/^(?:ted\.com\/talks\/|media\.ccc\.de\/v\/|gdcvault\.com\/play\/|slideslive\.com\/\d)/, 'video'],
	// (a talk's slides, where speakers put them: `speakerdeck.com/SPEAKER/TALK`, `slideshare.net/SPEAKER/TALK`)
	[/^(?:speakerdeck\.com|slideshare\.net(?:\/slideshow)?)\/[\w.-]+\/[\w-]/, 'video'],
	[/^(?:arxiv\.org\/(?:abs|pdf)\/|aclanthology\.org\/[\w.-]*\d|proceedings\.mlr\.press\/v\d|proceedings\.neurips\.cc\/paper|doi\.org\/10\.|dl\.acm\.org\/doi\/|ieeexplore\.ieee\.org\/document\/|usenix\.org\/(?:conference|system\/files)\/|papers\.nips\.cc\/|openreview\.net\/forum|semanticscholar\.org\/paper\/)/, 'paper'],
	[/^(?:podcasts\.apple\.com\/|open\.spotify\.com\/(?:show|episode)\/|xiaoyuzhoufm\.com\/(?:podcast|episode)\/)/, 'podcast'],
	// (a show's page where podcasters host their shows: `name.libsyn.com`, `anchor.fm/name`; not their files')
	[/^(?!media\.|traffic\.)(?:[\w-]+\.(?:libsyn|podbean|buzzsprout|simplecast)\.com|[\w-]+\.transistor\.fm|anchor\.fm\/[\w-])/,
		'podcast'],
	// (a show's page on its network's or its own site: `npr.org/podcasts/510313/…`, `radiolab.org/podcast`)
	[/^[^/]+\/(?:[\w-]+\/)?podcasts?(?:\/[\w-]+)*\/?$/, 'podcast'],
	[/^(?:github|gitlab|gitee|codeberg)\.(?:com|org)\/[\w.-]+\/[\w.-]+(?:\/(?:tree|blob|wiki)\/.*)?\/?$/, 'repository'],
];

/**
 * What a page's path says it is, wherever it is hosted: a page under `/courses/` (or `/classes/`) a course's, under
 * `/papers/` a paper.
 */
export const pathKind = (url: URL): Kind | undefined => (/\/(?:courses?|classes)\//i.test(url.pathname) ? 'course'
	: /\/papers?\//i.test(url.pathname) ? 'paper' : undefined);

/** A video channel's own page (`youtube.com/@name`), not one video's: a post recommending it recommends its videos. */
export const isChannelPage = (url: URL) => /^(?:www\.|m\.)?youtube\.com$/.test(url.hostname) && /^\/@[\w.-]+\/?$/
	.test(url.pathname);

/** The kind (and platform) a URL implies, when it is a known work page. */
export function hostInfo(url: URL): HostInfo | undefined {
	const key = `${url.hostname.replace(/^www\./, '')}${url.pathname}`;
	if (isChannelPage(url)) return {kind: 'video', weak: true};
	for (const [pattern, kind, provider] of WORK_PAGES) {
		if (pattern.test(key)) return provider ? {kind, provider} : {kind};
	}
	return undefined;
}

const SOCIAL = /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|weibo\.com|weibo\.cn|linkedin\.com|instagram\.com|t\.me|reddit\.com|news\.ycombinator\.com|pinterest\.com|tumblr\.com|qzone\.qq\.com|service\.weibo\.com|wa\.me|telegram\.me|mastodon\.social|gravatar\.com|disqus\.com|addtoany\.com|sharethis\.com)$/;
const OWN_PAGES = /^\/(?:$|(?:about|about-me|author|authors|tags?|categor(?:y|ies)|archives?|page|users?|profile|people|search|feed|rss|atom|index\.xml|login|signin|signup|register|subscribe|contact|privacy|terms|cart|account|share|intent)(?:[/.?#]|$))/i;
/**
 * A page of one item the site sells or lends, addressed at its root by the item's number, as older shops address
 * theirs (`/?uItem=227781`, `/?product_id=9`): a shop's magazine links its own shop so, and the item is a work.
 */
const ITEM_QUERY = /^\?(?:[\w-]*_)?(?:u?item|product|book)(?:_?id)?=\d+(?:&|$)/i;
export const itemPage = (url: URL) => url.pathname === '/' && ITEM_QUERY.test(url.search);
const GITHUB_ROOTS = /^\/(?:topics|orgs|sponsors|features|marketplace|explore|settings|login|about|pricing)\b/;

/** A link to a social network's profile or share page. */
export const isSocial = (url: URL) => SOCIAL.test(url.hostname.replace(/^www\./, ''));

/**
 * True for links that are never recommendations: social and share links, the site's own chrome
 * (home, tags, profile, feeds), anchors on this page, bare GitHub profiles, images.
 */
export function isChromeLink(url: URL, page: URL): boolean {
	const host = url.hostname.replace(/^www\./, '');
	if (SOCIAL.test(host)) return true;
	if (/\.(?:png|jpe?g|gif|webp|svg|ico|css|js|xml)$/i.test(url.pathname)) return true;
	if (url.href.split('#')[0] === page.href.split('#')[0]) return true;
	if (host === page.hostname.replace(/^www\./, '')) {
		// The site's own chrome, and sub-pages of this very page (a repository's CONTRIBUTING.md)
		const own = page.pathname.replace(/\/$/, '');
		if ((OWN_PAGES.test(url.pathname) && !itemPage(url)) || (own.length > 1 && url.pathname.startsWith(`${own}/`))) {
			return true;
		}
	}
	if (/^(?:github|gitlab|gitee)\.com$/.test(host)) {
		return GITHUB_ROOTS.test(url.pathname) || url.pathname.split('/').filter(Boolean).length < 2;
	}
	// (a licence's deed, as a notice under a post links it: `licensed <a>CC BY 4.0</a>`, `<a>MIT License</a>`)
	if (LICENCES.test(host + url.pathname)) return true;
	return /\/(?:share|sharer|intent\/tweet)(?:\.php)?(?:[/?]|$)/.test(url.pathname);
}

/** Where the licences posts are published under are written: a licence is no work the post recommends. */
const LICENCES = /^(?:creativecommons\.org\/(?:licenses|publicdomain)\/|opensource\.org\/licen[cs]es?\/|choosealicense\.com\/licenses\/|gnu\.org\/licenses\/)/;

/** Course platforms, for a provider named in text ("极客时间出品", "on Coursera"). */
export const COURSE_PLATFORMS = /极客时间|慕课网|网易云课堂|中国大学MOOC|拉勾教育|腾讯课堂|学堂在线|Coursera|Udemy|edX|Udacity|Pluralsight|Frontend Masters|egghead|Khan Academy|LinkedIn Learning/i;

/** Query keys a redirector carries its target in (`link.zhihu.com/?target=`, `/url?q=`, `/l.php?u=`, `/go?to=`). */
const TARGET_KEYS = ['target', 'url', 'u', 'q', 'to', 'dest', 'destination', 'redirect', 'link'];
/**
 * The paths a redirector answers on: its root or one or two words saying "leave" (`/redir/redirect` on LinkedIn),
 * not a page of its own that takes a query.
 */
const REDIRECT_PATH = /^\/(?:(?:url|go|link|links|redir|redirect|out|outgoing|away|jump|exit|l\.php|r)\/?){0,2}$/i;

/**
 * The address a redirecting link sends the reader to: sites wrap outbound links so (Zhihu, Jianshu, search engines,
 * mail and chat apps), and the work is the target, not the wrapper.
 */
export function redirectTarget(url: URL): URL {
	// A library's proxy (EZproxy) sends its readers to `/login?url=<address>`: the work is the address
	const proxied = /^\/login\/?$/i.test(url.pathname)
		? httpUrl(url.searchParams.get('url') ?? url.searchParams.get('qurl')) : undefined;
	if (proxied && proxied.hostname !== url.hostname) return proxied;
	if (!url.search || !REDIRECT_PATH.test(url.pathname)) return url;
	// (a key of its own, `t.umblr.com/redirect?z=<address>`: the first value that is an address elsewhere)
	for (const value of [...TARGET_KEYS.map(key => url.searchParams.get(key)), ...url.searchParams.values()]) {
		const target = httpUrl(value);
		if (target && target.hostname !== url.hostname) return target;
	}
	return url;
}

/**
 * The page of the video an embedded player plays (`youtube.com/embed/ID` -> `youtube.com/watch?v=ID`,
 * `player.vimeo.com/video/ID` -> `vimeo.com/ID`): a post embeds a video by its player, a reader saves its page.
 */
export function playerPage(src: string | null, base: string): URL | undefined {
	const url = httpUrl(src, base);
	if (!url) return undefined;
	const youtube = /^(?:www\.)?youtube(?:-nocookie)?\.com$/.test(url.hostname)
		&& /^\/embed\/([\w-]{6,})$/.exec(url.pathname)?.[1];
	if (youtube) return new URL(`https://www.youtube.com/watch?v=${youtube}`);
	const vimeo = url.hostname === 'player.vimeo.com' && /^\/video\/(\d+)$/.exec(url.pathname)?.[1];
	return vimeo ? new URL(`https://vimeo.com/${vimeo}`) : undefined;
}
