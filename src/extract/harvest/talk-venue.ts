/**
 * A talk's venue is no publisher. A video's or a talk's line names where it was given joined to its year, no comma
 * between (`Name, “Title”, NDC London 2020.`, `(PyCon US 2023)`), as conferences name their editions; a publisher is
 * parted from its year (`O'Reilly, 2017`). The citation readers take the words before the year for a publisher.
 */
import type {Candidate} from './item.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Drops a video's publisher when it is the venue where the talk was given. */
export function withoutVenue(work: Candidate): void {
	if (work.kind !== 'video' || !work.publisher) return;
	if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(work.publisher)}\\s+(?:19|20)\\d{2}\\b`, 'u').test(work.context ?? '')) {
		delete work.publisher;
	}
}
