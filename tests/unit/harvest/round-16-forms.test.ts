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
