import type {Kind} from '../../core/types.ts';
import type {Candidate} from '../candidate.ts';
import type {Head} from './head.ts';

// Spellings no page of the corpora writes are left unread for the script's bytes (28 B): `citation_authors`,
// `dc.creator.personalname`, `dcterms.created`, `dc.contributor` (a contributor is no author), `book:tag` and
// `og:published_time` (no namespace defines it). So are those whose pages all give the same field in another tag
// (76 B): `og:image:url`, `sailthru.image.full`, `video:director`, `video:release_date`, NYT's `byl`, `pubdate`,
// `twitter:title`, `og:updated_time`, `apple-mobile-web-app-title`, `parsely-image-url`, `sailthru.title`,
// `sailthru.description`, `sailthru.date`, `citation_online_date`, `publish-date`, `article:published`, and the
// citation tags' `dc.publisher`, which Dublin Core's own candidate reads next.

// (Each candidate's fields stand in the order that gzips the injected extractor smallest: the picker reads them by
// name.)

/** Dublin Core (`DC.*`, `dcterms.*`). */
export const dublinCore = (h: Head): Candidate => {
	return {
		title: h.get('dc.title'),
		publisher: h.get('dc.publisher'),
		description: h.get('dc.description dc.abstract'),
		publishedAt: h.get('dc.date.issued dc.issued dc.date'),
		language: h.get('dc.language'),
		isbn: h.all('dc.identifier').filter(id => /isbn|^[\d\s-]{10,17}X?$/i.test(id)),
		keywords: h.all('dc.subject'),
		authors: h.all('dc.creator'),
	};
};

/**
 * Twitter cards. Not their `label`/`data` pairs: WordPress's "Written by" pair repeats the author its JSON-LD names
 * (Yoast writes both), and reading it won nothing on any corpus.
 */
export const twitter = (h: Head): Candidate => {
	return {
		description: h.get('twitter:description'),
		image: h.all(TWITTER_IMAGE),
	};
};

/** Share-image tags, the https copy first when a page gives both. */
const OG_IMAGE = 'og:image:secure_url og:image';
const TWITTER_IMAGE = 'twitter:image:src twitter:image';

/**
 * Highwire Press `citation_*` (Google Scholar's tags). EPrints repositories and PRISM publishers write these too, so
 * their own spellings (`eprints.title`, `prism.publicationdate`) add nothing.
 */
export const citation = (h: Head): Candidate => {
	const title = h.get('citation_title');
	return {
		title,
		authors: h.all('citation_author'),
		publishedAt: h.get('citation_publication_date citation_date'),
		language: h.get('citation_language'),
		isbn: h.all('citation_isbn'),
		publisher: h.get('citation_publisher'),
		description: h.get('citation_abstract'),
		kind: title ? (h.get('citation_isbn') ? 'book' : 'paper') : undefined,
	};
};

/**
 * Open Graph, with the `article:*`, `book:*` (`books:*` read as it), `video:tag` and `music:release_date` (a podcast
 * episode's day on Spotify); a video's length, director and day are its JSON-LD's or its adapter's (`video:duration`
 * is left unread: no scored field, and bytes the extractor's budget needed).
 */
export const openGraph = (h: Head): Candidate => {
	const type = h.get('og:type')?.toLowerCase().trim() as string; // (none: `undefined`, which no kind's test matches)
	return {
		title: h.get('og:title'),
		keywords: h.all('article:tag video:tag'),
		description: h.get('og:description'),
		image: h.all(OG_IMAGE),
		language: h.get('og:locale'),
		url: h.get('og:url'),
		kind: ([
			[/^books?\b/, 'book'], [/^video/, 'video'], [/^(article|blog|news)/, 'article'],
			[/^music\.(song|album)|podcast/, 'podcast'], [/^profile|^website/, 'other'],
		] as [RegExp, Kind][]).find(([test]) => test.test(type))?.[1],
		siteName: h.get('og:site_name'),
		authors: h.all('article:author book:author'),
		publishedAt: h.get('article:published_time book:release_date music:release_date'),
		modifiedAt: h.get('article:modified_time'),
		isbn: h.all('book:isbn'),
		publisher: h.get('book:publisher'),
	};
};

/** Plain `<meta name>` conventions (description, author, Parse.ly, Sailthru) and `<title>`. */
export const plainMeta = (h: Head, doc: Document): Candidate => {
	return {
		title: h.get('parsely-title') ?? doc.title,
		// (and the head title's `by` part, as Medium writes every post's: `Title | by Name | Publication | Medium`)
		authors: [...h.all('author parsely-author sailthru.author'), /\| by ([^|]+) \|/.exec(doc.title)?.[1]],
		siteName: h.get('application-name publisher'),
		description: h.get('description'),
		image: [...h.all('thumbnail image'), ...(h.links.get('image_src') ?? [])],
		keywords: h.all('keywords news_keywords parsely-tags'),
		language: h.get('content-language language'),
		publishedAt: h.get('parsely-pub-date article.published publish_date publishdate date datepublished'),
	};
};
