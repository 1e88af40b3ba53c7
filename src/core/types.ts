/** The kinds of work Shelfmark keeps. */
export const KINDS = ['book', 'course', 'article', 'video', 'repository', 'paper', 'podcast', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['want', 'reading', 'done', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

export const CONTRIBUTOR_ROLES = ['translator', 'editor', 'narrator', 'instructor', 'other'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];
/** A role a page or a file named, as one of ours: roles outside the known set become `other`. */
export const contributorRole = (role: string): ContributorRole =>
	(CONTRIBUTOR_ROLES as readonly string[]).includes(role) ? role as ContributorRole : 'other';

export type Contributor = {name: string; role: ContributorRole};
export type Duration = {minutes?: number; lessons?: number; pages?: number};
export type Progress = {done: number; total?: number; unit: 'page' | 'lesson' | 'minute' | 'percent'};
export type Recommendation = {url: string; title?: string; context?: string};
export type Price = {amount: number; currency: string};

/** One work to read, watch or take: the materialised view of an item's CRDT state (DESIGN §3). */
export type Item = {
	id: string;
	/** The primary link; absent for a work with none (a book a friend named, an export row with only an ASIN). */
	url?: string;
	/** Other links of the same work. */
	aliases: string[];
	/** Identifiers other than ISBNs, as `scheme:value` (core/ids.ts). */
	ids: string[];
	kind: Kind;
	title: string;
	subtitle?: string;
	authors: string[];
	contributors: Contributor[];
	description?: string;
	image?: string;
	isbn: string[];
	publisher?: string;
	provider?: string;
	language?: string;
	publishedAt?: string;
	duration?: Duration;
	price?: Price;
	topics: string[];
	status: Status;
	progress?: Progress;
	rating?: 1 | 2 | 3 | 4 | 5;
	notes: string;
	recommendedBy: Recommendation[];
	addedAt: string;
	updatedAt: string;
	finishedAt?: string;
	/** Set while the item is in the trash. */
	deletedAt?: string;
	/** Set on the tombstone of an item another absorbed: the survivor's id. */
	mergedInto?: string;
	/** Losing values of concurrent edits, for the UI to offer. */
	conflicts?: {title?: string[]; notes?: string[]};
};

/** What the extractor reads from one page (DESIGN §4). */
export type PageMetadata = {
	url: string;
	title: string;
	kind: Kind;
	authors: string[];
	contributors?: {name: string; role: string}[];
	description?: string;
	image?: string;
	siteName?: string;
	language?: string;
	publishedAt?: string;
	/** When the page says it was last changed (a living handbook, a re-edited post). */
	modifiedAt?: string;
	isbn?: string[];
	publisher?: string;
	provider?: string;
	duration?: Duration;
	price?: Price;
	keywords?: string[];
	readingMinutes?: number;
	/** Which source gave each field: jsonld, opengraph, site:douban... */
	sources?: Record<string, string>;
};

/** A work that a page recommends (DESIGN §4). */
export type HarvestItem = {
	title: string;
	url?: string;
	kind?: Kind;
	authors?: string[];
	contributors?: {name: string; role: string}[];
	publisher?: string;
	/** Course platform or store, e.g. 极客时间. */
	provider?: string;
	publishedAt?: string;
	isbn?: string[];
	/** The sentence around it, kept as provenance. */
	context?: string;
};
