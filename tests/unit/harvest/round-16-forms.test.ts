import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('store and list tiles', () => {
	test('the authors alone on the line under a heading linked on its whole title are its people', () => {
		expect(read('<p class="curator">A list by <a href="/lists/ann-lee">Ann Lee</a>, editor</p>'
			+ '<h3><a href="https://bookshop.org/p/books/the-manager-s-path/1">The Manager\'s Path</a></h3>'
			+ '<p>Camille Fournier</p><p>$29.99</p><div><a href="/cart/add/1">Add to cart</a></div>'
			+ '<h3><a href="https://bookshop.org/p/books/team-topologies/2">Team Topologies</a></h3>'
			+ '<p>Matthew Skelton, Manuel Pais</p><p>$35.99</p><div><a href="/cart/add/2">Add to cart</a></div>'))
			.toMatchObject([
				{title: 'The Manager\'s Path', kind: 'book', authors: ['Camille Fournier']},
				{title: 'Team Topologies', kind: 'book', authors: ['Matthew Skelton', 'Manuel Pais']},
			]);
	});
});

describe('quoted titles with their people before them', () => {
	test('a list written author first, the title in «» after a dash or none, then `(Publisher, Year)`', () => {
		expect(read('<ol><li>Роберт Мартин — «Чистый код. Создание, анализ и рефакторинг» (Питер, 2019). Классика.</li>'
			+ '<li>Эндрю Таненбаум, Херберт Бос «Современные операционные системы» (Питер, 2015)</li></ol>', 'ru'))
			.toMatchObject([
				{title: 'Чистый код. Создание, анализ и рефакторинг', kind: 'book', authors: ['Роберт Мартин'],
					publisher: 'Питер', publishedAt: '2019'},
				{title: 'Современные операционные системы', kind: 'book', authors: ['Эндрю Таненбаум', 'Херберт Бос'],
					publisher: 'Питер', publishedAt: '2015'},
			]);
	});

	test('a title in quotation marks owned by a full name in a sentence, a venue\'s year after it', () => {
		expect(read('<p>And one I can\'t find a good recording of any more: Joe Armstrong\'s “The Mess We\'re In” '
			+ '(Strange Loop 2014). Send me a link if you have one.</p>'))
			.toMatchObject([{title: 'The Mess We\'re In', authors: ['Joe Armstrong'], publishedAt: '2014'}]);
	});

	test('a word in quotation marks after a name in running text is no work', () => {
		expect(read('<p>As Kent Beck said, “Make it work, make it right, make it fast”, and that was that.</p>'))
			.toEqual([]);
	});
});
