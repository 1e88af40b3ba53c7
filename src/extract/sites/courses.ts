import {type SiteContext, type Site, textsAt} from './site.ts';

/** Minutes in "12 hours", "3h 20m total length", "Approx. 20 hours to complete", "about 6 weeks at 4 hours a week". */
function minutesIn(text: string, {isoMinutes}: SiteContext): number | undefined {
	const weeks = /(\d+)\s*weeks?\D{0,30}?(\d+)(?:\s*[-–]\s*\d+)?\s*hours?\s*(?:per|a)\s*week/i.exec(text);
	if (weeks) return +weeks[1]! * +weeks[2]! * 60;
	const hm = /(\d+(?:\.\d+)?)\s*(?:h|hours?|小时)\s*(?:(\d+)\s*(?:m|min|minutes|分钟))?/i.exec(text);
	return hm ? Math.round(+hm[1]! * 60 + +(hm[2] ?? 0)) : isoMinutes(text);
}

/** coursera.org `/learn/`, `/specializations/`, `/professional-certificates/`: the course, instructors, workload. */
export const coursera: Site = {
	name: 'coursera',
	test: /^(www\.)?coursera\.org\/(learn|specializations|professional-certificates|projects)\//,
	extract(context) {
		const {doc, textAt} = context;
		const text = doc.querySelector('main, #main, body')?.textContent?.slice(0, 50_000) ?? '';
		return {
			kind: 'course',
			title: textAt('h1'),
			authors: textsAt(doc, '[data-e2e="instructor-name"], .instructor-name, [data-track-component="instructor_name"] a'),
			duration: {minutes: minutesIn(/[^.]{0,40}hours?[^.]{0,40}/i.exec(text)?.[0] ?? '', context)},
			provider: 'Coursera',
		};
	},
};

/** udemy.com `/course/<slug>/`: `data-purpose` hooks for title, headline, instructors, locale, length and lectures. */
export const udemy: Site = {
	name: 'udemy',
	test: /^(www\.)?udemy\.com\/course\//,
	extract(context) {
		const {doc, textAt} = context;
		const curriculum = textAt('[data-purpose=curriculum-stats],[class*=curriculum--sub-header i]') ?? '';
		return {
			kind: 'course',
			title: textAt('[data-purpose=lead-title]') ?? textAt('h1'),
			description: textAt('[data-purpose=lead-headline]'),
			authors: textsAt(doc, '[data-purpose=instructor-name-top] a,.instructor-links a,[data-purpose=instructor-url]'),
			language: textAt('[data-purpose=lead-course-locale]'),
			duration: {
				minutes: minutesIn(textAt('[data-purpose=video-content-length]') ?? curriculum, context),
				// (no count: +undefined is NaN, which the picker drops)
				lessons: +(/(\d+)\s*(?:lectures|lessons|videos|讲|课时)/i.exec(curriculum)?.[1] as string),
			},
			price: {amount: textAt('[data-purpose=course-price-text]')},
			provider: 'Udemy',
		};
	},
};

/**
 * edx.org `/course/`, `/learn/`, `/certificates/`: title, instructors (a card's heading or its `name`), "N weeks, M–K
 * hours per week".
 */
export const edx: Site = {
	name: 'edx',
	test: /^(www\.)?edx\.org\/(course|learn|certificates|professional-certificate|masters|xseries)\//,
	extract(context) {
		const {doc, textAt} = context;
		const facts = textAt('.course-snapshot, [class*="snapshot" i], .at-a-glance, main') ?? '';
		return {
			kind: 'course',
			title: textAt('h1'),
			authors: textsAt(doc, '.instructor-name, [class*="instructor" i] :is(h3, .name), [data-testid="instructor-name"]'),
			duration: {minutes: minutesIn(facts.slice(0, 20_000), context)},
			provider: 'edX',
		};
	},
};
