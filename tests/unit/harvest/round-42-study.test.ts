import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) =>
	works.map(w => [w.title, w.authors, w.contributors?.map(c => c.name), w.publisher, w.publishedAt]);
const comment = '<p>호불호가 갈리는 책이라는 건 안다. 그래도 읽기 좋은 코드라는 개념을 처음 잡아주는 데 이만한 책이 없다.</p>';

describe('round 42: bold numbered paragraphs over their facts, as editors with no headings write', () => {
	test('a numbered paragraph wholly in bold is the title; the paragraph under it its credit, fields parted by ` / `',
		() => {
			expect(facts(readPost(`<p><b>1. 클린 코드</b></p><p>로버트 C. 마틴 저 / 박재호, 이해영 역 / 인사이트 / 2013</p>${comment}`
				+ `<p><b>2. 리팩터링 2판</b></p><p>마틴 파울러 저 | 개앞맵시, 남기혁 역 | 한빛미디어 | 2020</p>${comment}`
				+ `<p><b>3. 이펙티브 자바 3판</b></p><p>조슈아 블로크 지음 · 이복연 옮김 · 인사이트 · 2018</p>${comment}`, 'ko')))
				.toEqual([
					['클린 코드', ['로버트 C. 마틴'], ['박재호', '이해영'], '인사이트', '2013'],
					['리팩터링', ['마틴 파울러'], ['개앞맵시', '남기혁'], '한빛미디어', '2020'],
					['이펙티브 자바', ['조슈아 블로크'], ['이복연'], '인사이트', '2018'],
				]);
		});

	test('or its credit after a break in the same paragraph; or after a dash on its line, names maybe alone', () => {
		expect(facts(readPost('<p><b>7. 데이터 중심 애플리케이션 설계</b><br>마틴 클레프만 저 / 정재부, 김영준 역 / 위키북스 / 2018</p>'
			+ `${comment}<p><b>8. 소프트웨어 장인</b> — 산드로 만쿠소 저, 권오인 역, 길벗, 2015. 개발자의 태도를 다룬 책.</p>`
			+ '<p><b>9. 개발자의 글쓰기</b> — 김철수, 위키북스, 2019. 변수 이름 짓기부터 커밋 메시지까지.</p>', 'ko'))).toEqual([
			['데이터 중심 애플리케이션 설계', ['마틴 클레프만'], ['정재부', '김영준'], '위키북스', '2018'],
			['소프트웨어 장인', ['산드로 만쿠소'], ['권오인'], '길벗', '2015'],
			['개발자의 글쓰기', ['김철수'], undefined, '위키북스', '2019'],
		]);
	});
});

describe('a pasted link\'s preview card: the page\'s title, its description, its address', () => {
	const card = (href: string, title: string, host: string) => `<div><a href="${href}"><div><strong>${title}</strong>`
		+ `<p>스프링 입문자가 예제를 만들어가면서 핵심 원리를 이해합니다.</p><span>${host}</span></div></a></div>`;

	test('the title before the site\'s name, and the teacher a course site names before it', () => {
		expect(readPost(`<h2>강의</h2>${card('https://www.inflearn.com/course/spring-core', '스프링 핵심 원리 - 기본편 | 김영한 - 인프런',
			'www.inflearn.com')}`, 'ko').map(w => [w.title, w.kind, w.authors])).toEqual([
			['스프링 핵심 원리 - 기본편', 'course', ['김영한']],
		]);
	});

	test('a card of a page under a work\'s address named before it is that work\'s page', () => {
		expect(readPost('<ul><li><a href="https://pdos.csail.mit.edu/6.824/">MIT 6.824: Distributed Systems</a>, Robert '
			+ 'Morris 主讲。</li></ul>' + card('https://pdos.csail.mit.edu/6.824/schedule.html', '6.5840 Schedule: Spring 2024',
			'pdos.csail.mit.edu'), 'zh').map(w => w.title)).toEqual(['MIT 6.824: Distributed Systems']);
	});
});

describe('a list drawn with blocks: each block its class or role names a list\'s item is one', () => {
	const item = (text: string, cls = 'notion-selectable notion-bulleted_list-block') => `<div class="${cls}"><div>`
		+ `<div class="notion-list-item-box-left"><div class="pseudoBefore"></div></div><div><div>${text}</div></div>`
		+ '</div></div>';

	test('Notion\'s bulleted blocks and ARIA list items, their bullets drawn as empty blocks', () => {
		expect(readPost(`<h2>Practice</h2>${item('📘 Rust in Action — Tim McNamara (Manning, 2021). Systems projects.')}`
			+ `${item('📘 Programming Rust — Jim Blandy &amp; Jason Orendorff (O’Reilly, 2021). A reference.')}`
			+ `<div role="list">${item('📘 Hands-on Rust — Herbert Wolverson (Pragmatic Bookshelf, 2021)', '')
				.replace('<div class="">', '<div role="listitem">')}</div>`).map(w => [w.title, w.authors, w.publisher]))
			.toEqual([
				['Rust in Action', ['Tim McNamara'], 'Manning'],
				['Programming Rust', ['Jim Blandy', 'Jason Orendorff'], 'O’Reilly'],
				['Hands-on Rust', ['Herbert Wolverson'], 'Pragmatic Bookshelf'],
			]);
	});
});

describe('a thread\'s answers written as plain text (Hacker News): typewriter quotes, addresses, surnames', () => {
	const thread = (comments: string[]) => {
		const html = '<html><head><title>Ask HN: What are the best resources to learn compilers?</title></head><body>'
			+ `<table>${comments.map(c => '<tr><td class="default"><div><span class="comhead">someone 3 hours ago</span>'
				+ `</div><br><div class="comment"><div class="commtext">${c}</div></div></td></tr>`).join('')}</table></body></html>`;
		const url = 'https://news.ycombinator.com/item?id=1';
		return harvest(new JSDOM(html, {url}).window.document, url).map(w => [w.title, w.authors, w.url]);
	};

	test('a quoted title with its address written out in brackets after it; one its owner names before it', () => {
		expect(thread([
			'If you like Go: Thorsten Ball\'s two books, "Writing An Interpreter In Go" ( <a href="https://interpreterbook.com/">'
				+ 'https://interpreterbook.com/</a> ) and its sequel. Very test-driven.',
			'Andrew Appel\'s "Modern Compiler Implementation in ML" (the Tiger book). Skip the Java edition.',
			'For the "real" back end, Engineering a Compiler by Cooper and Torczon (3rd edition, Morgan Kaufmann, 2022).',
		])).toEqual([
			['Writing An Interpreter In Go', undefined, 'https://interpreterbook.com/'],
			['Modern Compiler Implementation in ML', ['Andrew Appel'], undefined],
			['Engineering a Compiler', ['Cooper', 'Torczon'], undefined],
		]);
	});
});

describe('a Chinese reading list: a table of papers, a bold title line whose colon is the title\'s', () => {
	test('`论文 | 作者 | 发表` heads a table of papers, the venue before the year no house', () => {
		const row = (title: string, names: string, venue: string) => `<tr><td>${title}</td><td>${names}</td><td>${venue}</td></tr>`;
		expect(readPost('<table><thead><tr><th>论文</th><th>作者</th><th>发表</th></tr></thead><tbody>'
			+ `${row('MapReduce: Simplified Data Processing on Large Clusters', 'Jeffrey Dean, Sanjay Ghemawat', 'OSDI 2004')}`
			+ `${row('The Google File System', 'Sanjay Ghemawat, Howard Gobioff', 'SOSP 2003')}</tbody></table>`, 'zh')
			.map(w => [w.title, w.kind, w.authors, w.publisher, w.publishedAt])).toEqual([
			['MapReduce: Simplified Data Processing on Large Clusters', 'paper', ['Jeffrey Dean', 'Sanjay Ghemawat'], undefined,
				'2004'],
			['The Google File System', 'paper', ['Sanjay Ghemawat', 'Howard Gobioff'], undefined, '2003'],
		]);
	});

	test('a list item\'s bold first line is its whole title, colon and all', () => {
		expect(readPost('<ol><li><strong>分布式系统：概念与设计（原书第5版）</strong><br>George Coulouris、Jean Dollimore 著；'
			+ '金蓓弘 译<br>机械工业出版社，2013</li><li><strong>分布式系统原理与范型（第2版）</strong><br>Andrew S. Tanenbaum 著；'
			+ '辛春生 译<br>清华大学出版社，2008</li></ol>', 'zh').map(w => [w.title, w.authors, w.publisher])).toEqual([
			['分布式系统：概念与设计', ['George Coulouris', 'Jean Dollimore'], '机械工业出版社'],
			['分布式系统原理与范型', ['Andrew S. Tanenbaum'], '清华大学出版社'],
		]);
	});
});
