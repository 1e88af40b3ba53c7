import type {Kind} from '../../core/types.ts';
import {isoMinutes, type Candidate} from '../candidate.ts';
import {isText, list, loose} from '../text.ts';

/** A schema.org node, from JSON-LD or built from microdata/RDFa in the same shape. */
export type Node = {[key: string]: unknown};
/** Looks up `{"@id": ...}` references. */
export type Resolve = (value: unknown) => unknown;

/**
 * Main-entity order of DESIGN §4; a lower index wins. (`QAPage`, no corpus page's type, left out for bytes.) A radio
 * station's episode is a podcast's (`RadioEpisode`, `RadioSeries`).
 */
const RANKS: [RegExp, Kind][] = [
	[/^(Audiobook|Book|ComicIssue)$/, 'book'], [/^(Course|EducationalOccupationalProgram)$/, 'course'], [/^SoftwareSourceCode$/, 'repository'],
	[/^(Clip|VideoObject|Movie|TVEpisode)$/, 'video'], [/^ScholarlyArticle$/, 'paper'],
	[/Article$|Posting$|^(Report|Blog|Recipe|Review|HowTo)$/, 'article'], [/^(Podcast|Radio)/, 'podcast'], [/^(Event|Product|CreativeWork)$/, 'other'],
	[/^(Item|About|Collection|Profile|Web)Page$/, 'other'],
];

/** `@type` as bare names: `schema:Book`, `http://schema.org/Book` and `["Book", "Product"]` all give `Book`. */
export const typesOf = (node: Node): string[] =>
	list(node['@type'] ?? node.type).filter(isText)
		.map(t => t.replace(/^.*[/#:]/, ''));

/** A series page (`BookSeries`, `ComicSeries`, `Periodical`) that shows one of its parts is about that part. */
export const singlePart = (node: Node, resolve: Resolve): Node => {
	if (!typesOf(node).some(t => /^Periodical$|Series$/.test(t))) return node;
	const parts = list(node.hasPart).map(resolve).filter(isNode).filter(p => rankOf(p) < RANKS.length);
	return parts.length === 1 ? parts[0]! : node;
};

/** The rank of a node's best type (RANKS.length when it is no content at all: Person, BreadcrumbList...). */
export const rankOf = (node: Node): number => {
	const types = typesOf(node);
	const rank = RANKS.findIndex(([test]) => types.some(type => test.test(type)));
	return rank < 0 ? RANKS.length : rank;
};

/** The text of a value: a string, a number, a `{"@value"}` or the `name` of a node. */
export const textOf = (value: unknown, resolve: Resolve, depth = 0): string | undefined => {
	if (depth > 3) return undefined; // `@id` references may form cycles
	for (const item of list(value)) {
		const v = resolve(item);
		if (isText(v) || typeof v === 'number') return String(v);
		if (isNode(v)) {
			// (a person's parts, written as text: none joins as a blank)
			const text = v['@value'] ?? v.name ?? ([v.givenName, v.familyName].join(' ').trim() || v.alternateName);
			const found = textOf(text, resolve, depth + 1);
			if (found) return found;
		}
	}
	return undefined;
};

const names = (value: unknown, resolve: Resolve) =>
	list(value).map(v => textOf(v, resolve)).filter(Boolean) as string[];

const urls = (value: unknown, resolve: Resolve): unknown[] => list(value).map(v => {
	const node = resolve(v);
	return isNode(node) ? node.url ?? node.contentUrl ?? node['@id'] : node;
});

/** The candidate one schema.org node proposes; `shown` is the page's `<title>`. */
export const entityCandidate = (node: Node, resolve: Resolve, shown: string): Candidate => {
	// A book's editions (`workExample`, as Google asks book pages to list them) hold its ISBNs, and say when and by
	// whom it came out when the book itself does not.
	const editions = list(node.workExample).map(resolve).filter(isNode);
	// The first of the space-separated properties that has a text, the book's own or else its first edition's.
	const text = (keys: string) => keys.split(' ')
		.map(key => textOf(node[key] ?? editions[0]?.[key], resolve)).find(Boolean);
	const kind = RANKS[rankOf(node)]?.[1];
	const offer = list(node.offers).map(resolve)
		.find(o => isNode(o) && (o.price ?? o.lowPrice) !== undefined) as Node | undefined;
	const instances = list(node.hasCourseInstance).map(resolve).filter(isNode);
	const minutes = isoMinutes(text('timeRequired duration'));
	const pages = +(text('numberOfPages') as string); // (none: NaN, which the picker drops)
	const isbn = [...list(node.isbn), ...list(node.gtin13), ...editions.flatMap(w => list(w.isbn))];
	// A store that describes a book as a Product names its publisher as the brand. (`false`, like any value that is no
	// text, is none to the picker.)
	const publisher = text('publisher sourceOrganization')
		?? (/^97[89]|^\d{9}[\dX]$/i.test(String(isbn[0])) && text('brand'));
	// `headline` or `name`: articles put the title in `headline`, but some (Wikipedia) put a description there and
	// the title in `name`. The one the page's `<title>` contains is the title (Readability's rule too).
	const headline = text('headline'), name = text('name');
	const inPage = [headline, name].filter(t => t && loose(shown).includes(loose(t)));
	// (fields in the order that gzips the injected extractor smallest: the picker reads them by name)
	return {
		title: inPage.length === 1 ? inPage[0] : kind === 'article' ? headline ?? name : name ?? headline,
		// Each property with the role it names (`readBy` a narrator), a course's instances' instructors too.
		contributors: ([['translator'], ['editor'], ['readBy', 'narrator'], ['illustrator', 'other'], ['instructor'],
			['instructor', undefined, instances]] as const)
			.flatMap(([key, role = key, from = [node]]) =>
				from.flatMap(n => names(n[key], resolve).map(name => ({name, role})))),
		keywords: list(node.keywords).map(k => textOf(k, resolve)),
		// (a course naming no author is its teachers')
		authors: names(node.author ?? node.creator ? [node.author, node.creator]
			: [node.instructor, instances.map(i => i.instructor)], resolve),
		description: text('description abstract'),
		image: urls([node.image, node.thumbnailUrl], resolve),
		// The publisher names an article's site; a sourceOrganization or copyright holder is the company behind it.
		siteName: kind === 'article' && text('publisher'),
		language: text('inLanguage language'),
		publishedAt: text('datePublished uploadDate dateCreated releaseDate startDate'),
		modifiedAt: text('dateModified'),
		isbn,
		publisher,
		provider: text('provider'),
		// The picker drops a count that is not a positive number, and a duration with none.
		duration: {minutes, pages},
		// An `@id` that is no address (an object, a blank node) fails the picker's URL test.
		url: urls(node.url, resolve)[0] ?? node['@id'],
		price: {
			amount: textOf(offer?.price ?? offer?.lowPrice, resolve),
			currency: textOf(offer?.priceCurrency, resolve),
		},
		kind,
	};
};

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
