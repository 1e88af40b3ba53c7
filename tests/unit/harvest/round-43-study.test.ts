import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) => works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]);
const cover = (isbn: string) => `<figure><a href="https://www.amazon.com/dp/${isbn}"><img src="c.jpg" alt=""></a></figure>`;
const comment = '<p>If there is one book that defines the craft, it is this one, and I reread it every single year.</p>'
	.repeat(3);

describe('round 43: a review post\'s numbered headings over each book\'s line of facts', () => {
	test('a line of facts parted by middle dots, a cover maybe between, in a class naming the book\'s meta', () => {
		expect(facts(readPost(`<h2>Foundations</h2><h3>1. Inspired by Marty Cagan</h3>${cover('1119387507')}`
			+ `<p class="pfn-book-meta">Wiley · 2nd edition, 2017 · 368 pages</p>${comment}`
			+ `<h3>2. Empowered</h3><p class="pfn-book-meta"><strong>Marty Cagan</strong> with Chris Jones · Wiley, 2020</p>`
			+ `${cover('111969129X')}${comment}<h3>3. The Mom Test by Rob Fitzpatrick</h3>`
			+ `<p class="pfn-book-meta">Self-published · 2013 · 136 pages</p>${comment}`
			+ `<h3>4. Shape Up</h3><p class="pfn-book-meta">by Ryan Singer · Basecamp, 2019 · <strong>free to read</strong></p>`
			+ comment))).toEqual([
			['Inspired', ['Marty Cagan'], 'Wiley', '2017'],
			['Empowered', ['Marty Cagan', 'Chris Jones'], 'Wiley', '2020'],
			['The Mom Test', ['Rob Fitzpatrick'], undefined, '2013'],
			['Shape Up', ['Ryan Singer'], 'Basecamp', '2019'],
		]);
	});

	test('a numbered bold line over its credit: an edition before the year, a note after it, a house in lower case', () => {
		expect(facts(readPost('<p><strong>6. Building Evolutionary Architectures</strong><br>Neal Ford, Rebecca Parsons · '
			+ 'O’Reilly · 2. Auflage 2022</p><p>Architektur als etwas, das sich laufend verändern darf.</p><p><strong>8. Clean '
			+ 'Architecture</strong><br>Robert C. Martin · mitp · 2018 (deutsche Ausgabe)</p><p>Umstritten, aber einflussreich.'
			+ '</p>', 'de'))).toEqual([
			['Building Evolutionary Architectures', ['Neal Ford', 'Rebecca Parsons'], 'O’Reilly', '2022'],
			['Clean Architecture', ['Robert C. Martin'], 'mitp', '2018'],
		]);
	});

	test('a table head\'s German plural in brackets: `Autor(en)`', () => {
		const row = (title: string, names: string, house: string, year: string) =>
			`<tr><td>${title}</td><td>${names}</td><td>${house}</td><td>${year}</td></tr>`;
		expect(facts(readPost('<table><thead><tr><th>Titel</th><th>Autor(en)</th><th>Verlag</th><th>Jahr</th></tr></thead>'
			+ `<tbody>${row('arc42 in Aktion', 'Gernot Starke, Peter Hruschka', 'Carl Hanser Verlag', '2016')}`
			+ `${row('Just Enough Software Architecture', 'George Fairbanks', 'Marshall &amp; Brainerd', '2010')}</tbody></table>`,
		'de'))).toEqual([
			['arc42 in Aktion', ['Gernot Starke', 'Peter Hruschka'], 'Carl Hanser Verlag', '2016'],
			['Just Enough Software Architecture', ['George Fairbanks'], 'Marshall & Brainerd', '2010'],
		]);
	});

	test('a book\'s title alone in 《》 wholly in bold, its credit under it parted by bars', () => {
		expect(facts(readPost('<section><p><strong>05</strong></p><p><strong>《Go语言精进之路》</strong></p></section>'
			+ '<p>白明 著 ｜ 人民邮电出版社 ｜ 2022 ｜ 豆瓣 9.0</p><p><strong>推荐理由：</strong>国内较早系统讲 Go 的书。</p>'
			+ '<section><p><strong>06</strong></p><p><strong>《Go并发编程实战（第2版）》</strong></p></section>'
			+ '<p>郝林 著 ｜ 人民邮电出版社 ｜ 2017 ｜ 豆瓣 7.4</p><p><strong>推荐理由：</strong>例子偏长，建议边读边敲。</p>', 'zh')))
			.toEqual([
				['Go语言精进之路', ['白明'], '人民邮电出版社', '2022'],
				['Go并发编程实战（第2版）', ['郝林'], '人民邮电出版社', '2017'],
			]);
	});
});

describe('round 44: a thread whose comments are each wrapped in a form with no field shown (old Reddit)', () => {
	const comment = (body: string) => '<div class="thing comment"><p class="tagline">[–] someone 12 points</p>'
		+ '<form action="#" class="usertext warn-on-unload"><input type="hidden" name="thing_id" value="t1_x">'
		+ `<div class="usertext-body"><div class="md">${body}</div></div>`
		+ '<div class="usertext-edit" style="display: none"><textarea name="text"></textarea><button>save</button></div>'
		+ '</form></div>';

	test('each comment\'s text is read; a form with a field shown is still chrome', () => {
		expect(readPost(comment('<p><em>Fundamentals of Software Architecture</em> by Mark Richards and Neal Ford. Start '
			+ 'there.</p>') + comment('<p>+1, and then <em>Designing Data-Intensive Applications</em> by Martin '
			+ 'Kleppmann.</p>') + '<form><p><em>Team Topologies</em> by Matthew Skelton and Manuel Pais.</p>'
			+ '<input type="email" name="email"><button>Subscribe</button></form>').map(w => [w.title, w.authors]))
			.toEqual([
				['Fundamentals of Software Architecture', ['Mark Richards', 'Neal Ford']],
				['Designing Data-Intensive Applications', ['Martin Kleppmann']],
			]);
	});
});

describe('round 45: a Japanese catalogue line labelling its translator `訳：`', () => {
	test('`著者：A、B / 訳：C / 出版社：D / 発売日：2012年6月` under each book\'s heading', () => {
		const note = '<p>最初の一冊はこれ。変数名の付け方、コメントの書き方といった話だけで一冊できている。</p>';
		expect(readPost('<h3>1. リーダブルコード</h3><p>著者：ダスティン・ボズウェル、トレバー・フォシェ / 訳：角征典 / 出版社：'
			+ `オライリー・ジャパン / 発売日：2012年6月</p>${note}<h3>2. 達人プログラマー</h3><p>著者：David Thomas、Andrew Hunt / `
			+ `訳：村上雅章 / 出版社：オーム社 / 発売日：2020年11月</p>${note}`, 'ja')
			.map(w => [w.title, w.authors, w.contributors?.map(c => `${c.role}:${c.name}`), w.publisher])).toEqual([
			['リーダブルコード', ['ダスティン・ボズウェル', 'トレバー・フォシェ'], ['translator:角征典'], 'オライリー・ジャパン'],
			['達人プログラマー', ['David Thomas', 'Andrew Hunt'], ['translator:村上雅章'], 'オーム社'],
		]);
	});
});
