/**
 * Speaker cards, as conference sites and talk lists set them: the speaker's name on a line of its own over the talk's
 * heading (maybe their role or company between), a meta line under it (`JSConf EU 2014 · 26 min`). Such a page
 * writes every card alike, so the names line is read as the speaker's only where two cards at least have one.
 */
import type {Candidate} from './item.ts';
import {personNames} from './names.ts';
import type {Segment} from './segments.ts';

/** How far over its heading a card's speaker may stand (the name, then a role line). */
const ABOVE = 2;
/** A line's fields, as a meta line parts them (`·`, `•`, `|`). */
const FIELDS = /\s*[·•|｜]\s*/;
/** A length, which a talk's meta line gives (`33 min`, `1 h 10 min`, `1:02:13`). */
const LENGTH = /^(?:\d+\s*(?:h|hrs?|hours?)\s*)?(?:\d+\s*(?:min(?:ute)?s?|m))?$|^\d{1,2}(?::\d{2}){1,2}$/i;
/** Where and when the talk was given (`SCNA 2012`, `JVM Language Summit 2009`), or its year alone. */
const VENUE_YEAR = /^(?:\p{Lu}[\p{L}\d&'’./-]*(?:\s+[\p{L}\d&'’./-]+){0,5}\s+)?((?:19|20)\d{2})$/u;

/** The year a talk's meta line gives: a venue's year and its length, nothing else. */
function metaYear(seg: Segment | undefined): string | undefined {
	if (!seg || seg.links.length || seg.text.length > 80) return undefined;
	const fields = seg.text.split(FIELDS).filter(Boolean);
	const years = fields.map(field => VENUE_YEAR.exec(field)?.[1]);
	const dated = years.filter(Boolean);
	const lengths = fields.filter(field => LENGTH.test(field) && /\d/.test(field));
	return dated.length === 1 && lengths.length >= 1 && dated.length + lengths.length === fields.length
		? dated[0] : undefined;
}

/** The names a card's line holds alone over its heading, the nearest to the card's top first. */
function speakersOver(segs: Segment[], h: number, floor: number): string[] | undefined {
	for (let k = Math.max(floor + 1, h - ABOVE); k < h; k++) {
		const seg = segs[k]!;
		if (/^H[1-6]$/.test(seg.tag)) return undefined;
		if (seg.links.length || seg.text.length > 60) continue;
		const names = personNames(seg.text);
		if (names) return names;
	}
	return undefined;
}

/** Fills the speakers and the years of the works read at the headings of a page of speaker cards. */
export function readSpeakerCards(segs: Segment[], found: Candidate[]): void {
	const headed = found.filter(c => /^H[2-6]$/.test(segs[c.seg]?.tag ?? ''));
	const speakers = new Map<number, string[]>();
	// (a card's lines start under the work before it)
	let floor = -1;
	for (const c of headed) {
		const names = c.seg > floor ? speakersOver(segs, c.seg, floor) : speakers.get(c.seg);
		if (names) speakers.set(c.seg, names);
		floor = Math.max(floor, c.seg);
	}
	if (speakers.size < 2) return;
	for (const c of headed) {
		const names = speakers.get(c.seg);
		if (!names) continue;
		if (!c.authors?.length) c.authors = names;
		const year = metaYear(segs[c.seg + 1]);
		if (year && !c.publishedAt) c.publishedAt = year;
	}
}
