/** A list line closing on its address written out (`Title – Name: https://…`). */
import {bylineCandidates} from './byline.ts';
import {hostInfo} from './hosts.ts';
import {item, NOT_TITLE, type Candidate, type Context} from './item.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/**
 * `Title – Name: https://…` (a video description, a plain-text list): a list line closing on its address written out
 * reads as the same line unlinked, and the address is the work's.
 */
export function writtenOut(seg: Segment, ctx: Context): Candidate | undefined {
	const link = seg.links.length === 1 ? seg.links[0]! : undefined;
	if (!link || seg.tag !== 'LI' || !/^https?:\/\//.test(link.text)) return undefined;
	if (cleanTitle(seg.text.slice(link.end))) return undefined;
	const before = /^(.*?)\s*[:：]?\s*$/su.exec(seg.text.slice(0, link.start))![1]!;
	const marks = seg.marks.filter(m => m.end <= before.length);
	const [work] = bylineCandidates({...seg, text: before, links: [], marks}, ctx);
	const host = hostInfo(link.url);
	if (work?.authors?.length) return {...work, url: link.url.href, ...(host ? {kind: host.kind} : {})};
	// (or a title alone, its note or year in brackets after it, under a heading naming works: `Dynamo (2007): https://…`)
	const note = /\s*[(（]([^()（）]{1,30})[)）]$/u.exec(before);
	const title = cleanTitle(note ? before.slice(0, note.index) : before);
	if (!ctx.section || ctx.toolSection || title.length < 2 || title.length > 120) return undefined;
	if (NOT_TITLE.test(title)) return undefined;
	const year = /^(?:19|20)\d{2}$/.test(note?.[1] ?? '') ? {publishedAt: note![1]!} : {};
	const bib = {authors: [], contributors: [], ...year};
	return {...item(title, seg, {start: 0, end: before.length}, ctx, bib, {host}), url: link.url.href};
}
