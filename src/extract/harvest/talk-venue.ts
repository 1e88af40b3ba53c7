/**
 * A talk's venue is no publisher. A video's or a talk's line names where it was given joined to its year, no comma
 * between (`Name, “Title”, NDC London 2020.`, `(PyCon US 2023)`), as conferences name their editions; a publisher is
 * parted from its year (`O'Reilly, 2017`). The citation readers take the words before the year for a publisher.
 */
import type {Candidate} from './item.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An event named by its shape, a comma before its year or none (`(TEDxRiodelaPlata, 2014)`, `(TEDGlobal, 2009)`,
 * `(PyCon, 2019)`, `(RubyConf, 2020)`, `(Ruby Summit, 2018)`): TED's editions, a name closing on `Con`/`Conf`/
 * `Camp`, or a word saying it was a meeting.
 */
const EVENT_NAMES = [String.raw`TED(?:x\p{L}*|Global|Women|Med|Summit)?`, String.raw`\p{L}*(?:Con|Conf|Camp|Fest)`,
	String.raw`.*\b(?:Summit|Conference|Meetup|Symposium|Congress|Congreso|Jornadas)`];
const EVENT_NAME = new RegExp(`^(?:${EVENT_NAMES.join('|')})(?:\\s+\\p{Lu}{2,})?$`, 'u');

/** Drops a video's publisher when it is the venue where the talk was given. */
export function withoutVenue(work: Candidate): void {
	if (work.kind !== 'video' || !work.publisher) return;
	if (EVENT_NAME.test(work.publisher)) {
		delete work.publisher;
		return;
	}
	if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(work.publisher)}\\s+(?:19|20)\\d{2}\\b`, 'u').test(work.context ?? '')) {
		delete work.publisher;
		return;
	}
	// (nor the house a speaker works for, in brackets after their name with no year: `– Jan Smit (Studio)`)
	const speaker = work.authors?.at(-1);
	if (speaker && work.context?.includes(`${speaker} (${work.publisher})`)) {
		delete work.publisher;
	}
}
