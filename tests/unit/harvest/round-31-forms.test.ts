import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

describe('a table of books credited as Chinese catalogues credit them', () => {
	test('a translators\' column of its own, and `出版社 / 年份` read as the publisher and the year', () => {
		expect(facts(`<h2>书单</h2><table><thead><tr><th>书名</th><th>作者</th><th>译者</th><th>出版社 / 年份</th>
			<th>评价</th></tr></thead><tbody>
			<tr><td>《数据库系统内幕》</td><td>Alex Petrov</td><td>黄鹏程、傅宇</td><td>机械工业出版社，2020</td><td>好</td></tr>
			<tr><td>《MySQL技术内幕》</td><td>姜承尧</td><td>—</td><td>机械工业出版社，2013</td><td>好</td></tr>
			</tbody></table>`, 'zh')).toEqual([
			['数据库系统内幕', ['Alex Petrov'], [{name: '黄鹏程', role: 'translator'}, {name: '傅宇', role: 'translator'}],
				'机械工业出版社', '2020'],
			['MySQL技术内幕', ['姜承尧'], undefined, '机械工业出版社', '2013'],
		]);
	});

	test('one people\'s column crediting each name by the role after it (`A 著；B 译`, `A、B 等著`), `出版信息`', () => {
		expect(facts(`<h2>书单</h2><table><thead><tr><th>书名</th><th>作者 / 译者</th><th>出版信息</th></tr></thead>
			<tbody><tr><td>《Kubernetes in Action中文版》</td><td>[美] Marko Lukša 著；张三 译</td><td>电子工业出版社，2019</td></tr>
			<tr><td>《Kubernetes权威指南》</td><td>龚正、吴治辉 等著</td><td>电子工业出版社，2021</td></tr></tbody></table>`,
		'zh')).toEqual([
			['Kubernetes in Action中文版', ['Marko Lukša'], [{name: '张三', role: 'translator'}], '电子工业出版社', '2019'],
			['Kubernetes权威指南', ['龚正', '吴治辉'], undefined, '电子工业出版社', '2021'],
		]);
	});
});

describe('a numbered title alone over its credit', () => {
	test('the paragraph under `1.《Title》` opening `A 著，出版社，2016 年。` is its credit; a team named by its role', () => {
		expect(facts(`<h2>一、基础</h2><p>先打基础。</p><p><strong>1.《Docker——容器与容器云（第2版）》</strong></p>
			<p>浙江大学SEL实验室 著，人民邮电出版社，2016 年。<br> 书有点老了，但原理讲得扎实。</p>
			<p><strong>2.《Kubernetes in Action中文版》</strong></p>
			<p>[美] Marko Lukša 著，七牛容器云团队 译，电子工业出版社，2019 年。<br> 讲得清楚。</p>`, 'zh')).toEqual([
			['Docker——容器与容器云（第2版）', ['浙江大学SEL实验室'], undefined, '人民邮电出版社', '2016'],
			['Kubernetes in Action中文版', ['Marko Lukša'], [{name: '七牛容器云团队', role: 'translator'}], '电子工业出版社',
				'2019'],
		]);
	});

	test('a paragraph under it that opens with a sentence is no credit', () => {
		expect(facts(`<h2>一、基础</h2><p><strong>1.《Docker——容器与容器云》</strong></p>
			<p>我觉得这本书很好，人民邮电出版社出的。</p>`, 'zh')).toEqual([
			['Docker——容器与容器云', undefined, undefined, undefined, undefined],
		]);
	});
});

describe('a table\'s title cell with its imprint in brackets', () => {
	test('`<a>Title</a> (House, Year)` is the linked title, the house its publisher, the year its date', () => {
		expect(facts(`<h2>Textbooks</h2><table><thead><tr><th>Book</th><th>Authors</th><th>Notes</th></tr></thead>
			<tbody><tr><td><a href="https://nlp.stanford.edu/IR-book/"><em>Introduction to Information Retrieval</em></a>
			(Cambridge University Press, 2008)</td><td>Christopher D. Manning, Prabhakar Raghavan, Hinrich Schütze</td>
			<td>Main text</td></tr></tbody></table>`)).toEqual([
			['Introduction to Information Retrieval', ['Christopher D. Manning', 'Prabhakar Raghavan', 'Hinrich Schütze'],
				undefined, 'Cambridge University Press', '2008'],
		]);
	});
});
