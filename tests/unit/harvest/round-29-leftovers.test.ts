import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors?.map(c => c.name), w.publisher, w.publishedAt]);

describe('right-to-left book lists', () => {
	test('Persian labelled lines under a numbered heading (`نویسنده:`, `مترجم:` two joined by `و`, `ناشر:`)', () => {
		expect(facts('<h2>۱. کتاب اول</h2><p><b>نویسنده:</b> ویکتور فرانکل<br><b>مترجم:</b> نهضت صالحیان و مهین '
			+ 'میلانی<br><b>ناشر:</b> درسا</p><p>کتاب کوچیکیه ولی سنگین.</p><h2>۲. کتاب دوم</h2><p><b>نویسنده:</b> '
			+ 'الیف شافاک<br><b>ناشر:</b> ققنوس</p>', 'fa')).toEqual([
			['کتاب اول', ['ویکتور فرانکل'], ['نهضت صالحیان', 'مهین میلانی'], 'درسا', undefined],
			['کتاب دوم', ['الیف شافاک'], undefined, 'ققنوس', undefined]]);
	});

	test('a credit line under a heading: names, then a translator\'s and a house\'s clause by their words', () => {
		expect(facts('<h2>۳. صد سال تنهایی</h2><p>گابریل گارسیا مارکز، با ترجمه‌ی بهمن فرزانه، انتشارات امیرکبیر.</p>'
			+ '<p>یه برگه کنار دستتون بذارید.</p><h2>۴. شازده کوچولو</h2><p>آنتوان دو سنت‌اگزوپری / ترجمه‌ی احمد شاملو</p>',
		'fa')).toEqual([
			['صد سال تنهایی', ['گابریل گارسیا مارکز'], ['بهمن فرزانه'], 'امیرکبیر', undefined],
			['شازده کوچولو', ['آنتوان دو سنت‌اگزوپری'], ['احمد شاملو'], undefined, undefined]]);
	});

	test('a title set apart in a Persian sentence, its author right after it up to a particle', () => {
		expect(facts('<p>امسال <strong>«بوف کور»</strong> صادق هدایت رو تموم کردم و بعدش <strong>«سمفونی مردگان»</strong> '
			+ 'عباس معروفی از نشر ققنوس رو خوندم. <em>کلیدر</em> محمود دولت‌آبادی هم توی لیستمه.</p>', 'fa')).toEqual([
			['بوف کور', ['صادق هدایت'], undefined, undefined, undefined],
			['سمفونی مردگان', ['عباس معروفی'], undefined, 'ققنوس', undefined],
			['کلیدر', ['محمود دولت‌آبادی'], undefined, undefined, undefined]]);
		// (a label set apart is no title: `<b>مترجم:</b> Name و Name`)
		expect(facts('<p><strong>مترجم:</strong> نهضت صالحیان و مهین میلانی</p>', 'fa')).toEqual([]);
	});

	test('a heading\'s title in gershayim before `/ Name`, its facts in sentences (`תרגום: X. הוצאת Y, 2013.`)', () => {
		expect(facts('<h3>1. ״לחשוב מהר, לחשוב לאט״ / דניאל כהנמן</h3><p>תרגום: עדי מרקוזה-הס. הוצאת מטר, 2013.</p>'
			+ '<h3>2. ״שבעת ההרגלים״ / סטיבן ר. קובי</h3><p>הוצאת מטר, 1996. קלישאה? כן.</p>', 'he')).toEqual([
			['לחשוב מהר, לחשוב לאט', ['דניאל כהנמן'], ['עדי מרקוזה-הס'], 'מטר', '2013'],
			['שבעת ההרגלים', ['סטיבן ר. קובי'], undefined, 'מטר', '1996']]);
	});

	// (the academic title itself is no part of the name: round-55-study.test.ts)
	test('a label\'s names end at their sentence\'s stop, not at a title\'s dot before them', () => {
		expect(facts('<h3>Clean Code</h3><p>Author: Anna Nowak. A fine book.</p><h3>Refactoring</h3><p>Author: Dr. Ann '
			+ 'Lee</p>', 'en').map(([title, authors]) => [title, authors])).toEqual([
			['Clean Code', ['Anna Nowak']], ['Refactoring', ['Ann Lee']]]);
	});
});

describe('Hebrew makers', () => {
	test('`בהנחיית` (taught by) anywhere in the clause, a professor\'s title no part of the name; `ההרצאה של X <a>`', () => {
		expect(readPost('<p>🎓 <strong>קורס:</strong> <a href="https://campus.gov.il/course/x/">מבוא לניהול ומנהיגות</a> של '
			+ 'אוניברסיטת תל אביב בקמפוס IL, בהנחיית פרופ׳ מיכל רז. חינמי.</p><p>ההרצאה של סיימון סינק <a href="https://www.'
			+ 'ted.com/talks/simon_sinek_how_great_leaders_inspire_action">How great leaders inspire action</a>. כן.</p>', 'he')
			.map(w => [w.title, w.kind, w.authors])).toEqual([
			['מבוא לניהול ומנהיגות', 'course', ['מיכל רז']],
			['How great leaders inspire action', 'video', ['סיימון סינק']]]);
	});
});

describe('names in two spellings', () => {
	test('`– Name in the page\'s script (Latin Name), House, Year` credits the names as their bearers write them', () => {
		expect(facts('<ul><li><strong>Radical Candor</strong> – קים סקוט (Kim Scott), St. Martin’s Press, 2017.</li>'
			+ '<li><strong>Team Topologies</strong> – מתיו סקלטון ומנואל פאיס (Matthew Skelton, Manuel Pais), IT Revolution, '
			+ '2019.</li></ul>', 'he')).toEqual([
			['Radical Candor', ['Kim Scott'], undefined, 'St. Martin’s Press', '2017'],
			['Team Topologies', ['Matthew Skelton', 'Manuel Pais'], undefined, 'IT Revolution', '2019']]);
	});
});

describe('a chat export\'s link embeds', () => {
	test('an embed naming its author over its title takes no segment of the next message', () => {
		const embed = '<div class="embed-text"><div class="embed-author">PLT Archive</div><div class="embed-title">'
			+ '<a href="https://www.youtube.com/watch?v=x1">Growing a Language</a></div></div>';
		expect(readPost(`<div class="msg"><div class="content">everyone should watch this <a href="https://www.youtube.com/`
			+ `watch?v=x1">https://www.youtube.com/watch?v=x1</a></div>${embed}</div><div class="msg"><div class="content">`
			+ 'start with <em>Lambda: The Ultimate Imperative</em> (Steele &amp; Sussman, 1976)</div></div>')
			.map(w => w.title)).toContain('Lambda: The Ultimate Imperative');
	});
});

describe('a stand-in glossed in brackets', () => {
	const read = (body: string) => readPost(body).map(w => [w.title, w.kind, w.authors, w.url]);

	test('an acronym glossed by the title it abbreviates and its author', () => {
		expect(read('<p>if you drift towards types: TAPL (Types and Programming Languages, Pierce). heavy but good.</p>'))
			.toEqual([['Types and Programming Languages', 'book', ['Pierce'], undefined]]);
		// (not when its letters are not the title's: `MIT (Some Other Words, Name)`)
		expect(read('<p>I studied at MIT (Cambridge Boston Area, Smith) for a year.</p>')).toEqual([]);
	});

	test('a bare address glossed by its page\'s title and author, a word of the title in the address', () => {
		expect(read('<p>and when you finish it, <a href="https://interpreterbook.com/">https://interpreterbook.com/</a> is '
			+ 'a nice second pass in Go (Writing An Interpreter In Go, Thorsten Ball).</p>')).toEqual([
			['Writing An Interpreter In Go', 'book', ['Thorsten Ball'], 'https://interpreterbook.com/']]);
	});

	test('a link opening brackets, its people after a comma to their close', () => {
		expect(readPost('<p>and the book that goes with it (<a href="https://pdos.csail.mit.edu/xv6/book.pdf">xv6: a simple, '
			+ 'Unix-like teaching operating system</a>, Cox, Kaashoek &amp; Morris) is short.</p>').map(w => [w.title, w.authors]))
			.toEqual([['xv6: a simple, Unix-like teaching operating system', ['Cox', 'Kaashoek', 'Morris']]]);
	});

	test('`the Name podcast (Full Name)` is that kind of work by that person', () => {
		expect(read('<p>I read it alongside the Type Theory Forall podcast (Pedro Abreu), which interviews authors.</p>'))
			.toEqual([['Type Theory Forall', 'podcast', ['Pedro Abreu'], undefined]]);
	});
});

describe('the words before a bare address', () => {
	test('after a label\'s colon, a title and its host after `with`', () => {
		expect(readPost('<p>podcast rec for the commute: CoRecursive with Adam Gordon Bell <a href="https://corecursive.com/">'
			+ 'https://corecursive.com/</a> — not only PL</p>').map(w => [w.title, w.kind, w.authors])).toEqual([
			['CoRecursive', 'podcast', ['Adam Gordon Bell']]]);
	});
});

describe('Greek credits', () => {
	const read = (body: string) => readPost(body, 'el').map(w => [w.title, w.kind, w.authors]);

	test('`από τους A, B και C` after a link, `— A και B` after a show, under a heading of courses', () => {
		expect(read('<h2>Μαθήματα</h2><ul><li><a href="https://missing.csail.mit.edu/">The Missing Semester</a> από τους '
			+ 'Anish Athalye, Jon Gjengset και Jose Ortiz (MIT).</li></ul><h2>Podcasts</h2><ul><li><strong><a '
			+ 'href="https://changelog.com/podcast">The Changelog</a></strong> — Adam Stacoviak και Jerod Santo.</li></ul>'))
			.toEqual([['The Missing Semester', 'course', ['Anish Athalye', 'Jon Gjengset', 'Jose Ortiz']],
				['The Changelog', 'podcast', ['Adam Stacoviak', 'Jerod Santo']]]);
	});

	test('an owner in the genitive: after a quoted title (`του Νίκου Αβούρη`), or with its kind before a link', () => {
		expect(read('<ul><li>το μάθημα «Εισαγωγή στην Python» του Νίκου Αβούρη στο <a href="https://mathesis.cup.gr/">'
			+ 'Mathesis</a> είναι δωρεάν.</li></ul><p>το κλασικό άρθρο του Fred Brooks <a href="https://worrydream.com/'
			+ 'refs/nsb.pdf">«No Silver Bullet»</a> (1986).</p>')).toEqual([
			['Εισαγωγή στην Python', 'course', ['Νίκος Αβούρης']], ['No Silver Bullet', 'article', ['Fred Brooks']]]);
	});
});

describe('a label naming the kind of the work after it', () => {
	test('`<b>Kurs:</b> <a>Title</a> auf X, bei Prof. Dr. Name.` is a course its teacher made', () => {
		expect(readPost('<ul><li><b>Kurs:</b> <a href="https://open.hpi.de/courses/java-oop2024">Objektorientierte '
			+ 'Programmierung in Java</a> auf openHPI, bei Prof. Dr. Anja Weber. Kostenlos, mit Zertifikat.</li></ul>', 'de')
			.map(w => [w.title, w.kind, w.authors])).toEqual([
			['Objektorientierte Programmierung in Java', 'course', ['Anja Weber']]]);
	});

	test('`<a>Title</a> – der Podcast von A und B` credits its hosts', () => {
		expect(readPost('<ul><li><b>Podcast:</b> <a href="https://kaffeeundcode.de/">Kaffee und Code</a> – der Podcast von '
			+ 'Jana Fischer und Tobias Brandt. Jede Woche.</li></ul>', 'de').map(w => [w.title, w.kind, w.authors]))
			.toEqual([['Kaffee und Code', 'podcast', ['Jana Fischer', 'Tobias Brandt']]]);
	});
});

describe('a talk cited speaker first', () => {
	test('`Name, <a>Title</a> (Venue Year)` credits the speaker, dated by the venue\'s year', () => {
		expect(readPost('<h2>Talks to watch</h2><ul><li>Bryan Cantrill, <a href="https://www.youtube.com/watch?v=30jNsCVLpAE">'
			+ 'Debugging Under Fire</a> (GOTO Chicago 2017). Funny.</li><li>Rich Hickey, <a href="https://www.infoq.com/'
			+ 'presentations/Simple-Made-Easy/">Simple Made Easy</a> (Strange Loop 2011). Not about ops.</li></ul>')
			.map(w => [w.title, w.authors, w.publishedAt])).toEqual([
			['Debugging Under Fire', ['Bryan Cantrill'], '2017'], ['Simple Made Easy', ['Rich Hickey'], '2011']]);
	});
});
