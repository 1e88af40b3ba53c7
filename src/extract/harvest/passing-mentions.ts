/**
 * A post's comment on one work names another of its works in passing, often shortened (`『토비의 스프링』이 너무
 * 두꺼우면…` for the listed `토비의 스프링 3.1`, its volume or edition dropped). A title read so with nothing of its
 * own (no address, no people, no publisher) that opens another work's title, which has them, is that work again.
 */
import type {Candidate} from './item.ts';
import {titleKey} from './text.ts';

/** Whether a candidate carries nothing but its title. */
const bare = (c: Candidate) => !c.url && !c.authors?.length && !c.contributors?.length && !c.publisher;

/** The candidates without the bare mentions that shorten another work's title. */
export function withoutPassingMentions(found: Candidate[]): Candidate[] {
	const full = found.filter(c => !bare(c));
	return found.filter(c => !bare(c) || !full.some(other => {
		const key = titleKey(c.title);
		// (the shortened title stops at a word's end: `토비의 스프링` of `토비의 스프링 3.1`, not `Clean` of `Cleaner`)
		return titleKey(other.title) !== key && other.title.startsWith(`${c.title} `);
	}));
}
