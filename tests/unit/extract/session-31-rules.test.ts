import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
import {parsePeople} from '../../../src/extract/people.ts';

// Issue #19, session 31: rules written from how pages are written, each on a minimal page of its own.
const read = (body: string, head = '<title>A post</title>', url = 'https://news.example/2026/post') =>
	extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
const zh = '<p>' + '在外卖高峰期，订单链路上的每一个服务都可能成为瓶颈，我们按业务优先级对流量分级。'.repeat(3) + '</p>';

describe('who wrote it', () => {
	test('a link to the site\'s index of authors (`著者検索`) is no byline; a catalogue\'s `A著 ; B訳` names A alone', () => {
		const page = read('<ul class="tabs"><li><a href="https://ci.example/books/author">著者検索</a></li></ul>'
			+ '<main><h1>塩の道</h1><p class="author-line">マルタ・コヴァルスカ著 ; 田村真理子訳</p></main>',
		'<title>塩の道 | Catalogue</title>', 'https://ci.example/ncid/BD1');
		expect(page.authors).toEqual(['マルタ・コヴァルスカ']);
		expect(parsePeople(['田村真理子訳'])).toEqual([{name: '田村真理子', role: 'translator'}]);
	});
	test('an author block\'s label says how its names are parted: a mainland `文｜A B` names two', () => {
		const page = read('<div class="article"><h1>老旧小区改造</h1><div class="info"><span class="author">文｜周雨桐 刘畅</span>'
			+ '</div>' + zh + '</div>');
		expect(page.authors).toEqual(['周雨桐', '刘畅']);
	});
	test('author blocks side by side each give their first line, the name, not the title under it', () => {
		const col = (name: string, title: string) => `<div class="col authorCol"><a href="https://github.com/x">`
			+ `<img src="a.png"></a><div><a>${name}</a><br><small>${title}</small></div></div>`;
		const page = read('<article><h1>Faster CI</h1><p>' + 'Our pipeline had crept up to forty minutes. '.repeat(3)
			+ `</p><div class="row">${col('Maria Krasnova', 'Maintainer')}${col('Diego Toledo', 'Core team')}</div></article>`);
		expect(page.authors).toEqual(['Maria Krasnova', 'Diego Toledo']);
	});
	test('a store\'s button beside the name is none of the names (`作者：陳建宏 追蹤作者`)', () => {
		expect(parsePeople(['作者：陳建宏 追蹤作者']).map(p => p.name)).toEqual(['陳建宏']);
	});
	test('a personal site named after its author: the author meta tag naming the site stands when nobody else is named', () => {
		const en = '<p>' + 'Calibration and discrimination answer different questions about a model. '.repeat(3) + '</p>';
		const page = read(`<article><h1>Why calibration matters</h1>${en}</article>`, '<title>Why calibration matters | '
			+ 'Ananya Rao</title><meta name="author" content="Ananya Rao"><meta property="og:site_name" content="Ananya Rao">',
		'https://ananyarao.example/blog/2024/calibration/');
		expect(page.authors).toEqual(['Ananya Rao']);
	});
	test('a course naming no author is its teachers\', as structured data lists them in its instances', () => {
		const page = read('<main><h1>쿠버네티스 운영</h1></main>', '<title>쿠버네티스 운영</title><script type="application/ld+json">'
			+ '{"@type":"Course","name":"쿠버네티스 운영","provider":{"@type":"Organization","name":"인프런"},'
			+ '"hasCourseInstance":{"@type":"CourseInstance","instructor":[{"@type":"Person","name":"박도현"}]}}</script>',
		'https://learn.example/course/k8s');
		expect(page.authors).toEqual(['박도현']);
	});
});

describe('descriptions', () => {
	test('a site\'s blurb opening with its name, named after a dash in the head title, gives way to the lead', () => {
		const lead = 'We moved our build farm to spot instances. This is what broke, and what we would do again.';
		const page = read(`<article><h1>Spot instances</h1><blockquote><p>${lead}</p></blockquote></article>`,
			'<title>Spot instances - Acme Engineering</title><meta name="description" content="Acme Engineering, the blog '
			+ 'of the engineers who build Acme: backend, data and infrastructure.">');
		expect(page.description).toBe(lead);
	});
	test('a comment set in an `<article>` is not the page\'s content: the blurb in `<main>` is its description', () => {
		const blurb = 'Ostrava, December 1989. While Prague rings its keys, the mining town still works three shifts a day.';
		const page = read(`<main><h1>The Shaft</h1><section><h2>Description</h2><div><p>${blurb}</p></div></section>`
			+ '<article class="comment"><p class="comment__text">Beautiful and sad, a very Silesian book in its mood. '
			+ 'The translation is excellent.</p></article></main>', '<title>The Shaft</title>', 'https://books.example/b/1');
		expect(page.description).toBe(blurb);
	});
	test('structured data\'s lead sentence with no stop gives way to the meta tag\'s whole lead it opens', () => {
		const first = 'Выдачи кредитов на жилье в ноябре сократились до минимума с весны 2020 года';
		const lead = `${first}. Банки ужесточают требования к заемщикам.`;
		const page = read(`<article><h1>Ипотека ушла в сугроб</h1></article>`, `<title>Ипотека</title><meta `
			+ `name="description" content="${lead}"><script type="application/ld+json">{"@type":"NewsArticle",`
			+ `"headline":"Ипотека ушла в сугроб","description":"${first}"}</script>`);
		expect(page.description).toBe(lead);
	});
});

describe('bilibili', () => {
	const video = (about: string, uploader = 'GoCN社区') => read('<h1 data-title="用 Go 写时序数据库｜周立航">用 Go 写时序数据库｜周立航</h1>'
		+ `<span class="desc-info-text">${about}</span><a class="up-name" href="//space.example/1">${uploader}</a>`,
	'<title>用 Go 写时序数据库｜周立航_哔哩哔哩_bilibili</title><meta name="description" content="本次分享介绍时序数据库。 '
		+ '讲师：周立航, 视频播放量 18364、弹幕量 211, 视频作者 GoCN社区, 相关视频：…"><meta name="author" content="GoCN社区">',
	'https://www.bilibili.com/video/BV1Zq4y1N7wX/');
	test('a talk\'s speaker credited in its 简介 is its author, its 简介\'s first paragraph its description', () => {
		const page = video('本次分享介绍时序数据库。\nGopherChina 2026 上海站\n讲师：周立航（存储引擎工程师）\n字幕校对：@小林同学');
		expect([page.authors, page.description, page.siteName, page.kind])
			.toEqual([['周立航'], '本次分享介绍时序数据库。', '哔哩哔哩', 'video']);
	});
	test('without a speaker\'s credit, the uploader is the author', () => {
		expect(video('三分钟看懂 Go 的调度器。', '林知远').authors).toEqual(['林知远']);
	});
});

describe('中国大学MOOC', () => {
	const url = 'https://www.icourse163.org/course/XYZ-1001';
	const head = '<title>城市树木_某某大学_中国大学MOOC(慕课)</title>';
	test('the course, its school and its teachers from the course\'s data, not its assistants', () => {
		const page = read('<span class="course-title">城市树木</span>', head + '<script>window.courseDto = {name: "城市树木", '
			+ 'schoolName: "某某大学", lectorPanels: [{realName: "林晓", lectorTitle: "教授", isTeacher: true}, {realName: '
			+ '"王佳", lectorTitle: "助教", isTeacher: false}]};</script>', url);
		expect([page.title, page.authors, page.provider, page.kind, page.siteName])
			.toEqual(['城市树木', ['林晓'], '某某大学', 'course', '中国大学MOOC']);
	});
	test('without the data, the teachers\' panel, its assistants left out', () => {
		const page = read('<span class="course-title">城市树木</span><div class="m-teachers"><div class="slider_item"><h3>林晓</h3>'
			+ '<p>教授</p></div><div class="slider_item"><h3>王佳</h3><p>助教</p></div></div>', head, url);
		expect([page.title, page.authors]).toEqual(['城市树木', ['林晓']]);
	});
});
