import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('Chinese posts: a book in a section of tools, a prose `BY`, where to listen, who hosts', () => {
	test('a credit line naming its translator and house makes the heading’s work a book under `工具`', () => {
		expect(readPost('<h2>二、工具：SQL 和 Python</h2><h3>《SQL 必知必会（第 5 版）》</h3><p>Ben Forta 著，钟鸣、刘晓霞 译，'
			+ '人民邮电出版社，2020 年</p><p>面试前被前辈推荐的书，两个周末就能读完。它不讲窗口函数，但把 SELECT、JOIN、GROUP BY 这些'
			+ '日常会用到的东西讲得非常扎实。</p>', 'zh').map(w => [w.title, w.kind, w.authors])).toEqual([
			['SQL 必知必会（第 5 版）', 'book', ['Ben Forta']],
		]);
	});

	test('`收听地址：<a>小宇宙</a>` is where to hear the show the line names; `：泓君主持的…播客` its host', () => {
		expect(readPost('<h2>播客</h2><ul><li><strong>《硅谷101》</strong>：泓君主持的科技播客，很多期会聊到推荐算法。收听地址：'
			+ '<a href="https://www.xiaoyuzhoufm.com/podcast/5e5c">小宇宙</a></li><li><strong>《Data Skeptic》</strong>：'
			+ 'Kyle Polich 主持的英文播客，每期聊一个数据科学话题。</li></ul>', 'zh')
			.map(w => [w.title, w.kind, w.authors, w.url])).toEqual([
			['硅谷101', 'podcast', ['泓君'], 'https://www.xiaoyuzhoufm.com/podcast/5e5c'],
			['Data Skeptic', 'podcast', ['Kyle Polich'], undefined],
		]);
	});
});
