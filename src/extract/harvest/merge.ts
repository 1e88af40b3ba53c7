import {urlKey} from '../../core/url.ts';
import type {Candidate} from './candidates.ts';
import {titleKey} from './text.ts';

/** Two mentions of one work: same address, same title, or one unlinked title inside the other. */
function sameWork(a: Candidate, b: Candidate): boolean {
	if (a.url && b.url && urlKey(a.url) === urlKey(b.url)) return true;
	const ka = titleKey(a.title);
	const kb = titleKey(b.title);
	if (ka === kb) return true;
	if (a.url && b.url) return false;
	// An unlinked caption naming one half of a "Title——Subtitle" pair
	const [short, long] = ka.length < kb.length ? [a, b] : [b, a];
	return long.title.split(/——|—|:|：|\s[-–|]\s|[(（]/).some(part => titleKey(part) === titleKey(short.title));
}

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
}

/** One candidate per work, in order of first mention. */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const candidate of candidates) {
		const target = out.find(o => sameWork(o, candidate));
		if (target) fill(target, candidate);
		else out.push({...candidate});
	}
	return out;
}
