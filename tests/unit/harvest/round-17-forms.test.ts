import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('a thread of one post per work', () => {
	test('`N/ Speaker, “Title” (Venue Year).` names a talk; the address alone under it is its page', () => {
		expect(read('<p>2/ Ada Quinn, “Growing a Garden” (PLCon 1998). Watch it before reading about it.</p>'
			+ '<p><a href="https://www.youtube.com/watch?v=abc123"><span class="invisible">https://www.</span>'
			+ '<span class="ellipsis">youtube.com/watch?v=abc</span><span class="invisible">123</span></a></p>'
			+ '<p>3/ Ben Ortiz, “Debugging by Hand” (Clojure/conj 2015). No link handy, search for it.</p>'))
			.toMatchObject([
				{title: 'Growing a Garden', url: 'https://www.youtube.com/watch?v=abc123', kind: 'video',
					authors: ['Ada Quinn'], publishedAt: '1998'},
				{title: 'Debugging by Hand', url: undefined, kind: 'video', authors: ['Ben Ortiz'],
					publishedAt: '2015'},
			]);
	});
});

describe('a Taiwanese booklist\'s labels', () => {
	test('`<br>`-broken `作者：`, `譯者：`, `出版日期：2019/06/01` under a numbered heading: ‧ names, a translator, the day', () => {
		expect(read('<h2>1.《小習慣的力量》</h2><p>作者：約翰‧史密斯<br>譯者：王小明<br>出版社：遠流<br>'
			+ '出版日期：2019/06/01</p><p>老生常談但真的有用。</p>', 'zh-TW'))
			.toMatchObject([{title: '小習慣的力量', kind: 'book', authors: ['約翰‧史密斯'],
				contributors: [{name: '王小明', role: 'translator'}], publisher: '遠流', publishedAt: '2019-06-01'}]);
	});
});
