import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://posts.example/2024/reading/';
const post = (body: string) => `<html><head><title>What I read</title></head><body><article><h1>What I read</h1>
<p>Some books that helped me this year, with a line on each where I had one to say.</p>${body}<p>Thanks for reading.</p></article></body></html>`;
const found = (body: string) => harvest(new JSDOM(post(body), {url}).window.document, url)
	.map(i => ({title: i.title, url: i.url, authors: i.authors, contributors: i.contributors, publisher: i.publisher,
		publishedAt: i.publishedAt}));

describe('lists written as paragraphs (WeChat, Zhihu)', () => {
	test('a short paragraph opening with a numbered or bold 《title》 is a list item: the people after its dash are its', () => {
		expect(found(`<p><b>1.《人月神话》- 弗雷德里克·布鲁克斯</b></p><p>五十年前的书，讲的问题今天一个都没解决。</p>
			<p><b>2.《程序员修炼之道》- 大卫·托马斯 / 安德鲁·亨特</b></p><p>严格说算半本技术书。</p>`)).toMatchObject([
			{title: '人月神话', authors: ['弗雷德里克·布鲁克斯']},
			{title: '程序员修炼之道', authors: ['大卫·托马斯', '安德鲁·亨特']},
		]);
		// In running text, a 《title》 and a dash are a sentence's, not a list item's
		expect(found('<p>我最近在读《人月神话》- 说实话很难读下去，但还是推荐给大家，尤其是刚开始带团队的朋友。</p>')[0]?.authors).toBeUndefined();
	});

	test('a title alone in its paragraph, then one paragraph per fact (labelled, or a publisher and year)', () => {
		expect(found(`<p><strong>01</strong></p><p><strong>《被讨厌的勇气》</strong></p><p>作者：[日] 岸见一郎 / 古贺史健</p>
			<p>译者：渠海霞</p><p>出版社：机械工业出版社</p><p>推荐理由：用对话的方式讲阿德勒心理学。</p>
			<p><strong>02</strong></p><p><strong>《非暴力沟通》</strong></p><p>[美] 马歇尔·卢森堡 著 / 阮胤华 译</p><p>华夏出版社，2009</p>
			<p>推荐理由：观察、感受、需要、请求。</p>`)).toEqual([
			{title: '被讨厌的勇气', url: undefined, authors: ['岸见一郎', '古贺史健'],
				contributors: [{name: '渠海霞', role: 'translator'}],
				publisher: '机械工业出版社', publishedAt: undefined},
			{title: '非暴力沟通', url: undefined, authors: ['马歇尔·卢森堡'], contributors: [{name: '阮胤华', role: 'translator'}],
				publisher: '华夏出版社', publishedAt: '2009'},
		]);
	});

	test('a publisher line goes to a work only while the lines before it named that work', () => {
		const items = found(`<p><strong>《原则》</strong></p><p>作者：瑞·达利欧</p><p>推荐理由：很厚，不必从头读。</p>
			<p>中信出版社，2018</p>`);
		expect(items).toMatchObject([{title: '原则', authors: ['瑞·达利欧']}]);
		expect(items[0]!.publisher).toBeUndefined();
	});

	test('a heading per book: its cover figure is no break, an edition note no part of the title, a store link its page', () => {
		expect(found(`<h3>1、深入浅出数据分析</h3><figure><img src="a.jpg"><figcaption>图：封面</figcaption></figure>
			<p>作者：[美] Michael Milton\u3000译者：李芳</p><p>出版社：电子工业出版社，2010 年</p>
			<p>图多字少，适合没有基础的同学。<a href="https://item.jd.com/10100236.html">京东购买</a></p>
			<h3>2、利用 Python 进行数据分析（原书第 3 版）</h3><p>作者：Wes McKinney</p><p>出版社：机械工业出版社，2023 年</p>`)).toEqual([
			{title: '深入浅出数据分析', url: 'https://item.jd.com/10100236.html', authors: ['Michael Milton'],
				contributors: [{name: '李芳', role: 'translator'}], publisher: '电子工业出版社', publishedAt: '2010'},
			{title: '利用 Python 进行数据分析', url: undefined, authors: ['Wes McKinney'], contributors: undefined,
				publisher: '机械工业出版社', publishedAt: '2023'},
		]);
	});

	test('in running text, a Han name right before a 《title》 after a break is its author; a verb is no name', () => {
		expect(found('<p>JVM 方向：周志明《深入理解 Java 虚拟机》（第 3 版），必读。</p><p>最近在读《人月神话》，推荐。</p>')).toMatchObject([
			{title: '深入理解 Java 虚拟机', authors: ['周志明']}, {title: '人月神话', authors: undefined},
		]);
	});

	test('`《title》｜Name｜豆瓣 8.6｜<a>豆瓣</a>`: the link named for its site is the title\'s, the field after the title its people', () => {
		expect(found(`<ol><li>《代码整洁之道》｜Robert C. Martin｜豆瓣 8.6｜<a href="https://book.douban.com/subject/4199741/">豆瓣</a></li>
			<li>《凤凰项目》｜Gene Kim 等｜豆瓣 8.5｜<a href="https://book.douban.com/subject/27133578/">豆瓣</a></li></ol>`)).toMatchObject([
			{title: '代码整洁之道', url: 'https://book.douban.com/subject/4199741/', authors: ['Robert C. Martin']},
			{title: '凤凰项目', url: 'https://book.douban.com/subject/27133578/', authors: ['Gene Kim']},
		]);
	});
});
