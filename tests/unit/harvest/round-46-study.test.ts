import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (works: ReturnType<typeof readPost>) =>
	works.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);
const why = '<p>Книга, к которой я возвращаюсь каждый год, и всем советую.</p>';

describe('round 46: a Russian list of books', () => {
	test('Russian labels under a numbered heading (`Автор:`, `Перевод:`, `Издательство:`), a `House, Year` line after', () => {
		expect(facts(readPost('<h3>1. «Чистый код»</h3><p>Автор: Роберт Мартин<br>Перевод: Е. Матвеев<br>'
			+ `Издательство: Питер, 2019</p>${why}<h3>2. «Грокаем алгоритмы»</h3><p>Автор: Адитья Бхаргава<br>Питер, 2017</p>`
			+ why, 'ru'))).toEqual([
			['Чистый код', ['Роберт Мартин'], [{name: 'Е. Матвеев', role: 'translator'}], 'Питер', '2019'],
			['Грокаем алгоритмы', ['Адитья Бхаргава'], undefined, 'Питер', '2017'],
		]);
	});

	test('Cyrillic initials are no sentence\'s stop (`Э. Гамма`, `Дж. Влиссидес`)', () => {
		expect(facts(readPost('<p><b>10.</b> «Идеальный программист» — Роберт Мартин (Питер, 2012). Про умение говорить '
			+ '«нет».</p><p><b>12.</b> «Паттерны объектно-ориентированного проектирования» — Э. Гамма, Р. Хелм, Р. Джонсон, '
			+ 'Дж. Влиссидес (Питер, 2020). «Банда четырёх».</p>', 'ru'))).toEqual([
			['Идеальный программист', ['Роберт Мартин'], undefined, 'Питер', '2012'],
			['Паттерны объектно-ориентированного проектирования', ['Э. Гамма', 'Р. Хелм', 'Р. Джонсон', 'Дж. Влиссидес'],
				undefined, 'Питер', '2020'],
		]);
	});
});

const rinker = (title: string, href: string, brand: string) => '<div class="yyi-rinker-contents"><div class="yyi-rinker-box">'
	+ `<div class="yyi-rinker-info"><div class="yyi-rinker-title"><a href="${href}">${title}</a></div>`
	+ `<div class="yyi-rinker-detail"><div class="credit-box">created by Rinker</div><div class="brand">${brand}</div>`
	+ '</div><ul class="yyi-rinker-links"><li class="amazonlink"><a href="https://www.amazon.co.jp/">Amazon</a></li>'
	+ '</ul></div></div></div>';
const search = (q: string) => `https://www.amazon.co.jp/gp/search?keywords=${encodeURIComponent(q)}&index=books`;

describe('round 46: a Japanese blog\'s Rinker cards and running-text credits', () => {
	test('a card under a numbered heading is the heading\'s work; a card alone whose maker line names people is a book', () => {
		const works = readPost('<h2>技術書編</h2><h3>1. 達人に学ぶDB設計 徹底指南書 第2版</h3><p>テーブル設計に自信がなかった春に'
			+ '読みました。</p>' + rinker('達人に学ぶDB設計徹底指南書 第2版', search('達人'), '翔泳社')
			+ '<h3>2. チームトポロジー</h3><p>チームの形を設計するための本。</p>'
			+ rinker('チームトポロジー 価値あるソフトウェアをすばやく届ける適応型組織設計', search('チーム'),
				'マシュー・スケルトン, マニュエル・パイス')
			+ '<h2>番外編</h2><p>読んでよかった本も置いておきます。</p>'
			+ rinker('1分で話せ 世界のトップが絶賛した大事なことだけシンプルに伝える技術', search('1分'), '伊藤 羊一')
			+ rinker('[改訂新版]プロになるためのWeb技術入門', search('プロ'), '小森 裕介'), 'ja');
		expect(works.map(w => [w.title, w.authors, w.publisher, w.url])).toEqual([
			['達人に学ぶDB設計 徹底指南書 第2版', undefined, '翔泳社', search('達人')],
			['チームトポロジー', ['マシュー・スケルトン', 'マニュエル・パイス'], undefined, search('チーム')],
			['1分で話せ 世界のトップが絶賛した大事なことだけシンプルに伝える技術', ['伊藤 羊一'], undefined, search('1分')],
			['プロになるためのWeb技術入門', ['小森 裕介'], undefined, search('プロ')],
		]);
	});

	test('the comment under a numbered heading credits its book in running text', () => {
		expect(facts(readPost('<h2>ビジネス書編</h2><h3>4. 入門 監視</h3><p>Mike Julian著、松浦隼人訳。オンコール当番の前に'
			+ '読んでおいてよかった本です。</p><h3>7. エンジニアリング組織論への招待</h3><p>広木大地さんの本（技術評論社、2018年）。'
			+ '不確実性をどう減らすかという軸でつながっていくのが気持ちいい。</p><h3>10. エッセンシャル思考</h3><p>「全部やろうとしない」'
			+ 'ことを教えてくれた本。グレッグ・マキューン著、高橋璃子訳で、かんき出版から出ています。</p>', 'ja'))).toEqual([
			['入門 監視', ['Mike Julian'], [{name: '松浦隼人', role: 'translator'}], undefined, undefined],
			['エンジニアリング組織論への招待', ['広木大地'], undefined, '技術評論社', '2018'],
			['エッセンシャル思考', ['グレッグ・マキューン'], [{name: '高橋璃子', role: 'translator'}], 'かんき出版', undefined],
		]);
	});

	test('a heading\'s work named in full under it keeps the heading\'s title; a longer name opening alike is another', () => {
		expect(facts(readPost('<h2>ビジネス書編</h2><h3>9. イシューからはじめよ</h3><p>安宅和人さんの『イシューからはじめよ ― '
			+ '知的生産の「シンプルな本質」』（英治出版）。「犬の道」に入らない、という言葉は今でも思い出します。</p>'
			+ '<h3>10. エッセンシャル思考</h3><p>グレッグ・マキューン著、高橋璃子訳で、かんき出版から出ています。</p>', 'ja')))
			.toEqual([
				['イシューからはじめよ', ['安宅和人'], undefined, '英治出版', undefined],
				['エッセンシャル思考', ['グレッグ・マキューン'], [{name: '高橋璃子', role: 'translator'}], 'かんき出版', undefined],
			]);
	});
});

describe('round 46: a resources page\'s toggles', () => {
	const toggle = (title: string, body: string) => `<div class="toggle"><h5>${title}</h5><div><p>${body}</p></div></div>`;
	test('a heading over a paragraph closing on its work\'s address written out, or said in a call to action', () => {
		const works = readPost('<h2>Courses</h2>'
			+ toggle('The Odin Project', 'A full-stack curriculum built around real projects. '
				+ '<a href="https://www.theodinproject.com/">theodinproject.com</a>')
			+ toggle('JavaScript30 — Wes Bos', 'Thirty small vanilla-JS projects in thirty days. '
				+ '<a href="https://javascript30.com/">Sign up at javascript30.com</a>')
			+ '<h2>Listen</h2>'
			+ toggle('Podcast: Syntax', 'Two hosts on everything web development. <a href="https://syntax.fm/">syntax.fm</a>')
			+ toggle('Podcast: ShopTalk Show', 'Listener questions about the web. '
				+ '<a href="https://shoptalkshow.com/">shoptalkshow.com</a>'));
		expect(works.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['The Odin Project', 'course', undefined, 'https://www.theodinproject.com/'],
			['JavaScript30', 'course', ['Wes Bos'], 'https://javascript30.com/'],
			['Syntax', 'podcast', undefined, 'https://syntax.fm/'],
			['ShopTalk Show', 'podcast', undefined, 'https://shoptalkshow.com/'],
		]);
	});

	test('one heading so is no list: a section\'s closing line to its site is no work', () => {
		expect(readPost('<h2>About us</h2><p>We are a small studio in Portland. <a href="https://studio.example/">'
			+ 'studio.example</a></p>')).toEqual([]);
	});
});

describe('round 46: a Medium roadmap', () => {
	test('a numbered heading\'s credit line closed by a note in lower case (`· free PDF from the authors`)', () => {
		expect(facts(readPost('<h2>3. An Introduction to Statistical Learning</h2><p>Gareth James, Daniela Witten, Trevor '
			+ 'Hastie, Robert Tibshirani and Jonathan Taylor · Springer, 2023 · free PDF from the authors</p><p>Where it '
			+ 'turns into knowing why a model overfits.</p><h2>4. Hands-On Machine Learning</h2><p>Aurélien Géron · '
			+ 'O’Reilly, 2022</p><p>The practical one.</p>'))).toEqual([
			['An Introduction to Statistical Learning', ['Gareth James', 'Daniela Witten', 'Trevor Hastie',
				'Robert Tibshirani', 'Jonathan Taylor'], undefined, 'Springer', '2023'],
			['Hands-On Machine Learning', ['Aurélien Géron'], undefined, 'O’Reilly', '2022'],
		]);
	});

	test('a link\'s preview card under a work named with no link, its title naming the work, is the work\'s page', () => {
		const card = (href: string, title: string, about: string, site: string) => `<div><a href="${href}"><div><div>`
			+ `<h2>${title}</h2><div><h3>${about}</h3></div><div><p>${site}</p></div></div></div></a></div>`;
		const works = readPost('<h2>13. nanoGPT — Andrej Karpathy</h2><p>About 300 lines of training loop. Clone it and '
			+ 'train the Shakespeare model.</p>' + card('https://github.com/karpathy/nanoGPT', 'GitHub - karpathy/nanoGPT: '
			+ 'The simplest, fastest repository for training medium-sized GPTs.', 'The simplest, fastest repository.',
			'github.com') + '<h2>14. Designing Machine Learning Systems, Chip Huyen</h2><p>O’Reilly, 2022. The book I '
			+ 'hand to every new hire.</p>');
		expect(works.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['nanoGPT', 'repository', ['Andrej Karpathy'], 'https://github.com/karpathy/nanoGPT'],
			['Designing Machine Learning Systems', 'book', ['Chip Huyen'], undefined],
		]);
	});
});

describe('round 46: a Feishu document', () => {
	test('zero-width spaces closing each block are no text; a 《title》 line is credited by the block under it', () => {
		const item = (n: number, title: string, credit: string) => `<div class="block docx-ordered-block"><div class="list">`
			+ `<div class="order">${n}.</div><div class="list-content"><div class="ace-line"><span style="font-weight:bold;">`
			+ `《${title}》</span><span>\u200b</span></div></div><div class="list-children"><div class="ace-line">`
			+ `<span>${credit}</span><span>\u200b</span></div><div class="ace-line"><span>值得反复读。</span><span>\u200b`
			+ '</span></div></div></div></div>';
		expect(facts(readPost(item(1, '深入理解计算机系统（原书第3版）', 'Randal E. Bryant、David R. O\'Hallaron 著，'
			+ '龚奕利、贺莲 译，机械工业出版社，2016') + item(2, '计算机网络：自顶向下方法（原书第7版）', 'James F. Kurose、'
			+ 'Keith W. Ross 著，陈鸣 译，机械工业出版社，2018'), 'zh'))).toEqual([
			['深入理解计算机系统（原书第3版）', ['Randal E. Bryant', 'David R. O\'Hallaron'],
				[{name: '龚奕利', role: 'translator'}, {name: '贺莲', role: 'translator'}], '机械工业出版社', '2016'],
			['计算机网络：自顶向下方法（原书第7版）', ['James F. Kurose', 'Keith W. Ross'], [{name: '陈鸣', role: 'translator'}],
				'机械工业出版社', '2018'],
		]);
	});

	test('a table\'s title cell holding a title in 《》 and an aside: the title; head cells closed by zero-width spaces', () => {
		const cells = (tag: string, texts: string[]) => `<tr>${texts.map(t => `<${tag}>${t}\u200b</${tag}>`).join('')}</tr>`;
		expect(facts(readPost('<table><tbody>' + cells('td', ['书名 / 课程', '作者', '出版社', '出版时间'])
			+ cells('td', ['《MySQL技术内幕：InnoDB存储引擎（第2版）》', '姜承尧', '机械工业出版社', '2013-05'])
			+ cells('td', ['《MySQL实战45讲》（极客时间专栏）', '林晓斌', '极客时间', '—']) + '</tbody></table>', 'zh')))
			.toEqual([
				['MySQL技术内幕：InnoDB存储引擎（第2版）', ['姜承尧'], undefined, '机械工业出版社', '2013-05'],
				['MySQL实战45讲', ['林晓斌'], undefined, '极客时间', undefined],
			]);
	});
});

describe('leftovers of rounds 41-44: Yomereba and Kaereba cards between a heading and its credit', () => {
	const yomereba = (href: string, name: string, detail: string) => '<div class="cstmreba"><div class="booklink-box">'
		+ `<div class="booklink-info"><div class="booklink-name"><a href="${href}">${name}</a><div class="booklink-powered-date">`
		+ `posted with <a href="https://yomereba.com">ヨメレバ</a></div></div><div class="booklink-detail">${detail}</div>`
		+ '</div></div></div>';
	test('the heading\'s work, linked by its card, credited by the line under the card', () => {
		expect(facts(readPost('<h3>1. リーダブルコード</h3>' + yomereba('https://www.amazon.co.jp/dp/4873115655',
			'リーダブルコード ―より良いコードを書くためのシンプルで実践的なテクニック', 'Dustin Boswell/Trevor Foucher '
			+ 'オライリージャパン 2012年06月23日') + '<p>著：Dustin Boswell、Trevor Foucher／訳：角征典（オライリー・ジャパン、'
			+ '2012年）</p><p>新人に1冊だけ渡すならこれ。</p><h3>2. Googleのソフトウェアエンジニアリング</h3>'
			+ yomereba('https://www.amazon.co.jp/dp/4873119650', 'Googleのソフトウェアエンジニアリング ―持続可能な'
				+ 'プログラミングを支える技術', 'Titus Winters/Tom Manshreck/竹辺 靖昭 オライリージャパン 2021年09月21日')
			+ '<p>Titus Winters、Tom Manshreck 編／竹辺靖昭 監訳（オライリー・ジャパン、2021年）</p><p>分厚いですが価値あり。</p>'
			+ '<h3>3. 達人プログラマー（第2版）</h3>' + yomereba('https://www.amazon.co.jp/dp/4274226298', '達人プログラマー'
				+ '(第2版): 熟達に向けたあなたの旅', 'David Thomas/Andrew Hunt オーム社 2020年11月20日')
			+ '<p>DRY原則の出どころがだいたいこの本です。</p>', 'ja'))).toEqual([
			['リーダブルコード', ['Dustin Boswell', 'Trevor Foucher'], [{name: '角征典', role: 'translator'}],
				'オライリー・ジャパン', '2012'],
			['Googleのソフトウェアエンジニアリング', undefined, [{name: 'Titus Winters', role: 'editor'},
				{name: 'Tom Manshreck', role: 'editor'}, {name: '竹辺靖昭', role: 'translator'}], 'オライリー・ジャパン', '2021'],
			['達人プログラマー（第2版）', ['David Thomas', 'Andrew Hunt'], undefined, 'オーム社', '2020-11-20'],
		]);
	});
});

describe('round 46: what a post left out', () => {
	test('a list led in as the works left out names none to save; the next section\'s do', () => {
		expect(readPost('<h2>三、分布式</h2><ul><li>《数据密集型应用系统设计》Martin Kleppmann 著，赵军平 译，中国电力出版社，2018</li>'
			+ '<li>《从Paxos到Zookeeper》倪超 著，电子工业出版社，2015</li></ul><p>经常有人问为什么没有下面这些，统一回答一下：</p>'
			+ '<ul><li>《算法导论》：经典，但不适合入职前三个月读。</li><li>《Head First 设计模式》：Java 味太重。</li></ul>', 'zh')
			.map(w => w.title)).toEqual(['数据密集型应用系统设计', '从Paxos到Zookeeper']);
	});
	test('a heading saying its section is what was left out', () => {
		expect(readPost('<h2>Книги</h2><p><b>1.</b> «Чистый код» — Роберт Мартин (Питер, 2019). Классика.</p><p><b>2.</b> '
			+ '«Рефакторинг» — Мартин Фаулер (Вильямс, 2019). Справочник.</p><h2>Чего здесь нет и почему</h2><p><b>3.</b> '
			+ '«Алгоритмы. Построение и анализ» — Томас Кормен (Вильямс, 2013). Великая книга, но не для всех.</p>', 'ru')
			.map(w => w.title)).toEqual(['Чистый код', 'Рефакторинг']);
	});
});

describe('round 47: a Hexo blog\'s reading list', () => {
	const page = 'https://gopher-notes.cn/2025/06/18/golang-shudan/';
	test('a dated post of the same blog is its own writing; a `链接：` label is no title; a section of tools that says so', () => {
		const works = readPost('<p>环境搭建可以看我之前写的 <a href="/2024/11/03/go-dev-env-2024/">《2024 年我的 Go 开发环境配置》</a>。</p>'
			+ '<h2>1.《Go 程序设计语言》</h2><p>作者：Alan A. A. Donovan / Brian W. Kernighan，译者：李道兵，机械工业出版社，2017</p>'
			+ '<p>链接：<a href="https://book.douban.com/subject/27044219/">豆瓣</a> | <a href="https://item.jd.com/12187988.html">'
			+ '京东</a></p><h2>2.《Go 语言实战》</h2><p>作者：William Kennedy / Brian Ketelsen<br>译者：李兆海<br>出版社：人民邮电'
			+ '出版社，2017</p><h2>顺便一提：这些不是学习资料</h2><ul><li>Web 框架：<a href="https://github.com/gin-gonic/gin">gin'
			+ '</a></li><li>命令行：<a href="https://github.com/spf13/cobra">cobra</a></li></ul>', 'zh', page);
		expect(works.map(w => w.title)).toEqual(['Go 程序设计语言', 'Go 语言实战']);
	});
});

describe('round 47: a Jekyll blog\'s headings', () => {
	test('a credit line under a linked heading set whole in italics names its people, no title', () => {
		expect(facts(readPost('<h2>The core five</h2><h3><a href="https://www.deeplearningbook.org/">Deep Learning</a>'
			+ '</h3><p><em>Ian Goodfellow, Yoshua Bengio and Aaron Courville, MIT Press (2016)</em></p><p>Still the best single '
			+ 'place for the why.</p><h3><a href="https://d2l.ai/">Dive into Deep Learning</a></h3><p><em>Aston Zhang, Zachary '
			+ 'C. Lipton, Mu Li &amp; Alexander J. Smola, Cambridge University Press (2023)</em></p><p>Interactive.</p>')))
			.toEqual([
				['Deep Learning', ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'], undefined, 'MIT Press',
					'2016'],
				['Dive into Deep Learning', ['Aston Zhang', 'Zachary C. Lipton', 'Mu Li', 'Alexander J. Smola'], undefined,
					'Cambridge University Press', '2023'],
			]);
	});
});

describe('round 47: a table repeating a work named above it', () => {
	test('the row is read where the table is, not at the heading of the same text: the works between stay', () => {
		const works = readPost('<h3>Pattern Recognition and Machine Learning</h3><p><em>Christopher M. Bishop, Springer '
			+ '(2006)</em></p><p>The Bayesian bible.</p><h3><a href="https://www.oreilly.com/library/view/x/">Hands-On Machine '
			+ 'Learning</a></h3><p><em>Aurélien Géron, O’Reilly (2022)</em></p><p>The practical one.</p><h3><a href="https://'
			+ 'hastie.su.domains/ElemStatLearn/">The Elements of Statistical Learning</a></h3><p><em>Trevor Hastie, Robert '
			+ 'Tibshirani, Jerome Friedman — Springer, 2nd ed. (2009)</em></p><p>Not a first book.</p><h2>At a glance</h2>'
			+ '<table><thead><tr><th>Book</th><th>Author(s)</th><th>Publisher</th><th>Year</th></tr></thead><tbody><tr><td>'
			+ '<a href="https://probml.github.io/">Probabilistic Machine Learning</a></td><td>Kevin P. Murphy</td><td>MIT Press'
			+ '</td><td>2022</td></tr><tr><td>Pattern Recognition and Machine Learning</td><td>Christopher M. Bishop</td><td>'
			+ 'Springer</td><td>2006</td></tr></tbody></table>');
		expect(facts(works)).toEqual([
			['Pattern Recognition and Machine Learning', ['Christopher M. Bishop'], undefined, 'Springer', '2006'],
			['Hands-On Machine Learning', ['Aurélien Géron'], undefined, 'O’Reilly', '2022'],
			['The Elements of Statistical Learning', ['Trevor Hastie', 'Robert Tibshirani', 'Jerome Friedman'], undefined,
				'Springer', '2009'],
			['Probabilistic Machine Learning', ['Kevin P. Murphy'], undefined, 'MIT Press', '2022'],
		]);
	});
});

describe('round 47: a German Ghost post', () => {
	test('a heading\'s credit `von A und B (House, Year), übersetzt von C`', () => {
		expect(facts(readPost('<h2>Handbuch moderner Softwarearchitektur</h2><p>von Mark Richards und Neal Ford (O’Reilly, '
			+ '2021), übersetzt von Jørgen W. Lang</p><p>Die Kapitel sind Gold wert.</p><h2>Domain-Driven Design kompakt</h2>'
			+ '<p>von Vaughn Vernon (dpunkt.verlag, 2017) – übersetzt von Carola Lilienthal</p><p>Kompakt.</p>', 'de')))
			.toEqual([
				['Handbuch moderner Softwarearchitektur', ['Mark Richards', 'Neal Ford'],
					[{name: 'Jørgen W. Lang', role: 'translator'}], 'O’Reilly', '2021'],
				['Domain-Driven Design kompakt', ['Vaughn Vernon'], [{name: 'Carola Lilienthal', role: 'translator'}],
					'dpunkt.verlag', '2017'],
			]);
	});
});
