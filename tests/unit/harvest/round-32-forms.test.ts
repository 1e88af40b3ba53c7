import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

describe('a Korean list of books, each heading `N. Author, 『Title』` over its imprint', () => {
	test('the names before the title are its author; the paragraph opening `출판사, 2007.` its imprint', () => {
		expect(facts(`<h3>1. 한강, 『채식주의자』</h3><p>창비, 2007. 다시 읽었는데 훨씬 무서웠다.</p>
			<h3>2. 김영하, 『살인자의 기억법』</h3><p>문학동네, 2013. 두 시간이면 다 읽는다.</p>`, 'ko')).toEqual([
			['채식주의자', ['한강'], undefined, '창비', '2007'],
			['살인자의 기억법', ['김영하'], undefined, '문학동네', '2013'],
		]);
	});

	test('a label closed by its stop before the names (`번외.`), a translator credited before the imprint', () => {
		expect(facts(`<h3>번외. 유발 하라리, 『사피엔스』</h3><p>조현욱 옮김, 김영사, 2015. 소설은 아니지만 넣었다.</p>`, 'ko'))
			.toEqual([['사피엔스', ['유발 하라리'], [{name: '조현욱', role: 'translator'}], '김영사', '2015']]);
	});

	test('a paragraph opening with a sentence that has a year in it gives no imprint', () => {
		expect(facts(`<h3>1. 한강, 『채식주의자』</h3><p>정말 좋았다, 2019년에 처음 읽었다.</p>`, 'ko')).toEqual([
			['채식주의자', ['한강'], undefined, undefined, undefined],
		]);
	});

	test('a store button in the imprint\'s line (`예스24에서 보기`) is the book\'s page, the imprint still read', () => {
		expect(readPost(`<h3>4. 김초엽, 『우리가 빛의 속도로 갈 수 없다면』</h3><p>허블, 2019.
			<a href="https://www.yes24.com/Product/Goods/74261416">예스24에서 보기</a>. 첫 책으로 권한다.</p>`, 'ko')
			.map(w => [w.title, w.url, w.publisher])).toEqual([
			['우리가 빛의 속도로 갈 수 없다면', 'https://www.yes24.com/Product/Goods/74261416', '허블'],
		]);
	});
});
