/**
 * A video linked by its address alone on a line, under a sentence about it whose subject is a person (`Andrej Karpathy
 * дві години пише трансформер з нуля 👇`, `Ada Quinn walks through a parser`), as chat and forum posts share a talk:
 * that person made the video, its speaker.
 */
import type {Candidate} from './item.ts';
import {NAME_PAIR, personNames} from './names.ts';
import type {Segment} from './segments.ts';

/** A full name opening a sentence, then its verb in lower case. */
const SUBJECT = new RegExp(`(?:^|[.!?]\\s+)(${NAME_PAIR})\\s+(?=\\p{Ll})`, 'gu');
const ADDRESS_ALONE = /^(?:https?:\/\/|www\.)\S+$/;

/** The people of the sentence above an address alone, when one name opens one of its sentences. */
function subject(above: Segment | undefined): string[] | undefined {
	const names = [...(above?.text ?? '').matchAll(SUBJECT)].map(m => personNames(m[1]!)).filter(Boolean);
	return names.length === 1 ? names[0] : undefined;
}

/** Gives each video without people that an address alone links the person the sentence above makes its subject. */
export function videoMakers(segs: Segment[], found: Candidate[]): void {
	segs.forEach((seg, i) => {
		const link = seg.links.length === 1 && ADDRESS_ALONE.test(seg.text.trim()) ? seg.links[0]! : undefined;
		const video = link && found.find(c => c.url === link.url.href && c.kind === 'video' && !c.authors?.length);
		const makers = video ? subject(segs[i - 1]) : undefined;
		if (makers) video!.authors = makers;
	});
}
