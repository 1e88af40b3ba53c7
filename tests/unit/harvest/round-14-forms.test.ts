import {describe, expect, test} from 'vitest';
import {parsePeople} from '../../../src/extract/harvest/people.ts';
import {readPost as read} from './read-post.ts';

describe('Korean credit lines', () => {
	test('『』 titles, then `A 지음, B·C 옮김, 출판사, 연도` under them', () => {
		expect(read('<p><b>1. 『클린 코드』</b><br>로버트 C. 마틴 지음, 박재호·이해영 옮김, 인사이트, 2013<br>읽기 좋은 코드.</p>'
			+ '<p><b>2. 『객체지향의 사실과 오해』</b><br>조영호 지음, 위키북스, 2015<br>역할과 책임.</p>', 'ko'))
			.toEqual([
				{title: '클린 코드', url: undefined, kind: 'book', authors: ['로버트 C. 마틴'],
					contributors: [{name: '박재호', role: 'translator'}, {name: '이해영', role: 'translator'}],
					publisher: '인사이트', publishedAt: '2013'},
				{title: '객체지향의 사실과 오해', url: undefined, kind: 'book', authors: ['조영호'], contributors: undefined,
					publisher: '위키북스', publishedAt: '2015'},
			]);
	});
});

describe('papers and books cited after their links', () => {
	test('`(Surname et al., Venue Year)` after a linked title gives its first author and year; a venue alone, the year', () => {
		expect(read('<ul><li><a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a> (Vaswani et al., NeurIPS 2017)'
			+ '</li><li><a href="https://arxiv.org/abs/2106.09685">LoRA</a> (Hu and Shen, 2022)</li>'
			+ '<li><a href="https://dl.acm.org/doi/10.1145/1357054.1357072">The Cost of Interrupted Work</a> (CHI 2008)</li></ul>'))
			.toMatchObject([
				{title: 'Attention Is All You Need', authors: ['Vaswani'], publishedAt: '2017'},
				{title: 'LoRA', authors: ['Hu', 'Shen'], publishedAt: '2022'},
				{title: 'The Cost of Interrupted Work', authors: undefined, publishedAt: '2008'},
			]);
	});

	test('a byline\'s last name running into the sentence\'s verb is still a name', () => {
		expect(read('<p>New to the area? Chapters 10–12 of <a href="https://www.deeplearningbook.org/">Deep Learning</a> by Ian '
			+ 'Goodfellow, Yoshua Bengio and Aaron Courville cover most of what you need.</p>'))
			.toMatchObject([{title: 'Deep Learning', authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville']}]);
	});

	test('a title in italics with its author alone in brackets after it', () => {
		expect(read('<p><strong>July–August:</strong> summer break, everyone read <em>Middlemarch</em> (George Eliot) at '
			+ 'their own pace, and we met again in September to argue about Dorothea.</p>'))
			.toMatchObject([{title: 'Middlemarch', kind: 'book', authors: ['George Eliot']}]);
	});

	test('or its author\'s surname alone, as forum answers cite; a house named alone so is no author', () => {
		expect(read('<p>Nobody has said <em>Structure and Interpretation of Computer Programs</em> (Abelson) yet? Old but '
			+ 'gold.</p><p>And <em>Middlemarch</em> (Penguin) for the long evenings.</p>'))
			.toMatchObject([{title: 'Structure and Interpretation of Computer Programs', authors: ['Abelson']}]);
	});
});

describe('shows and courses', () => {
	test('a show\'s page on its network\'s site; its hosts said in the paragraph under it', () => {
		expect(read('<h3><a href="https://www.npr.org/podcasts/510313/how-i-built-this">How I Built This</a></h3>'
			+ '<p>Guy Raz interviews founders about the messy early days.</p>'
			+ '<h3><a href="https://podcasts.apple.com/us/podcast/hidden-brain/id1028908750">Hidden Brain</a></h3>'
			+ '<p>Psychology, one story a week. Hosted by Shankar Vedantam.</p>'))
			.toMatchObject([
				{title: 'How I Built This', kind: 'podcast', authors: ['Guy Raz']},
				{title: 'Hidden Brain', kind: 'podcast', authors: ['Shankar Vedantam']},
			]);
	});

	test('a video named in 【】 before its written-out address', () => {
		expect(read('<p>【计算机科学速成课】UP主：Crash Course 字幕组，共 40 集，入门必看。<br>链接：'
			+ '<a href="https://www.bilibili.com/video/BV1EW411u7th">https://www.bilibili.com/video/BV1EW411u7th</a></p>', 'zh'))
			.toMatchObject([{title: '计算机科学速成课', url: 'https://www.bilibili.com/video/BV1EW411u7th'}]);
	});

	test('the words that name an address credit it too; a label\'s names end where the sentence goes on', () => {
		expect(read('<p>【哈佛大学 CS50】主讲：David J. Malan，中英字幕，作业难度适中。<br>链接：'
			+ '<a href="https://www.bilibili.com/video/BV1ZM4y1u7YQ">https://www.bilibili.com/video/BV1ZM4y1u7YQ</a></p>'
			+ '<p>【算法与数据结构】主讲：左程云，讲得很细。链接：'
			+ '<a href="https://www.bilibili.com/video/BV13g41157hK">https://www.bilibili.com/video/BV13g41157hK</a></p>', 'zh'))
			.toMatchObject([
				{title: '哈佛大学 CS50', authors: ['David J. Malan'], contributors: undefined},
				{title: '算法与数据结构', authors: ['左程云'], contributors: undefined},
			]);
		// Names a label lists stay its names, however they are parted
		expect(parsePeople('作者：岸见一郎、古贺史健').authors).toEqual(['岸见一郎', '古贺史健']);
		expect(parsePeople('作者：Randal E. Bryant，David R. O\'Hallaron').authors)
			.toEqual(['Randal E. Bryant', 'David R. O\'Hallaron']);
	});

	test('whoever teaches a work made it: its authors, and no sign of a book', () => {
		expect(read('<ul><li><a href="https://learn.example/ml">Machine Learning</a> — Instructor: Andrew Ng</li>'
			+ '<li><a href="https://learn.example/db">Database Systems</a> — Instructor: Andy Pavlo</li></ul>'))
			.toMatchObject([
				{title: 'Machine Learning', authors: ['Andrew Ng'], contributors: undefined},
				{title: 'Database Systems', authors: ['Andy Pavlo'], contributors: undefined},
			]);
	});
});
