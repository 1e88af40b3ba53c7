import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {readPost} from './read-post.ts';

describe('blocks inside a heading and a list item, as docs renderers nest them', () => {
	test('`<h2><div><a href="#id"></a></div><div>Podcasts</div></h2>` heads its section; `<li><div><p>` is the item', () => {
		const heading = (id: string, text: string) => `<h2 id="${id}"><div><a href="#${id}" aria-label="Direct link">`
			+ `</a></div><div>${text}</div></h2>`;
		const item = (html: string) => `<li><div><p>${html}</p></div></li>`;
		expect(readPost(`${heading('podcasts', 'Podcasts')}<ul>${item('<a href="https://darknet.example/">Darknet '
			+ 'Diaries</a> by Jack Rhysider — great stories.')}${item('<a href="https://other.example/">Other Show</a> by '
			+ 'Ann Smith — weekly news.')}</ul>`).map(w => [w.title, w.kind, w.authors])).toEqual([
			['Darknet Diaries', 'podcast', ['Jack Rhysider']],
			['Other Show', 'podcast', ['Ann Smith']],
		]);
	});
});

describe('works named in Thai text with their credits', () => {
	const facts = (body: string) => readPost(body, 'th')
		.map(w => [w.title, w.url, w.kind, w.authors, w.contributors, w.publisher]);

	test('`<b>Title</b> (Original) ของ A กับ B สนพ.House`, `– A แปลโดย T (สนพ.House)`, an address on a line below', () => {
		expect(facts('<div>ขอแนะนำ <b>หนังสือเล่มแรก</b> ค่ะ (The First Book) ของ สมชาย ใจดี กับ สมหญิง รักเรียน สนพ.บ้านหนังสือ<br>'
			+ 'อ่านง่ายมาก<br><a href="https://shop.example/p/1">https://shop.example/p/1</a></div>'
			+ '<div>1. <b>เล่มที่สอง</b> – ยูวัล โนอาห์ แฮรารี แปลโดย นำชัย ชีววิวรรธน์ (สนพ.ยิปซี)<br>ดีมาก</div>')).toEqual([
			['หนังสือเล่มแรก', 'https://shop.example/p/1', 'book', ['สมชาย ใจดี', 'สมหญิง รักเรียน'], undefined, 'บ้านหนังสือ'],
			['เล่มที่สอง', undefined, 'book', ['ยูวัล โนอาห์ แฮรารี'], [{name: 'นำชัย ชีววิวรรธน์', role: 'translator'}],
				'ยิปซี'],
		]);
	});

	test('a Latin title amid Thai before `ของ`; a show `ของ Network คุณName`, its kind from the lead over the list', () => {
		expect(facts('<div>ขอเสนอ Deep Focus ของ Carl Newman ครับ ว่าด้วยการทำงาน</div><div>ลองฟังพอดแคสต์ก่อนก็ได้ค่ะ</div>'
			+ '<div>- <b>The Show</b> ของ THE NETWORK คุณเคน นครินทร์ คุยกับผู้บริหาร</div>')).toEqual([
			['Deep Focus', undefined, 'book', ['Carl Newman'], undefined, undefined],
			['The Show', undefined, 'podcast', ['เคน นครินทร์'], undefined, 'THE NETWORK'],
		]);
	});
});

describe('a handbook\'s own pages', () => {
	test('on a host that is one work\'s site, the pages of sibling sections are its parts, no works', () => {
		const page = 'https://team.gitbook.io/handbook/getting-started/resources';
		const html = '<html><head><title>Resources</title></head><body><main><h1>Resources</h1><h2>Books</h2><ul>'
			+ '<li><a href="https://shop.example/b">Some Book</a> by Ann Smith (Wiley, 2020)</li></ul>'
			+ '<p>Licences are handled in <a href="https://team.gitbook.io/handbook/getting-started/access">Access</a>.</p>'
			+ '<div><a href="https://team.gitbook.io/handbook/processes/threat-modeling">Threat modeling</a> '
			+ '<a href="https://team.gitbook.io/handbook/processes/code-review">Code review checklist</a></div></main></body></html>';
		expect(harvest(new JSDOM(html, {url: page}).window.document, page).map(w => w.title)).toEqual(['Some Book']);
	});
});

describe('a line\'s credit in Spanish, as book blogs write it', () => {
	test('a known house closing a bracket\'s field after capitalised words is an imprint\'s whole name', () => {
		expect(readPost('<h2>Novelas</h2><ol><li><strong>Primera novela</strong> – Ana Pérez (Literatura Random House, 2017)'
			+ '<br>Brutal.</li><li><strong>Segunda novela</strong> – Eva Ruiz (Anagrama, 2019)<br>Otra.</li></ol>', 'es')
			.map(w => [w.title, w.publisher])).toEqual([['Primera novela', 'Literatura Random House'],
			['Segunda novela', 'Anagrama']]);
	});

	test('a line closing on a store\'s button is read as the line; the button its address', () => {
		expect(readPost('<h2>Novelas</h2><ol><li><strong>Primera novela</strong> – Ana Pérez (Tusquets, 2017)<br>Un solo '
			+ 'párrafo. <a href="https://amzn.to/abc">Ver en Amazon</a></li><li><strong>Segunda novela</strong> – Eva Ruiz '
			+ '(Anagrama, 2019)<br>Otra.</li></ol>', 'es').map(w => [w.title, w.url, w.authors, w.publisher, w.publishedAt]))
			.toEqual([['Primera novela', 'https://amzn.to/abc', ['Ana Pérez'], 'Tusquets', '2017'],
				['Segunda novela', undefined, ['Eva Ruiz'], 'Anagrama', '2019']]);
	});

	test('`Editorial: X · Año: 2016`: a middle dot ends the labelled house', () => {
		expect(readPost('<ol><li><strong>Un libro</strong>, de Ana Pérez. Editorial: Anagrama · Año: 2016<br>Bueno.</li>'
			+ '<li><strong>Otro libro</strong>, de Eva Ruiz. Editorial: Candaya · Año: 2018<br>Bueno.</li></ol>', 'es')
			.map(w => [w.title, w.publisher, w.publishedAt])).toEqual([['Un libro', 'Anagrama', '2016'],
			['Otro libro', 'Candaya', '2018']]);
	});
});

describe('an editor\'s own elements, as Yuque\'s Lake viewer renders a document', () => {
	const p = (html: string) => `<ne-p><ne-text>${html}</ne-text></ne-p>`;
	const li = (n: number, html: string) => `<ne-oli><ne-oli-i><span class="ne-list-symbol"><span>${n}</span></span>`
		+ `</ne-oli-i><ne-oli-c>${html}</ne-oli-c></ne-oli>`;
	const bold = (text: string) => `<ne-text ne-fontweight="bold">${text}</ne-text>`;

	test('`ne-h2` heads its section, `ne-oli` is a list item (its marker no part of it), `ne-fontweight` bold', () => {
		expect(readPost(`<ne-h2><ne-heading-content><ne-text>一、基础</ne-text></ne-heading-content></ne-h2>${p('这三本不求一次读完。')}`
			+ `${li(1, `${bold('《系统之书》')}<ne-text>，张三 著，机械工业出版社，2016</ne-text>`)}${p('俗称 A。')}`
			+ `${li(2, `${bold('《网络之道》')}<ne-text>，李四 著，人民邮电出版社，2019</ne-text>`)}`
			+ `<ne-h2><ne-heading-content><ne-text>二、论文</ne-text></ne-heading-content></ne-h2>${p('只挑两篇。')}`, 'zh')
			.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['系统之书', ['张三'], '机械工业出版社', '2016'],
			['网络之道', ['李四'], '人民邮电出版社', '2019'],
		]);
	});
});

describe('a course named by the clause before its colon, in Chinese', () => {
	test('`建议配合 CMU 的课程一起刷：<a>Title</a>`: the kind a few words before the colon', () => {
		expect(readPost('<ul><li>《深入理解计算机系统》，张三 著，机械工业出版社，2016</li></ul><p>建议配合 CMU 的课程一起刷：'
			+ '<a href="https://school.example/213/">15-213: Introduction to Computer Systems</a>，lab 很值。</p>', 'zh')
			.map(w => [w.title, w.kind])).toEqual([['深入理解计算机系统', 'book'],
			['15-213: Introduction to Computer Systems', 'course']]);
	});
});

describe('a heading\'s neighbours', () => {
	test('a heading after a list of works is no work of that list: `五、读书方法（个人习惯）`', () => {
		expect(readPost('<h2>四、语言</h2><ul><li>《重构》 Martin Fowler 著，熊节 译，人民邮电出版社，2019。</li></ul>'
			+ '<h2>五、读书方法（个人习惯）</h2><ul><li>一次只精读一本。</li></ul>', 'zh').map(w => w.title)).toEqual(['重构']);
	});
});

describe('Chinese credits', () => {
	const facts = (body: string) => readPost(body, 'zh').map(w => [w.title, w.authors, w.contributors, w.publisher,
		w.publishedAt]);

	test('a table headed `出版社` then `出版`: the second column is the date, a year and month to the month', () => {
		const row = (t: string, a: string, p: string, d: string) => `<tr><td>《${t}》</td><td>${a}</td><td>${p}</td>`
			+ `<td>${d}</td></tr>`;
		expect(facts(`<table><tr><th>书名</th><th>作者</th><th>出版社</th><th>出版</th></tr>${row('数据之道', 'Martin Kleppmann',
			'中国电力出版社', '2018-09')}${row('存储之书', 'Alex Petrov', '机械工业出版社', '2020')}</table>`)).toEqual([
			['数据之道', ['Martin Kleppmann'], undefined, '中国电力出版社', '2018-09'],
			['存储之书', ['Alex Petrov'], undefined, '机械工业出版社', '2020'],
		]);
	});

	test('`A / B 著`: full names before the authors\' own, parted by a spaced slash, are co-authors', () => {
		expect(facts('<ul><li>《环境编程》 W. Richard Stevens / Stephen A. Rago 著；戚正伟 译；人民邮电出版社 2014.6</li>'
			+ '<li>《网络详解》，Kevin R. Fall 著，吴英 译，机械工业出版社（2016）</li></ul>')).toEqual([
			['环境编程', ['W. Richard Stevens', 'Stephen A. Rago'], [{name: '戚正伟', role: 'translator'}], '人民邮电出版社',
				'2014-06'],
			['网络详解', ['Kevin R. Fall'], [{name: '吴英', role: 'translator'}], '机械工业出版社', '2016'],
		]);
	});

	test('`，还是周志明老师，` and `作者 handle（real name）` credit the title before them', () => {
		expect(facts('<ul><li>《虚拟机之书》，还是周志明老师，机械工业出版社 2019年12月。必备。</li>'
			+ '<li>《语言设计》，作者 Draveness（左书祺），在线免费。</li></ul>').map(f => f.slice(0, 2))).toEqual([
			['虚拟机之书', ['周志明']], ['语言设计', ['左书祺']],
		]);
	});

	test('an aside in brackets between a linked title and its credit\'s dash is no credit', () => {
		expect(readPost('<h2>论文</h2><ol><li><a href="https://a.example/raft.pdf"><em>Consensus Made Plain</em></a>（就是 Raft '
			+ '论文）— Diego Ongaro, John Ousterhout, USENIX ATC 2014</li><li><a href="https://a.example/gfs.pdf"><em>The File'
			+ ' System</em></a> — Sanjay Ghemawat, Howard Gobioff, SOSP 2003</li></ol>', 'zh')
			.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Consensus Made Plain', ['Diego Ongaro', 'John Ousterhout'], '2014'],
			['The File System', ['Sanjay Ghemawat', 'Howard Gobioff'], '2003'],
		]);
	});

	test('`在 <a>X</a> 上看`: where one reads, no work', () => {
		expect(readPost('<h1>书单</h1><p>电子书我基本都在 <a href="https://reader.example/">微信读书</a> 上看。</p><ul><li>'
			+ '<a href="https://book.example/1">《数据之道》</a> Martin Kleppmann 著，中国电力出版社，2018</li></ul>', 'zh')
			.map(w => w.title)).toEqual(['数据之道']);
	});
});

describe('a podcast\'s show notes, in French', () => {
	test('`<a>Course</a> (A et B, sur Coursera), et le livre qui va avec, <em>Title</em> (House, 2e édition 2021)`', () => {
		expect(readPost('<h2>Pour aller plus loin</h2><div>Claire recommande aussi le cours <a href="https://www.coursera.org/learn/'
			+ 'nand">Build a Computer</a> (Noam Nisan et Shimon Schocken, sur Coursera), et le livre qui va avec, '
			+ '<em>The Elements of Systems</em> (MIT Press, 2e édition 2021).</div>', 'fr')
			.map(w => [w.title, w.kind, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Build a Computer', 'course', ['Noam Nisan', 'Shimon Schocken'], undefined, undefined],
			['The Elements of Systems', 'book', undefined, 'MIT Press', '2021'],
		]);
	});

	test('a credit closing on `, le papier dont…` or `, l’article à…` names the kind, whatever the heading', () => {
		expect(readPost('<h2>🎤 Conférences et papiers</h2><ul><li><a href="https://x.example/talk">Simple Things</a> – Rich '
			+ 'Hickey, Strange Loop 2011</li><li><a href="https://x.example/tar">Out of the Pit</a> – Ben Moseley et Peter Marks'
			+ ' (2006), le papier dont on parle</li><li><a href="https://y.example/c">How Teams Design</a> – Melvin E. Conway '
			+ '(1968), l’article à l’origine de la loi</li></ul>', 'fr').map(w => [w.title, w.kind])).toEqual([
			['Simple Things', 'video'], ['Out of the Pit', 'paper'], ['How Teams Design', 'article'],
		]);
	});

	test('a link worded as its platform\'s name, and a title after a music label, are no works', () => {
		expect(readPost('<h2>Livres</h2><ul><li><a href="https://shop.example/a">Team Topologies</a> – Matthew Skelton '
			+ '(IT Revolution, 2019)</li></ul><div>Montage : Inès B. Musique : « Night Owl » par Broke For Free (CC BY). '
			+ 'Laissez 5 étoiles sur <a href="https://podcasts.apple.com/fr/podcast/show/id1">Apple Podcasts</a> !</div>', 'fr')
			.map(w => w.title)).toEqual(['Team Topologies']);
	});
});

describe('a docs page\'s talks and old books', () => {
	test('an embed\'s caption linking `Title — Speaker, Event N (Year)`: the title, its speaker and year', () => {
		expect(readPost('<h2>Talks and videos</h2><div><iframe src="https://www.youtube.com/embed/abc123"></iframe>'
			+ '<div><a href="https://www.youtube.com/watch?v=abc123">Desync Attacks: Smashing the Cell — James Kettle, DEF CON '
			+ '27 (2019)</a></div></div>').map(w => [w.title, w.kind, w.authors, w.publishedAt])).toEqual([
			['Desync Attacks: Smashing the Cell', 'video', ['James Kettle'], '2019'],
		]);
	});

	test('a writer\'s abbreviated edition after the title\'s comma is no part of it; a title\'s own written out is', () => {
		expect(readPost('<h2>Books</h2><ul><li><em>SQL Injection Defense</em>, 2nd ed. — Justin Clarke (Syngress, 2012)</li>'
			+ '<li><em>Programming Rust, 2nd Edition</em> — Jim Blandy (O’Reilly, 2021)</li></ul>').map(w => w.title))
			.toEqual(['SQL Injection Defense', 'Programming Rust, 2nd Edition']);
	});
});

describe('shows and references on a docs page', () => {
	test('under a heading of podcasts, `<a>Show</a> (Name) — weekly news`: the one name its host, `news` no tool', () => {
		expect(readPost('<h2>Podcasts</h2><ul><li><a href="https://risky.example/">Risky Show</a> (Patrick Gray) — weekly '
			+ 'news.</li><li><a href="https://darknet.example/">Dark Stories</a> by Jack Rhysider — stories.</li></ul>')
			.map(w => [w.title, w.kind, w.authors])).toEqual([
			['Risky Show', 'podcast', ['Patrick Gray']], ['Dark Stories', 'podcast', ['Jack Rhysider']],
		]);
	});

	test('a colon between two digits and four is no time: `<a>OWASP Top 10:2021</a>` is a title', () => {
		expect(readPost('<h2>References to bookmark</h2><ol><li><a href="https://owasp.example/Top10/">OWASP Top 10:2021</a>'
			+ ' — our taxonomy maps to it.</li></ol>').map(w => w.title)).toEqual(['OWASP Top 10:2021']);
	});
});

describe('a table drawn with ARIA roles', () => {
	const cell = (html: string, role = 'cell') => `<div role="${role}"><p>${html}</p></div>`;
	const row = (...cells: string[]) => `<div role="row">${cells.join('')}</div>`;

	test('its rows read as a table\'s; `Who` names people, or who gives it (`PortSwigger`, `A, B (Org)`)', () => {
		const head = row(...['Resource', 'Who', 'Cost', 'Notes'].map(h => cell(h, 'columnheader')));
		const body = [
			row(cell('<a href="https://academy.example/">Web Academy</a>'), cell('PortSwigger'), cell('Free'),
				cell('Do the labs.')),
			row(cell('<a href="https://school.example/cs253/">CS253: Web Security</a> (Stanford)'),
				cell('Feross Aboukhadijeh'), cell('Free'), cell('Slides are public.')),
			row(cell('<a href="https://school.example/6858/">MIT 6.858 Systems Security</a> — lecture playlist'),
				cell('Nickolai Zeldovich, James Mickens (MIT OpenCourseWare)'), cell('Free'), cell('Fall 2014 recordings.')),
			row(cell('<a href="https://try.example/">TryIt</a> / <a href="https://box.example/">The Box</a>'), cell('—'),
				cell('Budget'), cell('Practice platforms.')),
		].join('');
		expect(readPost(`<h2>Courses and labs</h2><div role="table"><div role="rowgroup">${head}</div>`
			+ `<div role="rowgroup">${body}</div></div>`).filter(w => w.authors || w.publisher)
			.map(w => [w.title, w.kind, w.authors, w.publisher, w.publishedAt])).toEqual([
			['Web Academy', 'course', undefined, 'PortSwigger', undefined],
			['CS253: Web Security', 'course', ['Feross Aboukhadijeh'], undefined, undefined],
			['MIT 6.858 Systems Security', 'course', ['Nickolai Zeldovich', 'James Mickens'], 'MIT OpenCourseWare', '2014'],
		]);
	});
});
