import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {publishTopicHtml, publishTopicMarkdown} from '../../../src/formats/index.ts';
import {item} from './items.ts';

const items = [
	item({url: 'https://book.example/k8s', title: 'Kubernetes in Action', kind: 'book', authors: ['Marko Luksa'],
		contributors: [{name: '张三', role: 'translator'}], image: 'https://img.example/k8s.jpg', publisher: 'Manning',
		publishedAt: '2017-12', topics: ['Cloud Native'], status: 'done', rating: 4, notes: 'Start with\nchapter 3'}),
	item({url: 'https://course.example/c', title: '<img src=x onerror=alert(1)>', kind: 'course', topics: ['cloud-native'], image: 'javascript:alert(1)'}),
	item({url: 'https://other.example/', title: 'Unrelated', kind: 'book', topics: ['cooking']}),
	item({url: 'https://gone.example/', title: 'Deleted', kind: 'book', topics: ['cloud native'], deletedAt: '2024-01-01T00:00:00.000Z'}),
];

describe('publish a topic', () => {
	test('HTML: standalone page grouped by kind, with covers, people, status and notes, everything escaped', () => {
		const html = publishTopicHtml(items, 'cloud native',
			{title: 'Cloud reading', intro: 'My <picks>', generatedAt: '2026-01-02T00:00:00Z'});
		const doc = new JSDOM(html).window.document;
		expect(doc.querySelectorAll('script, [onerror]')).toHaveLength(0);
		expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
		expect([...doc.querySelectorAll('h2')].map(h => h.textContent)).toEqual(['Books (1)', 'Courses (1)']);
		const [bookEntry, courseEntry] = doc.querySelectorAll('li');
		expect(bookEntry!.querySelector('a')!.getAttribute('href')).toBe('https://book.example/k8s');
		expect(bookEntry!.querySelector('img')!.getAttribute('src')).toBe('https://img.example/k8s.jpg');
		expect(bookEntry!.textContent).toContain('Marko Luksa; 张三 (Translator) · Manning, 2017 · ★★★★☆');
		expect(bookEntry!.querySelector('.badge')!.textContent).toBe('Done');
		expect(bookEntry!.querySelector('.note')!.textContent).toBe('Start with\nchapter 3');
		expect(courseEntry!.querySelector('img')).toBeNull();
		expect(courseEntry!.querySelector('a')!.textContent).toBe('<img src=x onerror=alert(1)>');
		expect(doc.querySelector('header p')!.textContent).toBe('My <picks>');
		expect(html).not.toContain('Unrelated');
		expect(html).not.toContain('Deleted');
	});

	test('HTML in Chinese and without notes or status', () => {
		const html = publishTopicHtml(items, 'Cloud Native', {locale: 'zh_CN', notes: false, status: false});
		const doc = new JSDOM(html).window.document;
		expect(doc.documentElement.lang).toBe('zh-CN');
		expect([...doc.querySelectorAll('h2')].map(h => h.textContent)).toEqual(['书 (1)', '课程 (1)']);
		expect(doc.querySelector('.note, .badge')).toBeNull();
		expect(doc.body.textContent).toContain('张三 (译者)');
	});

	test('Markdown: headings by kind, links, cover images, notes quoted, syntax escaped', () => {
		const md = publishTopicMarkdown(items, 'cloud native', {title: 'Cloud reading'});
		expect(md).toBe([
			'# Cloud reading',
			'',
			'## Books',
			'',
			'- [Kubernetes in Action](<https://book.example/k8s>) — Marko Luksa; 张三 (Translator) · Manning, 2017 · *Done* · ★★★★',
			'  ![](<https://img.example/k8s.jpg>)',
			'  > Start with chapter 3',
			'',
			'## Courses',
			'',
			'- [\\<img src=x onerror=alert(1)\\>](<https://course.example/c>) — *Want*',
			'',
		].join('\n'));
	});
});
