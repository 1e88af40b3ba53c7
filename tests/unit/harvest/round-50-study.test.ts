import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';

const url = 'https://courses.example.edu/course/2026/reading';
const read = (body: string, lang = 'en') => {
	const html = `<html lang="${lang}"><head><title>Course</title></head><body><main><h1>Course</h1>${body}</main></body></html>`;
	return harvest(new JSDOM(html, {url}).window.document, url);
};

describe('round 50: a definition list per work, its title one of the facts it labels', () => {
	const record = (facts: [string, string][]) => `<div class="ref"><dl>${facts
		.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('')}</dl></div>`;
	test('`Title / Authors / Reference / Year`: the reference\'s house, before its edition; an institution as author', () => {
		const works = read('<h2>Reading</h2>'
			+ record([['Title', 'Rivers of the Plain'], ['Authors', 'Ann Marie Lowe'],
				['Reference', 'Wiley, 3rd edition'], ['Year', '2017']])
			+ record([['Title', 'Standard Practice for Surveys'], ['Authors', 'Institute of Field Surveyors'],
				['Reference', 'Institute of Field Surveyors, Leeds'], ['Year', '2021']])
			+ record([['Title', 'The Short Guide'], ['Authors', 'Bo Lund, Cy Marsh'],
				['Reference', 'Free to read at <a href="https://guide.example.org/short.pdf">guide.example.org</a>'],
				['Year', '2020']]));
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt, w.url])).toEqual([
			['Rivers of the Plain', ['Ann Marie Lowe'], 'Wiley', '2017', undefined],
			['Standard Practice for Surveys', ['Institute of Field Surveyors'], 'Institute of Field Surveyors', '2021',
				undefined],
			['The Short Guide', ['Bo Lund', 'Cy Marsh'], undefined, '2020', 'https://guide.example.org/short.pdf'],
		]);
	});
	test('in Portuguese: `Título / Autores / Referência / Ano`', () => {
		const works = read('<h2>Bibliografia</h2>'
			+ record([['Título', 'Gestão de Obras'], ['Autores', 'Rita Lopes Neves'],
				['Referência', 'Edições Sílabo, 2.ª edição'], ['Ano', '2018']]), 'pt-PT');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt]))
			.toEqual([['Gestão de Obras', ['Rita Lopes Neves'], 'Edições Sílabo', '2018']]);
	});
});

describe('round 50: a plain-text post shown as written, its lines broken by its own newlines', () => {
	const bbs = (text: string) => {
		const page = 'https://bbs.example.org/board/M.123.html';
		const html = `<html lang="zh-TW"><head><title>書單</title></head><body><div id="main">${text}</div></body></html>`;
		return harvest(new JSDOM(html, {url: page}).window.document, page);
	};
	const post = (heading: string) => 'Some books I read this year, in order.\nNone are textbooks.\n\n'
		+ '1.《慢讀的藝術》Mark Twain Lee\n\n  A slow book, read it over a week.\n\n'
		+ '2.《海邊的城市》Anna Marie Holt\n\n  Short and kind.\n\n'
		+ `=========\n  ${heading}\n=========\n\n3.《厚重的字典》Paul Rand Wood\n\n  Too thick.\n`;
	test('each paragraph set apart by a blank line is read on its own: the works and their people', () => {
		expect(bbs(post('Later')).map(w => [w.title, w.authors])).toEqual([['慢讀的藝術', ['Mark Twain Lee']],
			['海邊的城市', ['Anna Marie Holt']], ['厚重的字典', ['Paul Rand Wood']]]);
	});
	test('a line between rules drawn in text heads a section: one warning a reader off names none to save', () => {
		expect(bbs(post('不推 / 先別急著看')).map(w => w.title)).toEqual(['慢讀的藝術', '海邊的城市']);
	});
});

describe('round 50: a Korean credit after a 『title』, its fields parted by slashes or commas, a comment after a dash', () => {
	test('`Name / House`, `A, B / House (Year)`, `A, B 지음, C 옮김, House(Year)`: names before their role are theirs', () => {
		const works = read('<h2>책</h2><ul><li>『바다의 시간』 김하늘 / 푸른숲 — 처음 읽기 좋은 책입니다.</li>'
			+ '<li>『긴 여름』 박서준, 이도윤 / 창비 (2021) — 두 번 읽었어요.</li>'
			+ '<li>『작은 섬』 존 스미스, 메리 앤-리 지음, 최유리 옮김, 한빛미디어(2019) — 꼭 보세요.</li></ul>', 'ko');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['바다의 시간', ['김하늘'], undefined, '푸른숲', undefined],
			['긴 여름', ['박서준', '이도윤'], undefined, '창비', '2021'],
			['작은 섬', ['존 스미스', '메리 앤-리'], [{name: '최유리', role: 'translator'}], '한빛미디어', '2019'],
		]);
	});
});

describe('round 50: a Korean sentence saying a work is no book to read (`읽을 책은 아니에요`) names none recommended', () => {
	test('the work its sentence turns away is dropped, the list\'s others kept', () => {
		const works = read('<h2>책</h2><ul><li>『바다의 시간』 김하늘 / 푸른숲</li><li>『긴 여름』 박서준 / 창비</li></ul>'
			+ '<p>참고로 『두꺼운 사전』 같은 건 추천 많이들 하시는데 처음부터 읽을 책은 아니에요.</p>', 'ko');
		expect(works.map(w => w.title)).toEqual(['바다의 시간', '긴 여름']);
	});
});

describe('round 50: a linked title after its authors\' surnames alone and a dash, its imprint in brackets after it', () => {
	test('`A, B & C — <a>Title</a> (Journal, Year)`: the surnames its authors, the journal its publisher', () => {
		const works = read('<h2>Papers</h2><ul><li>Lindqvist, Okafor &amp; Brandt — <a href="https://doi.org/10.1/abc">'
			+ 'Tides of the northern shelf</a> (Journal of Coastal Studies, 2021). A long read.</li>'
			+ '<li>Marta Ruiz — <a href="https://arxiv.org/abs/2101.00001">Waves and wind</a> (2020). Short.</li></ul>');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Tides of the northern shelf', ['Lindqvist', 'Okafor', 'Brandt'], 'Journal of Coastal Studies', '2021'],
			['Waves and wind', ['Marta Ruiz'], undefined, '2020'],
		]);
	});
});

describe('round 50: the people opening a clause before a title set apart, a comma after them, its imprint after it', () => {
	test('`…: Smith & Lund, <b>Title</b> (House, 4th ed. 2017)`: the joined surnames its authors', () => {
		const works = read('<p><em>If you want the math:</em> Smith &amp; Lund, <strong>Tides and Their Uses</strong> '
			+ '(Springer, 4th ed. 2017). Heavy going.</p><p>Or: Ann Marie Holt, <strong>The Shore Line</strong> (Wiley, 2019).</p>');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Tides and Their Uses', ['Smith', 'Lund'], 'Springer', '2017'],
			['The Shore Line', ['Ann Marie Holt'], 'Wiley', '2019'],
		]);
	});
});

describe('round 50: Chinese labels a work\'s house `出版：` too, its year after a comma or a space', () => {
	test('`出版：House，Year` and `出版：House Year` under a title\'s line', () => {
		const works = read('<h2>書單</h2><ol><li>《慢讀的藝術》<br>作者：Mark Twain Lee<br>出版：大雁文化，2006</li>'
			+ '<li>《海邊的城市》<br>作者：Anna Marie Holt<br>出版：遠山書房 2012</li></ol>', 'zh-TW');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['慢讀的藝術', ['Mark Twain Lee'], '大雁文化', '2006'], ['海邊的城市', ['Anna Marie Holt'], '遠山書房', '2012'],
		]);
	});
});

describe('round 50: a Latin full name right before a 《title》 in a Chinese list, its author', () => {
	test('`N. Name《Title》`', () => {
		const works = read('<ol><li>J. Peter Lund《經濟學入門》</li><li>Ann Marie Holt《海邊的城市》</li></ol>', 'zh-TW');
		expect(works.map(w => [w.title, w.authors])).toEqual([['經濟學入門', ['J. Peter Lund']],
			['海邊的城市', ['Ann Marie Holt']]]);
	});
});

describe('round 50: a house named `X出版`, a clause of its own before the year', () => {
	test('`A 著，B 譯，House出版，Year`', () => {
		const works = read('<ol><li>《海邊的城市》<br>Ann Marie Holt 著，李青 譯，遠山出版，2013</li>'
			+ '<li>《慢讀的藝術》<br>Mark Twain Lee 著，王明 譯，青林出版，2011</li></ol>', 'zh-TW');
		expect(works.map(w => [w.title, w.publisher, w.publishedAt])).toEqual([['海邊的城市', '遠山出版', '2013'],
			['慢讀的藝術', '青林出版', '2011']]);
	});
});

describe('round 50: a linked title in apposition after its people\'s by-word and a comma', () => {
	test('`o artigo de A, <a>Title</a> (Journal, Year)`, `a palestra de A, <a>Title</a> (Year)`', () => {
		const works = read('<p>Para a semana 9, leiam o artigo de Rita Lopes Neves, <a href="https://arxiv.org/abs/1409.1">'
			+ '<em>Why Large Bridges Run Late</em></a> (Journal of Civil Works, 2014). Não é matéria de exame.</p>'
			+ '<p>Antes da aula, vejam a palestra de Tom Ferro, <a href="https://talks.example.org/towers">Build a tower'
			+ '</a> (2010). São sete minutos.</p>', 'pt-PT');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Why Large Bridges Run Late', ['Rita Lopes Neves'], 'Journal of Civil Works', '2014'],
			['Build a tower', ['Tom Ferro'], undefined, '2010'],
		]);
	});
});

describe('round 50: a Chinese credit after a 《title》, its fields parted by full-width slashes', () => {
	test('`《Title》A／B 譯／House Year`: the author, the translator, the house and its year', () => {
		const works = read('<ol><li>《海邊的城市》Ann Marie Holt／李青 譯／遠山書房 2012</li>'
			+ '<li>《慢讀的藝術》Mark Twain Lee／王明 譯／青林文化，2011</li></ol>', 'zh-TW');
		expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt])).toEqual([
			['海邊的城市', ['Ann Marie Holt'], [{name: '李青', role: 'translator'}], '遠山書房', '2012'],
			['慢讀的藝術', ['Mark Twain Lee'], [{name: '王明', role: 'translator'}], '青林文化', '2011'],
		]);
	});
});

describe('round 50: a kind\'s word with a prefix (`micro-course`, `mini-course`) after the owner\'s possessive', () => {
	test('`<a>Title</a> — Name\'s micro-course …`: a course, its owner its author', () => {
		const works = read('<ul><li><a href="https://learn.example.org/learn/tides">Tides Of Time</a> — Ann Marie Lowe\'s '
			+ 'micro-course, six short lessons.</li><li><a href="https://books.example.org/b">Other Shores</a> by Bo Lund</li>'
			+ '</ul>');
		expect(works.map(w => [w.title, w.authors])).toEqual([['Tides Of Time', ['Ann Marie Lowe']],
			['Other Shores', ['Bo Lund']]]);
		expect(works[0]!.kind).toBe('course');
	});
});

describe('round 50: a house whose name closes on a number, in a citation\'s brackets before the year', () => {
	test('`Name – „Title“ (House 45, 2020)`', () => {
		const works = read('<p>1. Анна Петрова – „Тихата река“ (Жанет 45, 2020). Роман за паметта.</p>'
			+ '<p>2. Иван Колев – „Градът“ (Сиела, 2008). Чете се на един дъх.</p>', 'bg');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Тихата река', ['Анна Петрова'], 'Жанет 45', '2020'], ['Градът', ['Иван Колев'], 'Сиела', '2008'],
		]);
	});
});

describe('round 50: a Korean sentence naming a book in passing, set apart, its house in brackets right after it', () => {
	test('`Name 님의 <b>Title</b>(House)요`, `『Title』(House, Year)`', () => {
		const works = read('<h2>책</h2><ul><li>『바다의 시간』 김하늘 / 푸른숲</li><li>『긴 여름』 박서준 / 창비</li></ul>'
			+ '<p>저는 하나만 추가하면 이도윤 님의 <strong>작은 섬의 지도</strong>(한빛미디어)요. 얇은 책인데 좋아요.</p>'
			+ '<p>그리고 『느린 강』(창비, 2015)도 추천합니다.</p>', 'ko');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['바다의 시간', ['김하늘'], '푸른숲', undefined], ['긴 여름', ['박서준'], '창비', undefined],
			['작은 섬의 지도', ['이도윤'], '한빛미디어', undefined], ['느린 강', undefined, '창비', '2015'],
		]);
	});
});
