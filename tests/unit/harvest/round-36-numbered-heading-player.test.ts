import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const read = (body: string) => readPost(body, 'sw').map(w => [w.title, w.kind, w.authors, w.url]);

describe('a numbered heading right after a video player is the list’s next item, no caption of the video', () => {
	test('`<iframe>` closing one section, then `<h2>2. Title — Name</h2>`: the heading is a book of its own', () => {
		expect(read('<h2>1. Kiu — Ann Moyo</h2><p>Nzuri. Tazama <a href="https://www.youtube.com/watch?v=Qm4vL2x8TtE">'
			+ 'Uchambuzi wa Kiu</a>.</p><iframe src="https://www.youtube-nocookie.com/embed/Qm4vL2x8TtE"></iframe>'
			+ '<h2>2. Mabepari wa Venisi — William Shakespeare</h2><p>Ndiyo, kwa Kiswahili.</p>')).toEqual([
			['Kiu', 'book', ['Ann Moyo'], undefined],
			['Uchambuzi wa Kiu', 'video', undefined, 'https://www.youtube.com/watch?v=Qm4vL2x8TtE'],
			['Mabepari wa Venisi', 'book', ['William Shakespeare'], undefined],
		]);
	});
});
