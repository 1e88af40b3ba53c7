import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors?.map(c => `${c.role}:${c.name}`), w.publisher, w.publishedAt, w.url]);

describe('a credit line under a heading `Title — Author`: house, year, translator in the post’s words', () => {
	test('Swahili: `Mchapishaji:`, a kind word set apart, `Imetafsiriwa na X`; the line is no work of its own', () => {
		expect(facts('<h2>1. Jua Kali — Ann Moyo</h2><p><em>Mchapishaji: Mkuki na Nyota, 1999</em></p><p>Riwaya nzuri sana.'
			+ '</p><h2>2. Safari Ndefu — Bob Juma</h2><p><em>Tamthilia · Longhorn Publishers, 2004</em></p><p>Fupi.</p>'
			+ '<h2>3. Bahari — Carl Otieno</h2><p><em>Riwaya, 1972</em></p><p>Nzuri.</p><h2>4. Mfalme Lear — William '
			+ 'Shakespeare</h2><p><em>Imetafsiriwa na Julius K. Nyerere · Oxford University Press, 1969</em></p><p>Ndiyo.</p>',
		'sw')).toEqual([
			['Jua Kali', ['Ann Moyo'], undefined, 'Mkuki na Nyota', '1999', undefined],
			['Safari Ndefu', ['Bob Juma'], undefined, 'Longhorn Publishers', '2004', undefined],
			['Bahari', ['Carl Otieno'], undefined, undefined, '1972', undefined],
			['Mfalme Lear', ['William Shakespeare'], ['translator:Julius K. Nyerere'], 'Oxford University Press', '1969',
				undefined],
		]);
	});
	test('Uzbek: credit sentences opening the paragraph (`Tarjimon: X. House, 2022-yil.`), the comment after them', () => {
		expect(facts('<h3>1. “Atom odatlar” — Jeyms Klir</h3><p>Tarjimon: Ali Valiyev. Asaxiy Books, 2022-yil.</p>'
			+ '<p>Yaxshi kitob.</p><h3>2. Clean Code — Robert C. Martin</h3><p>Inglizcha, Prentice Hall, 2008. Afsuski hali '
			+ 'tarjima qilinmagan.</p><h3>3. “O‘tkan kunlar” — Abdulla Qodiriy</h3><p>Birinchi nashri 1926-yil. Ha, roman!</p>',
		'uz')).toEqual([
			['Atom odatlar', ['Jeyms Klir'], ['translator:Ali Valiyev'], 'Asaxiy Books', '2022', undefined],
			['Clean Code', ['Robert C. Martin'], undefined, 'Prentice Hall', '2008', undefined],
			['O‘tkan kunlar', ['Abdulla Qodiriy'], undefined, undefined, '1926', undefined],
		]);
	});
	test('not a sentence of comment with a year in it, nor a Korean credit by the role after the name', () => {
		expect(facts('<h3>1. Deep Work — Cal Newport</h3><p>I read it in 2019 and it changed how I work.</p>'
			+ '<h3>2. Sapiens — Yuval Noah Harari</h3><p>조현욱 옮김, 김영사, 2015. 좋은 책.</p>', 'en'))
			.toEqual([
				['Deep Work', ['Cal Newport'], undefined, undefined, undefined, undefined],
				['Sapiens', ['Yuval Noah Harari'], ['translator:조현욱'], '김영사', '2015', undefined],
			]);
	});
});

describe('Bengali: a post of `<br>` lines, numbered in Bengali digits, bold `Title — Author` over a credit line', () => {
	test('names in Bengali script, years in Bengali digits, `প্রকাশক:`/`অনুবাদ:` labels, the store link under it', () => {
		expect(facts('<div>ভূমিকা।<br><br><strong>১. খোয়াবনামা — আখতারুজ্জামান ইলিয়াস</strong><br>প্রকাশক: ইউনিভার্সিটি প্রেস '
			+ 'লিমিটেড (ইউপিএল), প্রথম প্রকাশ ১৯৯৬<br>তেভাগা আন্দোলন আর দেশভাগের প্রেক্ষাপটে মানুষের স্বপ্ন আর দুঃস্বপ্ন।<br>'
			+ '<a href="https://www.rokomari.com/book/2371/khoabnama">রকমারিতে দেখুন</a><br><br><strong>২. সেই সময় — সুনীল '
			+ 'গঙ্গোপাধ্যায়</strong><br>আনন্দ পাবলিশার্স, কলকাতা, ১৯৮১ (দুই খণ্ড)<br>উনিশ শতকের কলকাতা, নবীনকুমার আর বিদ্যাসাগরের '
			+ 'যুগ।<br><br><strong>৩. নিঃসঙ্গতার একশ বছর — গাব্রিয়েল গার্সিয়া মার্কেস</strong><br>অনুবাদ: জি এইচ হাবীব, সন্দেশ, '
			+ '২০০৪<br>তালিকায় একটা অনুবাদ রাখতেই হলো, অনুবাদ এত সাবলীল যে মনে হয় আমাদের শহর।</div>', 'bn')).toEqual([
			['খোয়াবনামা', ['আখতারুজ্জামান ইলিয়াস'], undefined, 'ইউনিভার্সিটি প্রেস লিমিটেড', '1996',
				'https://www.rokomari.com/book/2371/khoabnama'],
			['সেই সময়', ['সুনীল গঙ্গোপাধ্যায়'], undefined, 'আনন্দ পাবলিশার্স', '1981', undefined],
			['নিঃসঙ্গতার একশ বছর', ['গাব্রিয়েল গার্সিয়া মার্কেস'], ['translator:জি এইচ হাবীব'], 'সন্দেশ', '2004', undefined],
		]);
	});
});
