import {parsePeople} from './people.ts';
import {COURSE_PLATFORMS} from './hosts.ts';
import {kindFromWords} from './kind.ts';
import type {Candidate} from './item.ts';
import {cleanTitle, HAN, squash} from './text.ts';

const ABOUT = /推荐|评测|测评|书评|读后感|读书笔记|精品|安利|review|recommend/i;
const PROVIDER = new RegExp(`([${HAN}A-Za-z]{2,10})\\s*出品`, 'u');

/** The work named by a title like "Kubernetes精品教程推荐——深入剖析Kubernetes" or "《Clean Code》读后感". */
function subjectTitle(title: string): {title: string; quoted: boolean} | undefined {
	const quoted = /《([^《》]{1,100})》/.exec(title);
	if (quoted && ABOUT.test(title.replace(quoted[0], ''))) return {title: cleanTitle(quoted[1]!), quoted: true};
	const parts = title.split(/——|—|--|\s[-–|｜]\s|[:：|｜]/).map(squash).filter(Boolean);
	if (parts.length !== 2) return undefined;
	const [a, b] = parts as [string, string];
	if (ABOUT.test(a) && !ABOUT.test(b)) return {title: cleanTitle(b), quoted: false};
	if (ABOUT.test(b) && !ABOUT.test(a)) return {title: cleanTitle(a), quoted: false};
	return undefined;
}

/** The short line under the page's heading ("by 张磊，极客时间出品"), if there is one. */
function subtitleOf(h1: Element): string {
	let el = h1.nextElementSibling;
	for (let i = 0; el && i < 2; i++, el = el.nextElementSibling) {
		const text = squash(el.textContent ?? '');
		if (/^(?:H[2-6]|P|DIV|SPAN)$/.test(el.tagName.toUpperCase()) && text.length > 1 && text.length < 120) return text;
	}
	return '';
}

/**
 * The post's own subject when the post is about one work: its title names the work next to a
 * "recommendation / review" word, and the line under it names the author or the platform.
 */
export function pageSubject(doc: Document, bodyText: string): Candidate | undefined {
	const h1 = doc.getElementsByTagName('h1')[0];
	const found = subjectTitle(squash(h1?.textContent ?? '') || doc.title);
	if (!found || found.title.length < 2) return undefined;
	const subtitle = h1 ? subtitleOf(h1) : '';
	const people = parsePeople(subtitle);
	const provider = PROVIDER.exec(subtitle)?.[1] ?? COURSE_PLATFORMS.exec(subtitle)?.[0];
	if (!people.authors.length && !provider && !found.quoted) return undefined;
	const kind = provider && COURSE_PLATFORMS.test(provider) ? 'course'
		: kindFromWords(`${found.title} ${subtitle}`) ?? kindFromWords(bodyText) ?? 'book';
	const subject: Candidate = {title: found.title, kind, seg: -1, context: squash(`${h1?.textContent ?? ''} ${subtitle}`)};
	if (people.authors.length) subject.authors = people.authors;
	if (people.contributors.length) subject.contributors = people.contributors;
	if (provider) subject.provider = provider;
	return subject;
}
