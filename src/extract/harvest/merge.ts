import {urlKey} from '../../core/url.ts';
import type {Candidate} from './item.ts';
import {titleKey} from './text.ts';

/** Where a "Title——Subtitle" splits: an unlinked caption may name one half of it. */
const PARTS = /——|—|:|：|\s[-–|]\s|[(（]/;

/** Fills what `target` lacks from `extra` (the first mention keeps its title and address). */
export function fill(target: Candidate, extra: Partial<Candidate>): void {
	if (!target.url && extra.url) target.url = extra.url;
	if (!target.authors?.length && extra.authors?.length) target.authors = extra.authors;
	if (!target.contributors?.length && extra.contributors?.length) target.contributors = extra.contributors;
	if (!target.publisher && extra.publisher) target.publisher = extra.publisher;
	if (!target.publishedAt && extra.publishedAt) target.publishedAt = extra.publishedAt;
	if (!target.provider && extra.provider) target.provider = extra.provider;
	if (extra.isbn?.length) target.isbn = [...new Set([...(target.isbn ?? []), ...extra.isbn])];
	if (target.kind === 'article' && extra.kind && extra.kind !== 'article') target.kind = extra.kind;
	// (an unlinked work its section called a tool, `二、工具：SQL 和 Python`, is a book when its credit line names its
	// house or its translator: `Ben Forta 著，钟鸣 译，人民邮电出版社，2020 年`)
	const printed = !!extra.publisher || !!extra.contributors?.some(c => c.role === 'translator');
	if (target.kind === 'repository' && !target.url && printed) target.kind = 'book';
}

/** True when `long` is `short` and a subtitle after a colon (no site's name after a bar or a dash: a page's title). */
export const subtitled = (short: string, long: string) => {
	const colon = long.search(/[:：]\s/u);
	return colon > 0 && titleKey(long.slice(0, colon)) === titleKey(short) && !/\s[-–—|]\s/.test(long.slice(colon));
};

/** Two mentions each naming its people, none the same: two works. */
const strangers = (a: Candidate, b: Candidate) => !!a.authors?.length && !!b.authors?.length
	&& !a.authors.some(name => b.authors!.includes(name));

/** The works (by position) whose title has one part: the first of them, and those still without an address. */
type PartIndex = {all: number[]; unlinked: number[]; head: number};

/**
 * One candidate per work, in order of first mention. Two mentions are one work when they share an address,
 * a title, or (one of them unlinked) one names a part of the other's title, the shorter inside the longer.
 * Each mention joins the first work it matches. Indexed by address, title and title part, so a post listing
 * thousands of works merges in linear time: each address is parsed and each title split once.
 */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const byUrl = new Map<string, number>();
	// A mention whose title key a work already has joins the first such work its people do not part from it
	const byTitle = new Map<string, number[]>();
	const byPart = new Map<string, PartIndex>();
	const fuller = new Map<number, string>();
	const linkOf = (at: number, address: string) => {
		const known = byUrl.get(address);
		if (known === undefined || known > at) byUrl.set(address, at);
	};
	// (the first that names no other people: past the first only where two works' people part them, so rarely)
	const firstPart = (key: string, candidate: Candidate, linked: boolean): number | undefined => {
		const index = byPart.get(key);
		if (!index || !linked) return index?.all.find(at => !strangers(out[at]!, candidate));
		// A work leaves the unlinked list for good once it has an address
		while (index.head < index.unlinked.length && out[index.unlinked[index.head]!]!.url) index.head++;
		for (let k = index.head; k < index.unlinked.length; k++) {
			const at = index.unlinked[k]!;
			if (!out[at]!.url && !strangers(out[at]!, candidate)) return at;
		}
		return undefined;
	};
	for (const candidate of candidates) {
		const key = titleKey(candidate.title);
		const address = candidate.url ? urlKey(candidate.url) : undefined;
		const parts = new Set(candidate.title.split(PARTS).map(titleKey));
		// (a part of a title is the work's only when no two people part them: Aiken's `Compilers` course is not Aho's
		// `Compilers: Principles, Techniques, and Tools`)
		// (nor is a whole title's, where two people part them: Ковалёв's `История Рима` is not Моммзен's)
		const kin = (title: string, linked = false) =>
			byTitle.get(title)?.find(at => !strangers(out[at]!, candidate) && !(linked && out[at]!.url));
		const matches = [address === undefined ? undefined : byUrl.get(address), kin(key),
			firstPart(key, candidate, !!address)];
		// This mention names a shorter work's whole title as one of its parts
		for (const part of parts) {
			const at = part.length < key.length ? kin(part, !!address) : undefined;
			if (at !== undefined) matches.push(at);
		}
		const at = matches.reduce<number | undefined>(
			(min, i) => (i === undefined || (min !== undefined && min <= i) ? min : i), undefined);
		if (at !== undefined) {
			const linked = !!out[at]!.url;
			// (a work named short first, under its heading, then in full after a colon, is saved by its full title:
			// `<h3>Ψωμί με προζύμι</h3><p>… <em>Ψωμί με προζύμι: η τέχνη του αργού ψησίματος</em>`; set once all are
			// merged, each mention matched by the title the work was first named by)
			if (!fuller.has(at) && subtitled(out[at]!.title, candidate.title)) fuller.set(at, candidate.title);
			fill(out[at]!, candidate);
			if (!linked && address !== undefined) linkOf(at, address);
			continue;
		}
		const added = out.push({...candidate}) - 1;
		if (address !== undefined) linkOf(added, address);
		byTitle.set(key, [...byTitle.get(key) ?? [], added]);
		// A part's key is never longer than its title's: the shorter-inside-longer test holds by itself here
		for (const part of parts) {
			const index = byPart.get(part) ?? {all: [], unlinked: [], head: 0};
			index.all.push(added);
			if (!address) index.unlinked.push(added);
			byPart.set(part, index);
		}
	}
	for (const [at, title] of fuller) out[at]!.title = title;
	return out;
}
