import type {Site} from './site.ts';

/**
 * icourse163.org (中国大学MOOC) course pages: the course and its school from the course's data in the page
 * (`window.courseDto`), its teachers (`isTeacher`: not the assistants the same panel lists), else the teachers'
 * panel's names, whose assistants say so (`助教`).
 */
export const icourse163: Site = {
	name: 'icourse163',
	test: /^(www\.)?icourse163\.org\/(course|learn)\//,
	extract({doc, textAt}) {
		const data = [...doc.scripts].map(s => s.textContent ?? '').find(text => text.includes('courseDto')) ?? '';
		const field = (key: string) => new RegExp(`\\b${key}\\s*:\\s*"([^"]+)"`).exec(data)?.[1];
		const teachers = [...data.matchAll(/realName\s*:\s*"([^"]+)"[^}]*?isTeacher\s*:\s*true/g)].map(m => m[1]);
		return {
			kind: 'course',
			title: field('name') ?? textAt('.course-title'),
			authors: teachers.length ? teachers : [...doc.querySelectorAll('.m-teachers [class*=item]')]
				.filter(item => !item.textContent!.includes('助教')).map(item => item.querySelector('h3')?.textContent),
			provider: field('schoolName'),
			siteName: '中国大学MOOC',
		};
	},
};
