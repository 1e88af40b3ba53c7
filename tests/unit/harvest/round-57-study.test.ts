import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('round 57: a Japanese thread\'s lines', () => {
	test('lines bulleted with a katakana middle dot under a label are a list (`■詰将棋<br>・『Title』Name`)', () => {
		const works = readPost('<div>■詰将棋<br>・『1手詰ハンドブック』浦野真彦<br>・『3手詰ハンドブック』浦野真彦</div>', 'ja');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['1手詰ハンドブック', ['浦野真彦']], ['3手詰ハンドブック', ['浦野真彦']],
		]);
	});
});
