/** The kinds the opt-in detector hints at on the toolbar badge. */
export type DetectedKind = 'book' | 'course';

/** Pages of known stores and course platforms, by host and path (the extractor's site adapters know more). */
const KNOWN: [RegExp, DetectedKind][] = [
	[/^book\.douban\.com\/subject\/\d+/, 'book'],
	[/^(www\.)?goodreads\.com\/book\/show\//, 'book'],
	[/^(www\.)?oreilly\.com\/library\/view\//, 'book'],
	[/^(www\.)?manning\.com\/books\//, 'book'],
	// Amazon book pages are the ones whose ASIN is an ISBN-10.
	[/^(www\.)?amazon\.[a-z.]+\/(?:[^/]+\/)?(?:dp|gp\/product)\/\d{9}[\dX](?:[/?]|$)/i, 'book'],
	[/^time\.geekbang\.org\/(column|course)\/(intro\/)?\d+/, 'course'],
	[/^(www\.)?coursera\.org\/(learn|specializations|professional-certificates)\//, 'course'],
	[/^(www\.)?udemy\.com\/course\//, 'course'],
	[/^(www\.)?edx\.org\/(course|learn)\//, 'course'],
];

const BOOK_TYPES = /^(Book|EBook|Audiobook)$/;
const COURSE_TYPES = /^(Course|CourseInstance)$/;
/** JSON-LD is only scanned, never parsed: a regex over a capped prefix costs microseconds even on huge blobs. */
const JSONLD_SCAN_CHARS = 100_000;

function ofType(type: string): DetectedKind | undefined {
	const name = type.replace(/^(https?:\/\/)?schema\.org\//, '').trim();
	return BOOK_TYPES.test(name) ? 'book' : COURSE_TYPES.test(name) ? 'course' : undefined;
}

function fromJsonLd(doc: Document): DetectedKind | undefined {
	for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
		const text = (script.textContent ?? '').slice(0, JSONLD_SCAN_CHARS);
		for (const match of text.matchAll(/"@type"\s*:\s*(?:"([^"]{1,80})"|\[([^\]]{1,400})\])/g)) {
			const types = match[1] !== undefined
				? [match[1]]
				: [...match[2]!.matchAll(/"([^"]{1,80})"/g)].map(found => found[1]!);
			for (const type of types) {
				const kind = ofType(type);
				if (kind) return kind;
			}
		}
	}
	return undefined;
}

function fromMeta(doc: Document): DetectedKind | undefined {
	const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
	if (ogType === 'book' || ogType === 'books.book') return 'book';
	if (ogType === 'course') return 'course';
	if (doc.querySelector('meta[property="book:isbn" i], meta[property="books:isbn" i]')) return 'book';
	for (const element of doc.querySelectorAll('[itemtype]')) {
		const kind = ofType((element.getAttribute('itemtype') ?? '').split(/\s+/)[0] ?? '');
		if (kind) return kind;
	}
	return undefined;
}

/**
 * A cheap guess whether the page is about one book or one course: known hosts, Open Graph type, `book:isbn`,
 * microdata and JSON-LD types. Reads only `doc` and `url`; no extraction runs here.
 */
export function classifyPage(doc: Document, url: string): DetectedKind | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined; // Not a page address
	}
	const where = `${parsed.hostname}${parsed.pathname}`;
	for (const [pattern, kind] of KNOWN) if (pattern.test(where)) return kind;
	return fromMeta(doc) ?? fromJsonLd(doc);
}
