import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('a list\'s cards whose parts are classed', () => {
	test('a numbered title and a byline with its by-word (BookWyrm\'s list) are one record', () => {
		const card = (n: number, title: string, author: string) => `<li><div class="card"><div class="column">
			<p class="book-title"><span>${n}.</span> <a href="/book/${n}/s/x">${title}</a></p>
			<p class="book-authors">by <a class="author" href="/author/${n}">${author}</a></p>
			<p><span class="stars">★★★★☆</span></p></div></div></li>`;
		expect(readPost(`<ol>${card(1, 'The Ministry for the Future', 'Kim Stanley Robinson')}
			${card(2, 'A Psalm for the Wild-Built', 'Becky Chambers')}</ol>`).map(w => [w.title, w.authors])).toEqual([
			['The Ministry for the Future', ['Kim Stanley Robinson']], ['A Psalm for the Wild-Built', ['Becky Chambers']]]);
	});
});

describe('Dutch by-words', () => {
	test('`<strong>Title</strong> van Name (House, Year)` credits Name', () => {
		expect(readPost('<p><strong>De avond is ongemak</strong> van Marieke Lucas Rijneveld (Atlas Contact, 2018). Ik had '
			+ 'het jaren laten liggen.</p><p><strong>Tirza</strong> van Arnon Grunberg (Nijgh &amp; Van Ditmar, 2006).</p>', 'nl')
			.map(w => [w.title, w.authors, w.publisher, w.publishedAt])).toEqual([
			['De avond is ongemak', ['Marieke Lucas Rijneveld'], 'Atlas Contact', '2018'],
			['Tirza', ['Arnon Grunberg'], 'Nijgh & Van Ditmar', '2006']]);
	});
});
