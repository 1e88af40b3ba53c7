import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors?.map(c => `${c.role}:${c.name}`), w.publisher, w.publishedAt]);

describe('a name list parted by a word for `and` only where that word stands alone among letters of any script', () => {
	test('`Renée Mauborgne`, `Phương Thúy`: an accented letter before a final `e` or `y` keeps it in the name', () => {
		expect(facts('<h3>Chiến Lược Đại Dương Xanh</h3><p><i>Tác giả: W. Chan Kim, Renée Mauborgne | Dịch giả: Phương Thúy</i></p>'
			+ '<p>Sách nền tảng.</p><h3>Con Bò Tía</h3><p><i>Tác giả: Ann Lee</i></p><p>Hay.</p>', 'vi'))
			.toEqual([
				['Chiến Lược Đại Dương Xanh', ['W. Chan Kim', 'Renée Mauborgne'], ['translator:Phương Thúy'], undefined,
					undefined],
				['Con Bò Tía', ['Ann Lee'], undefined, undefined, undefined],
			]);
	});
});

describe('a Vietnamese credit line names its house with the word for publishing house (`NXB`, `Nhà xuất bản`)', () => {
	test('`Tác giả: A | Dịch giả: B | NXB Lao Động – Xã Hội, 2018`: the house whole, and its year', () => {
		expect(facts('<h3>Tiếp thị 4.0</h3><p><i>Tác giả: Ann Lee | Dịch giả: Thu Hằng | NXB Lao Động – Xã Hội, 2018</i>'
			+ '</p><p>Sách hay.</p><h3>Định Vị</h3><p><i>Tác giả: Bob Tran | Nhà xuất bản Trẻ, 2017</i></p><p>Hay.</p>',
		'vi')).toEqual([
			['Tiếp thị 4.0', ['Ann Lee'], ['translator:Thu Hằng'], 'NXB Lao Động – Xã Hội', '2018'],
			['Định Vị', ['Bob Tran'], undefined, 'Nhà xuất bản Trẻ', '2017'],
		]);
	});
});

describe('a labelled publisher of two houses parted by a spaced slash', () => {
	test('`Verlag: O’Reilly / dpunkt.verlag · Erschienen: 2021`: both houses; not a labelled or dated field after it',
		() => {
			expect(facts('<h2>1. Die Kunst der Statistik – Ann Lee</h2><p>Gut.</p><p>Verlag: O’Reilly / dpunkt.verlag · Erschienen: 2021 '
				+ '(2. Auflage) · 376 Seiten</p><h2>2. Storytelling mit Daten – Bob Kurz</h2><p>Gut.</p><p>Verlag: mitp / Seiten: 400 · '
				+ 'Erschienen: 2018</p><h2>3. Angriff der Algorithmen – Eva Roth</h2><p>Gut.</p><p>Verlag: Hanser / 2017</p>', 'de'))
				.toEqual([
					['Die Kunst der Statistik', ['Ann Lee'], undefined, 'O’Reilly / dpunkt.verlag', '2021'],
					['Storytelling mit Daten', ['Bob Kurz'], undefined, 'mitp', '2018'],
					['Angriff der Algorithmen', ['Eva Roth'], undefined, 'Hanser', '2017'],
				]);
		});
});
