/**
 * A reading list as a person keeps one: a book with a cover, a course under way, a translated book known only by its
 * ISBN, a repository. `patterns` gives the first book a page and a cover (the showcase serves both).
 */
export function showcaseWorks(patterns: {url?: string; image?: string} = {}) {
	return [
		{title: 'Kubernetes Patterns', kind: 'book', authors: ['Bilgin Ibryam', 'Roland Huß'], ...patterns,
			publisher: "O'Reilly", publishedAt: '2023-03', topics: ['kubernetes'], status: 'want'},
		{title: '深入剖析 Kubernetes', kind: 'course', authors: ['张磊'], url: 'https://time.geekbang.org/column/intro/116',
			provider: '极客时间', topics: ['kubernetes', 'cloud-native'], status: 'reading',
			progress: {done: 12, total: 45, unit: 'lesson'}},
		{title: '云原生模式', kind: 'book', authors: ['Cornelia Davis'], contributors: [{name: '张若飞', role: 'translator'}],
			isbn: ['9787121391972'], publisher: '电子工业出版社', publishedAt: '2020-07', topics: ['cloud-native'],
			status: 'want'},
		{title: 'Kubernetes Handbook', kind: 'repository', authors: ['Jimmy Song'], url: 'https://github.com/rootsongjc/kubernetes-handbook',
			topics: ['kubernetes'], status: 'done', rating: 5},
	];
}
