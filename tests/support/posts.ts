/**
 * A generated post listing `n` linked books, one list item each (the seed post's shape): for the hostile test
 * and the bench.
 */
export function linkedPost(n: number): string {
	const items = Array.from({length: n}, (_, i) => `<li><a href="https://book.douban.com/subject/${1_000_000 + i}/">Book number ${i}</a> by Jane Doe, O'Reilly, 2019</li>`);
	return `<title>Reading list</title><article><h1>Reading list</h1><h2>Books</h2><ul>${items.join('')}</ul></article>`;
}
