import {describe, expect, test} from 'vitest';
import {JSDOM} from 'jsdom';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

/** A store's fair card: its cover, its title linked, its people, then a definition list of its facts. */
const fairCard = (title: string, people: string, house: string, isbn: string) => '<li class="fair-item">'
	+ `<div class="fair-item__body"><p class="fair-item__title"><a href="https://shop.example/b/${isbn}">${title}</a></p>`
	+ `<p class="fair-item__author">${people}</p><dl class="fair-item__spec"><dt>出版社</dt><dd>${house}</dd><dt>価格`
	+ `</dt><dd>990円（税込）</dd><dt>ISBN</dt><dd>${isbn}</dd></dl><p>店員のひとことが入ります。</p></div></li>`;

describe('round 59: a bookstore\'s fair page of cards', () => {
	test('a record\'s own definition list names its house (`<dt>出版社</dt><dd>House</dd>`)', () => {
		const works = readPost(`<ul>${fairCard('風の谷の記録', '高橋一郎', '北方文庫', '9784000000011')}`
			+ `${fairCard('雪の稜線を越えて', '佐藤花子', '青空書房', '9784000000028')}</ul>`, 'ja');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['風の谷の記録', ['高橋一郎'], '北方文庫'], ['雪の稜線を越えて', ['佐藤花子'], '青空書房'],
		]);
	});
	test('a record\'s people in Japanese, each role after its names or a long name alone, are its people', () => {
		const works = readPost(`<ul>${fairCard('尾根の向こう側', 'マリア・ロッシ 著／山田太郎 訳', '北方文庫', '9784000000035')}`
			+ `${fairCard('霧の沢を歩く', '長谷川健太郎', '青空書房', '9784000000042')}</ul>`, 'ja');
		expect(works.map(w => [w.title, w.authors, w.contributors])).toEqual([
			['尾根の向こう側', ['マリア・ロッシ'], [{name: '山田太郎', role: 'translator'}]],
			['霧の沢を歩く', ['長谷川健太郎'], undefined],
		]);
	});
	test('one Han character a record\'s title part sets apart is a whole title, no button under a section', () => {
		const works = readPost(`<h3>小説</h3><ul>${fairCard('霧', '高橋一郎', '北方文庫', '9784000000059')}`
			+ `${fairCard('雪の稜線を越えて', '佐藤花子', '青空書房', '9784000000066')}</ul>`, 'ja');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['霧', ['高橋一郎'], '北方文庫'], ['雪の稜線を越えて', ['佐藤花子'], '青空書房'],
		]);
	});
});

describe('round 59: a Q&A answer\'s numbered books in 『』', () => {
	test('a dash opens a Korean credit after the title, a note in brackets closing its house (`- A / House (전 3권)`)', () => {
		const works = readPost('<p>① 『바다로 가는 길』 - 김민수 / 푸른숲 (전 3권)</p><p>짧고 읽기 쉬운 책이에요.</p>'
			+ '<p>② 『조용한 숲의 역사』 - 이서연 / 한빛책방</p><p>흐름 잡기에 좋습니다.</p>', 'ko');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['바다로 가는 길', ['김민수'], '푸른숲'], ['조용한 숲의 역사', ['이서연'], '한빛책방'],
		]);
	});
	test('a name alone before a title opens a line that is the work\'s alone (`Name 『Title』 (House)`)', () => {
		const works = readPost('<p>저는 곁들여 읽을 책 위주로요.</p><p>박지훈 『골목길 산책』 (창문사)</p><p>걷기 좋은 '
			+ '동네 이야기예요.</p><p>최은영 『겨울 항구』 (바다책방)</p><p>짧은 소설이라 금방 읽혀요.</p>', 'ko');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['골목길 산책', ['박지훈'], '창문사'], ['겨울 항구', ['최은영'], '바다책방'],
		]);
	});
	test('a foreign name\'s initials before a Korean genitive, a credit in the brackets after (`E. H. 카의 『…』 (A 옮김, B)`)',
		() => {
			const works = readPost('<p>덤으로 J. R. 밀러의 『생각하는 법』 (정하늘 옮김, 숲길) 추천드립니다. 얇아서 부담도 '
				+ '없어요.</p>', 'ko');
			expect(works.map(w => [w.title, w.authors, w.contributors, w.publisher])).toEqual([
				['생각하는 법', ['J. R. 밀러'], [{name: '정하늘', role: 'translator'}], '숲길'],
			]);
		});
	test('a broadcaster\'s name in Latin capitals before a title in 『』 names its programme (`MBC 『…』`)', () => {
		const works = readPost('<p>책이 부담되시면 방송부터 보셔도 돼요.</p><p>저는 MBC 『시간 여행자의 밤』으로 시작했어요. '
			+ '한 회에 사건 하나씩 다룹니다.</p><p>tvK 『골목의 역사』도 재밌어요. Mankiw 『경제학 원론』은 아직 어렵고요.</p>', 'ko');
		expect(works.map(w => [w.title, w.kind, w.publisher])).toEqual([
			['시간 여행자의 밤', 'video', 'MBC'], ['골목의 역사', 'video', 'tvK'],
		]);
	});
});

/** A Q&A page whose question and answers sit in blocks of their own, as its classes name them. */
const qaPage = (question: string, answers: string[]) => '<html lang="ko"><head><title>역사 입문 책 추천 부탁드려요 : '
	+ `묻고 답하기</title></head><body><div id="content" class="content"><div class="question-content"><h2>역사 입문 책 `
	+ `추천 부탁드려요</h2><div class="question-body">${question}</div><div class="answer-button-area"><a `
	+ 'href="https://qa.example/answer">답변하기</a></div></div><div class="answer-content"><h3>답변 2</h3>'
	+ `${answers.map(a => `<div class="answer-item">${a}</div>`).join('')}</div></div></body></html>`;

describe('round 59: a Q&A page\'s question and its answers', () => {
	test('a Korean title asking for recommendations asks (`추천 부탁드려요`); the block its classes call the question is the '
		+ 'asker\'s', () => {
		const url = 'https://qa.example/q/1';
		const html = qaPage('<p>안녕하세요. 학교 다닐 때는 시험 전날 암기만 하고 끝나서 지금은 거의 기억이 안 나요. 요즘 '
			+ '사극을 몇 편 보고 나니 제대로 흐름을 알고 싶어졌습니다.</p><p>서점에서 『두꺼운 개설서』 (대학출판)를 샀는데 '
			+ '너무 어려웠어요. 출퇴근길에 읽을 입문용 책 추천해 주세요.</p>',
			['<p>『처음 읽는 역사』 (푸른숲)부터 읽으세요. 흐름 잡기에 좋아요.</p>', '<p>『그림으로 보는 역사』 (바다책방)도 '
				+ '좋습니다. 얇아서 금방 읽혀요.</p>']);
		const works = harvest(new JSDOM(html, {url}).window.document, url);
		expect(works.map(w => [w.title, w.publisher])).toEqual([['처음 읽는 역사', '푸른숲'], ['그림으로 보는 역사', '바다책방']]);
	});
	test('a work the question names, named again bare in an answer, is the asker\'s, no answer\'s recommendation', () => {
		const url = 'https://qa.example/q/2';
		const html = qaPage('<p>안녕하세요. 학교 다닐 때는 시험 전날 암기만 하고 끝나서 지금은 거의 기억이 안 나요. 요즘 '
			+ '사극을 몇 편 보고 나니 제대로 흐름을 알고 싶어졌습니다.</p><p>서점에서 『두꺼운 개설서』를 샀는데 너무 '
			+ '어려웠어요. 출퇴근길에 읽을 입문용 책 추천해 주세요.</p>', ['<p>『처음 읽는 역사』 (푸른숲)부터 읽으세요. 흐름 '
			+ '잡기에 좋아요.</p><p>참고로 『두꺼운 개설서』는 좋은 책이지만 입문서는 아닙니다. 1년 뒤에 다시 펴 보세요.</p>']);
		const works = harvest(new JSDOM(html, {url}).window.document, url);
		expect(works.map(w => w.title)).toEqual(['처음 읽는 역사']);
	});
});

describe('round 59: a tutorial\'s table of books and its talks in prose', () => {
	test('a table\'s `House, Year` cell closing on an edition\'s aside gives the house alone (`Wiley, 2014 (2.ª ed.)`)', () => {
		const works = readPost('<table><thead><tr><th>Libro</th><th>Autor(es)</th><th>Editorial / año</th><th>¿Por qué?</th>'
			+ '</tr></thead><tbody><tr><td><em>Playful Systems</em></td><td>Ana Ruiz</td><td>Wiley, 2014 (2.ª ed.)</td><td>Corto '
			+ 'y claro.</td></tr><tr><td><em>Loops and Levels</em></td><td>Luis Prado</td><td>MIT Press, 2003</td><td>Denso.'
			+ '</td></tr></tbody></table>', 'es');
		expect(works.map(w => [w.title, w.publisher, w.publishedAt])).toEqual([
			['Playful Systems', 'Wiley', '2014'], ['Loops and Levels', 'MIT Press', '2003'],
		]);
	});
	test('a talk\'s speaker\'s house in brackets after their name is no publisher (`– Name (Studio). A note`)', () => {
		const works = readPost('<h2>🎤 Charlas</h2><p>Si solo van a ver dos charlas, que sean estas:</p><ul><li><a '
			+ 'href="https://www.youtube.com/watch?v=aaaaaaaaaaa">Feel Before Features</a> – Ana Ruiz (Pixelhaus). Toma un juego '
			+ 'aburrido y lo arregla.</li><li><a href="https://www.youtube.com/watch?v=bbbbbbbbbbb">Polish in Ten Steps</a> – '
			+ 'Luis Prado. Quince minutos.</li></ul>', 'es');
		expect(works.map(w => [w.title, w.authors, w.publisher])).toEqual([
			['Feel Before Features', ['Ana Ruiz'], undefined], ['Polish in Ten Steps', ['Luis Prado'], undefined],
		]);
	});
	test('a Spanish appositive after a link names its kind, its relative clause who made it and when', () => {
		const works = readPost('<h2>🎓 Cursos</h2><p>Gratis y en línea: <a href="https://levelcraft.example.org/">Level '
			+ 'Craft Basics</a>, el curso abierto que Marta Vidal publicó en su blog en 2011. Es viejo pero sirve.</p><p>Y '
			+ 'también: <a href="https://audio.example.org/">Sound for Games</a>, un curso corto con ejercicios.</p>', 'es');
		expect(works.map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['Level Craft Basics', 'course', ['Marta Vidal'], '2011'],
			['Sound for Games', 'course', undefined, undefined],
		]);
	});
});

describe('round 59: a blog post\'s books, an article and videos in prose', () => {
	test('a piece of writing named after an article right before a link is that piece (`The article <a>…</a> describes`)',
		() => {
			const works = readPost('<h2>Tactics</h2><p>Related, and free: an old column on a chess site. The article <a '
				+ 'href="https://coach.example.net/uploads/blunder-check.pdf">Check Before You Move</a> describes exactly '
				+ 'what I was doing wrong. Read it first.</p><p>I wrote more in this article <a '
				+ 'href="https://coach.example.net/me">over here</a> last year.</p>');
			expect(works.map(w => [w.title, w.kind])).toEqual([['Check Before You Move', 'article']]);
		});
	test('a title set apart after its owner\'s name ends where its marks do, the kind after it no part of it', () => {
		const works = readPost('<h2>Videos and listening</h2><ul><li><p>Ann Lee\'s <strong>Board Basics</strong> series '
			+ '(also YouTube). Short, calm videos.</p></li><li><p>Tom Bell\'s <strong>Opening Sprint</strong> series on '
			+ 'YouTube. He plays through the ladder.</p></li></ul>');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['Board Basics', ['Ann Lee']], ['Opening Sprint', ['Tom Bell']],
		]);
	});
	test('a show set apart, its own last word `Podcast`, is hosted by the names after `with`', () => {
		const works = readPost('<h2>Listening</h2><ul><li><p>For when I cannot look at a screen: the <strong>Endgame Talk '
			+ 'Podcast</strong> with Ben Ray. Long interviews.</p></li><li><p>On walks: the <strong>Quiet Board</strong> with '
			+ 'friends, sometimes.</p></li></ul>');
		expect(works.map(w => [w.title, w.kind, w.authors])).toEqual([['Endgame Talk Podcast', 'podcast', ['Ben Ray']]]);
	});
});

describe('round 59: a forum thread\'s answers citing books on lines of their own', () => {
	test('a line that is one book\'s citation whole, people first, is that book (`A, B: Title, 3rd Edition, House 2015.`)',
		() => {
			const works = readPost('<div>Für dein Profil gibt es nur eine Antwort:</div><div>Paul Kern, Walter Hill: The Craft '
				+ 'of Circuits, 3rd Edition, Northbridge University Press 2015.</div><div>Nicht billig, aber gut.</div><div>Oder '
				+ 'auf Deutsch:</div><div>Ina Vogt, Lars Brenner: Schaltungen für Entwickler. Von den Grundlagen bis zum '
				+ 'Mikrocontroller. Hafen Verlag, 2021.</div><div>Fazit: Lesen, dann löten, 2 Stunden am Tag 2019.</div>', 'de');
			expect(works.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
				['The Craft of Circuits', ['Paul Kern', 'Walter Hill'], 'Northbridge University Press', '2015'],
				['Schaltungen für Entwickler', ['Ina Vogt', 'Lars Brenner'], 'Hafen Verlag', '2021'],
			]);
		});
});

