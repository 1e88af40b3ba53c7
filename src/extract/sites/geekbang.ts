import {type Site, textsAt} from './site.ts';

/** time.geekbang.org columns and video courses: the course, its instructor, `共 N 讲` and the price in ¥. */
export const geekbang: Site = {
	name: 'geekbang',
	test: /^time\.geekbang\.org\/(column|course|dailylesson|opencourse)\//,
	extract({doc, head, textAt}) {
		const text = doc.body?.textContent?.slice(0, 200_000) ?? '';
		const lessons = /共\s*(\d+)\s*(?:讲|课时|节)/.exec(text)?.[1];
		const price = /[¥￥]\s*(\d+(?:\.\d+)?)/.exec(text)?.[1];
		const instructor = textsAt(doc, '[class*="author" i] [class*="name" i], [class*="teacher" i] [class*="name" i]')[0] ?? head.get('author');
		return {
			kind: 'course',
			title: textAt('h1') ?? doc.title,
			// (the column's subtitle says what it teaches; the page's meta description is the site's)
			description: textAt('[class*="subtitle" i]'),
			authors: [instructor],
			contributors: instructor ? [{name: instructor, role: 'instructor'}] : [],
			duration: {lessons: Number(lessons)},
			price: {amount: price, currency: 'CNY'},
			provider: '极客时间',
			siteName: '极客时间',
			language: 'zh-CN',
		};
	},
};
