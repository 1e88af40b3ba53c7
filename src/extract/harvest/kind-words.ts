/** A kind's word before a title in a list of mixed works (`Podcast: Syntax`, `Talk: …`, `YouTube: Kevin Powell`). */
import type {Kind} from '../../core/types.ts';
import type {Candidate} from './item.ts';
import {cleanTitle} from './text.ts';

const KIND_WORDS: Record<string, Kind> = {podcast: 'podcast', talk: 'video', video: 'video', youtube: 'video',
	course: 'course', book: 'book', paper: 'paper', article: 'article'};
export const KIND_LABEL = new RegExp(`^(${Object.keys(KIND_WORDS).join('|')})\\s*[:：]\\s*(.+)$`, 'i');

/** Titles after their kind's word, which says what the work is (`Podcast: Syntax`, `Talk: “Simple Made Easy”`). */
export function withoutKindWords(found: Candidate[]): Candidate[] {
	for (const c of found) {
		const [, word, title] = KIND_LABEL.exec(c.title) ?? [];
		if (!word || cleanTitle(title!).length < 2) continue;
		c.title = cleanTitle(title!);
		c.kind = KIND_WORDS[word.toLowerCase()]!;
	}
	return found;
}
