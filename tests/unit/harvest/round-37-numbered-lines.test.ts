import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string) => readPost(body).map(w => [w.title, w.authors, w.publisher, w.publishedAt]);

describe('a list written as numbered lines a blank line apart, each work and its comment on one line', () => {
	test('`<b>1.</b> Name — <i>Title. Subtitle</i>. House, Year: comment`; `Name, <i>Title: Subtitle</i> (House, Year)`',
		() => {
			expect(facts('<b>I. The big picture</b><br><br><b>1.</b> George Bournoutian — <i>A Concise History. The '
				+ 'Armenian People</i>. Mazda Publishers, 2006 (5th ed.): If you read one book, read this.<br><br><b>2.</b> '
				+ 'Ronald Grigor Suny, <i>Looking Toward Ararat: Armenia in Modern History</i> (Indiana University Press, '
				+ '1993): the modern period, asked boldly.<br><br>')).toEqual([
				['A Concise History. The Armenian People', ['George Bournoutian'], 'Mazda Publishers', '2006'],
				['Looking Toward Ararat: Armenia in Modern History', ['Ronald Grigor Suny'], 'Indiana University Press',
					'1993'],
			]);
		});

	test('numbered lines of prose, no work set apart, stay prose', () => {
		expect(facts('<b>1.</b> Install Node, then open a terminal and run the first command.<br><br><b>2.</b> Open '
			+ 'the folder, Visual Studio Code: read the README first.<br><br>')).toEqual([]);
	});
});
