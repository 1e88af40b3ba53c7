import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('round 57: a Japanese thread\'s lines', () => {
	test('lines bulleted with a katakana middle dot under a label are a list (`■詰将棋<br>・『Title』Name`)', () => {
		const works = readPost('<div>■詰将棋<br>・『1手詰ハンドブック』浦野真彦<br>・『3手詰ハンドブック』浦野真彦</div>', 'ja');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['1手詰ハンドブック', ['浦野真彦']], ['3手詰ハンドブック', ['浦野真彦']],
		]);
	});
	test('a list\'s line closing on a name whose given name is in katakana names its author (`・『Title』金子タカシ`)', () => {
		const works = readPost('<div>■寄せ<br>・『寄せの手筋200』金子タカシ<br>・『美濃崩し200』金子タカシ</div>', 'ja');
		expect(works.map(w => [w.title, w.authors])).toEqual([
			['寄せの手筋200', ['金子タカシ']], ['美濃崩し200', ['金子タカシ']],
		]);
	});
});
