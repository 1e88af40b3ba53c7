/**
 * A post groups the courses it takes from one platform under a heading naming it (`6. 极客时间专栏`, `Coursera
 * courses`): the platform publishes each course listed under it, and the heading names the group, no course of its own.
 */
import {COURSE_PLATFORMS} from './hosts.ts';
import type {Candidate} from './item.ts';
import {sectionKind} from './kind.ts';
import type {Segment} from './segments.ts';
import {stripNumbering} from './text.ts';

/** The platform a heading names with a kind's word only (`极客时间专栏`, `Udemy Courses`), or undefined. */
function platformHeading(text: string): string | undefined {
	const platform = COURSE_PLATFORMS.exec(text)?.[0];
	const rest = platform ? stripNumbering(text).replace(platform, '').replace(/[\s:：()（）]+/gu, ' ').trim() : '';
	return platform && rest.length <= 12 && sectionKind(rest) === 'course' ? platform : undefined;
}

/** The works found less the platform headings over lists of courses; those courses published by their platform. */
export function platformSections(segs: Segment[], found: Candidate[]): Candidate[] {
	const listed = (c: Candidate) => segs[c.seg]?.tag === 'LI' && c.kind === 'course';
	const groups = new Set<number>();
	for (const c of found) {
		const seg = segs[c.seg];
		const platform = seg && /^H[2-6]$/.test(seg.tag) ? platformHeading(seg.text) : undefined;
		const courses = platform ? found.filter(o => listed(o) && segs[o.seg]!.heading === seg!.text) : [];
		if (!courses.length) continue;
		groups.add(c.seg);
		for (const course of courses) course.publisher ??= platform;
	}
	return groups.size ? found.filter(c => !groups.has(c.seg)) : found;
}
