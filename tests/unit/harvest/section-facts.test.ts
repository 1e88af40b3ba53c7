import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a heading\'s work takes the labelled facts of its section', () => {
	test('Turkish labels in a list after a paragraph, a label no list knows among them', () => {
		expect(read('<h2>1. Sessiz Bahçe – Ada Quinn</h2><p>Bu kitabı çok sevdim, herkese öneririm, okunması kolay.</p>'
			+ '<ul><li><strong>Orijinal adı:</strong> The Quiet Garden</li><li><strong>Çevirmen:</strong> Ali Kaya</li>'
			+ '<li><strong>Yayınevi:</strong> Deniz Yayınları</li><li><strong>Sayfa sayısı:</strong> 432</li>'
			+ '<li><strong>Basım yılı:</strong> 2019</li></ul><h2>2. Liman Işıkları – Ben Ortiz</h2><p>Uzun ama değer.</p>',
		'tr')).toEqual([
			{title: 'Sessiz Bahçe', url: undefined, kind: 'book', authors: ['Ada Quinn'],
				contributors: [{name: 'Ali Kaya', role: 'translator'}], publisher: 'Deniz Yayınları',
				publishedAt: '2019'},
			{title: 'Liman Işıkları', url: undefined, kind: 'book', authors: ['Ben Ortiz'], contributors: undefined,
				publisher: undefined, publishedAt: undefined}]);
	});

	test('a table of label and value rows under an unlinked heading numbered with its list', () => {
		expect(read('<h2>1. Sessiz Bahçe – Ada Quinn</h2><p>Kısa bir roman.</p><h2>2. Liman Işıkları</h2>'
			+ '<p>Bu kitap belli bir dil öğretmiyor, nasıl düşünüleceğini anlatıyor.</p><table><tbody>'
			+ '<tr><td><strong>Yazar</strong></td><td>Ben Ortiz, Cleo Hart</td></tr>'
			+ '<tr><td><strong>Çeviri</strong></td><td>Ali Kaya</td></tr>'
			+ '<tr><td><strong>Yayınevi</strong></td><td>Deniz Yayınları</td></tr>'
			+ '<tr><td><strong>Yıl</strong></td><td>2021</td></tr></tbody></table>'
			+ '<h2>3. Kıyıda – Cleo Hart</h2><p>Yaz için.</p>', 'tr'))
			.toMatchObject([{title: 'Sessiz Bahçe', authors: ['Ada Quinn']},
				{title: 'Liman Işıkları', authors: ['Ben Ortiz', 'Cleo Hart'],
					contributors: [{name: 'Ali Kaya', role: 'translator'}], publisher: 'Deniz Yayınları',
					publishedAt: '2021'}, {title: 'Kıyıda', authors: ['Cleo Hart']}]);
	});
});
