import {clean, loose} from './text.ts';


const isSite = (segment: string, sites: string[], hosts: string[]): boolean => {
	const key = loose(segment);
	if (key.length < 2) return false;
	return sites.some(site => site === key
			|| (key.length >= 4 && (site.includes(key) || key.includes(site) && site.length >= 4)))
		|| hosts.some(host => key.startsWith(host));
};

/**
 * The title without the site's name glued to it (`Foo | Site`, `Site - Foo`, `Foo-极客时间`, `Foo (豆瓣)`, `Foo (Site)`).
 * Only a segment that names the site (og:site_name, publisher, host) is dropped.
 */
export const stripSiteSuffix = (title: string, names: (string | undefined)[], host: string): string => {
	const sites = names.filter((n): n is string => !!n).map(loose).filter(Boolean);
	// Longer than three letters: not www, com, net or org.
	const hosts = host.split('.').filter(p => p.length > 3).map(loose);
	let text = title.replace(/\s*[(（[]([^()（）[\]]+)[)）\]]$/, (all, name: string) => (isSite(name, sites, hosts) ? '' : all));
	for (let round = 0; round < 2; round++) {
		const suffix = /^(.+)(\s+[|\-–—·»•:~]{1,2}\s+|\s*[|｜_\-—–]\s*)([^|｜\-–—·»•]+)$/.exec(text);
		if (suffix && isSite(suffix[3]!, sites, hosts) && suffix[1]!.length > 1) {
			text = suffix[1]!.trim();
			continue;
		}
		// (a site's name before the title is 40 characters at most, as siteFromTitle reads one: a longer first part is
		// the page's own, which may name the site too, `Title, Author. Giulio Einaudi Editore - Series`)
		const prefix = /^(([^|｜\-–—·»•:]|\b-\b){1,40}?)(\s+[|\-–—·»•:]\s+|\s*[|｜]\s*)(.+)$/.exec(text);
		if (prefix && isSite(prefix[1]!, sites, hosts) && prefix[4]!.length > 1) text = prefix[4]!.trim();
		else break;
	}
	return text;
};

/**
 * True when `name` names the site at `host` (`curtclifton.net`, `GitHub` at github.com), as stripSiteSuffix reads a
 * host: its words longer than three letters (not www, com, net or org).
 */
export const namesHost = (name: string, host: string) =>
	isSite(name, [], host.split('.').filter(p => p.length > 3).map(loose));

const PARTS = /\s+[|\-–—·»•:~]{1,2}\s+|\s*[|｜_]\s*|: /;

/**
 * `<title>` is often the heading plus the site's name (`Heading | Site`, `Site - Heading`): when one end of it is
 * the heading, the other end names the site. Short names only: a long remainder is a subtitle, not a site.
 */
export const siteFromTitle = (shown: string, heading: string, slug = ''): string | undefined => {
	// (One part has no other end: the empty rest is no heading.)
	const parts = shown.replace(RECORD_LABEL, '').split(PARTS).map(p => p.trim()).filter(Boolean);
	// The heading is the page's h1 or og:title, else the slug its address was made from (`/the-winds-of-change`).
	const key = loose(heading), slugKey = loose(slug);
	const isHeading = (text: string, more?: boolean) =>
		text && (text === key || text === slugKey || more && text.startsWith(key));
	// (or the heading, a section and the name: `Heading_Section_Site`, `Heading | Section | Site`; the name last may
	// follow the heading and the words a store or a course site adds to it: `Heading Online Class | Site`, `Title von
	// Author - Buch | Thalia`)
	// (the heading may have parts of its own: `Title : Subtitle - Author - Format | Store`)
	const k = heading.split(PARTS).length;
	const site = isHeading(loose(parts.slice(0, -1).join('')), true)
		|| !!parts[k] && isHeading(loose(parts.slice(0, k).join('')))
		? parts.at(-1)
		: isHeading(loose(parts.slice(1).join(''))) ? parts[0] : undefined;
	// An identifier (`draft-dejong-remotestorage-04`) is the document's number, not a site's name.
	const identifier = /^(?=.*\d)[a-z\d]+(-[a-z\d]+)+$/.test(site!); // (no site reads `undefined`)
	return site && !identifier && site.length <= 40 && site.split(/\s+/).length <= 5 && loose(site) !== key
		? site
		: undefined;
};

/**
 * Stores and comic shops append the binding to the title ("X (Hardcover)", "X SC"). (Bindings no corpus page writes
 * there, `Kindle Edition`, `Board book`, Spanish `Tapa blanda`/`dura`, French `Broché`/`Relié`, and Amazon's `Mass
 * Market Paperback` and `Gebundene Ausgabe`, which no corpus page needs, Amazon's being read by its adapter, left out
 * for bytes.)
 */
const FORMAT = /\s*(\((hardcover|paperback|taschenbuch)\)|\s(hc|sc))$/i;

/**
 * True when `title` is `heading` followed by more words (not `Chapter 1` inside `Chapter 10`), or a section's name,
 * a word or three, before it (`Books | Heading`, `Opinion: Heading`); a brand's `LeanData | Heading` names the site,
 * which is kept.
 */
const startsWithHeading = (title: string, heading: string): boolean => {
	// Both cleaned (clean()): their blanks are single spaces already. The same text is no match: t[h.length] is then
	// undefined, tested as the word `undefined`
	const t = title.toLowerCase(), h = heading.toLowerCase();
	return h.length > 2 && (t.startsWith(h) ? !/[\p{L}\p{N}]/u.test(t[h.length]!)
		: t.endsWith(h) && /^(?!.*\p{Ll}\p{Lu})\p{L}+( \p{L}+){0,2}( [|–—-]|:) $/u.test(title.slice(0, t.length - h.length)));
};

/**
 * The page's title from the picked one: the site's name cut off, structured data outvoted when `<title>` and
 * og:title agree on another, the byline, binding and record label cut off, and the heading preferred over a
 * head title that only adds to it. `source` is set when the title came from elsewhere than the picked source.
 * `listed` is the title a details list names, `chosen` chooseTitle's (positional: the names of an object's
 * fields cost the injected script's bytes).
 */
export const finalTitle = (listed: unknown, chosen: Chosen): Chosen => {
	// A title sharing no word with the work a record's details list names (details.ts) labels the page, in any
	// language: a catalogue's `Dettaglio - OPAC SBN`, `Bibliothekssuche`, `Sudoc Catalogue`, an app's `Home`.
	const record = clean(listed);
	const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return record && !words(chosen[0]).some(word => words(record).includes(word)) ? [record, 'text'] : chosen;
};


/** The picked title, its source, `<title>`, og:title, the h1, the first author, the site's names, host and slug. */
export const chooseTitle = (
	picked: string | undefined, source: string | undefined, shown: string, og: string | undefined, h1: unknown,
	author: string | undefined, names: (string | undefined)[], host: string, slug: string,
): Chosen => {
	const strip = (t: string) => stripSiteSuffix(t, names, host);
	const page = strip(clean(shown) ?? '');
	if (!picked) return [page, page ? 'meta' : undefined];
	let title = strip(picked);
	let from: string | undefined;
	// A title that is the head title's last part names the site, as an event's or a shop's every page says it (og:title
	// `JavaZone 2026` beside `Talk | JavaZone 2026`): the head title's own part is the page's.
	if (page && loose(shown) === loose(page + title)) [title, from] = [page, 'meta'];
	// Structured data may carry an SEO headline where the page shows another title, or one cut to a length (`…`):
	// og:title agreeing with `<title>` or with the heading outvotes it (a kicker before the heading's words is the
	// topic it is filed under: `Leerstand im Bankenviertel: Aus Büros sollen Wohnungen werden`).
	const ogTitle = loose(strip(clean(og) ?? ''));
	const heading = clean(h1);
	const agreed = [page, heading].find(t => {
		const words = loose(t ?? '');
		return ogTitle && (words === ogTitle || words.length > 9 && ogTitle.endsWith(words));
	});
	if (/^(jsonld|microdata|rdfa)/.test(source as string) && agreed
		&& (!ogTitle.includes(loose(title)) || /(…|\.\.\.)$/.test(title))) {
		title = agreed;
		from = 'opengraph';
	}
	// A catalogue states who is responsible after a slash (ISBD's `Title / Author.`), in its structured data too
	const slashAt = author ? title.toLowerCase().indexOf(` / ${author.toLowerCase()}`) : -1;
	if (slashAt > 1) title = title.slice(0, slashAt);
	// (test() reads a missing source as `undefined`, which no name matches)
	const structured = /^(jsonld|microdata|rdfa|site|citation)/.test((from ?? source) as string);
	if (!structured) {
		// Stores glue the byline on ("Title by Author (Format)"): cut at " by <the author we found>".
		const byAt = author ? title.toLowerCase().indexOf(` by ${author.toLowerCase()}`) : -1;
		if (byAt > 2) title = title.slice(0, byAt).trim();
		title = title.replace(RECORD_LABEL, '').replace(FORMAT, '').replace(/^\[[^\]]{1,6}]\s*/, '');
		// A head title of three parts or more (`Section | Title | Site`, `Site » Blog Archive » Title`) holds the
		// title as one of them: the one the heading repeats, or the one the address's slug spells (a slug is made
		// from the title).
		const parts = title.split(PARTS);
		const words = slug.match(/\p{L}+/gu);
		if (parts.length > 2) {
			title = parts.find(p => p === heading || words?.every(w => loose(p).includes(w))) ?? title;
		}
		// A head title often glues author, format or series around the heading: the h1 it starts with is the title. On
		// a post (someone wrote it), one that is only the site's name or address, as a blog's every page says, names
		// not the page. (Chinese stores open it with the heading in 《》: `《Title》(Author)【简介_书评】 - Store`)
		if (heading && (startsWithHeading(title.replace(/^《/, ''), heading)
			|| author && [...names, host].some(n => n && loose(n) === loose(title)))) {
			title = heading.replace(FORMAT, '');
			from = 'html';
		}
	}
	return [title, from];
};

/** A title and the source it came from, when not the picked one's. */
type Chosen = [title: string, source?: string];

/**
 * Record pages prefix their `<title>` with the record's type (ISFDB's "Publication: Like Nothing on Earth"). (French
 * and Spanish `Titre:`, `Título:`, which no corpus page writes, left out for the script's bytes.)
 */
const RECORD_LABEL = /^(publication|title|book|product|item|(full )?record|titel)\s*:\s+(?=\S)/i;

/**
 * A site's name as people say it: a note in brackets dropped (`X (formerly Twitter)`, `Example (Beta)`), so is a
 * company's legal form, as structured data names the publisher (`Frankfurter Allgemeine Zeitung GmbH`, `note株式会社`;
 * English `Inc.`, which labels keep, is left), and a former name (`LinkedIn Learning, formerly Lynda.com`). A name
 * written as an address (`empik.com`) loses its suffix when the head title, `shown`, calls the site so (`Książka w
 * Empik`, `| Hugendubel`). Stores and news sites whose brand is the address say it there too (`| Audible.de`, `bei
 * Weltbild.de bestellen`, `- wyborcza.pl`) or nowhere else, and keep it (`booklooker.de`, `Bookshop.org`).
 */
export const siteNameOf = (name: string, shown: string): string => {
	const named = name.replace(/\s*(\([^)]*\)|GmbH|株式会社)$|, formerly .*/, ''), word = named.split('.')[0]!;
	return shown.toLowerCase().split(/[^\p{L}\p{N}.]+/u).includes(word.toLowerCase()) ? word : named;
};
