import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const people = (html: string, lang = 'en') => readPost(`<p>${html}</p>`, lang).map(w => [w.title, w.authors,
	w.publisher]);

describe('a title set apart, its authors named right before it', () => {
	test('after a lowercase word or a comma, the title closing its clause', () => {
		expect(people('Also, if you want to feel it, Anthony Burgess <i>The Malayan Trilogy</i>. It is a novel.'))
			.toEqual([['The Malayan Trilogy', ['Anthony Burgess'], undefined]]);
		expect(people('Si quieres equilibrar lee a Stanley G. Payne, <b>40 preguntas fundamentales</b>. Va al grano.',
			'es')).toEqual([['40 preguntas fundamentales', ['Stanley G. Payne'], undefined]]);
	});
	test('several names, a list of them', () => {
		expect(people('Before the seminar, read Dan Jurafsky and James H. Martin, <em>Speech and Language Processing</em> '
			+ '(3rd ed. draft, 2025), chapter 9.')).toEqual([['Speech and Language Processing',
			['Dan Jurafsky', 'James H. Martin'], undefined]]);
		expect(people('The protocol came first:\n Mark Belshe, Roberto Peon, "SPDY Protocol - Draft 3.1", September 2013.'))
			.toEqual([['SPDY Protocol - Draft 3.1', ['Mark Belshe', 'Roberto Peon'], undefined]]);
	});
	test('in quotation marks too, anywhere in a sentence', () => {
		expect(people('І ще Енді Гроув, «Високоефективний менеджмент». Вона є українською.', 'uk'))
			.toEqual([['Високоефективний менеджмент', ['Енді Гроув'], undefined]]);
		expect(people('Für die Praxis: Charles Platt, "Make: Elektronik" (dpunkt.verlag). Ein Experimentierbuch.', 'de'))
			.toEqual([['Make: Elektronik', ['Charles Platt'], undefined]]);
	});
	test('German names the owner in the genitive', () => {
		expect(people('Der Klassiker ist Ahasver von Brandts <em>Werkzeug des Historikers</em> – ein Bändchen.', 'de'))
			.toEqual([['Werkzeug des Historikers', ['Ahasver von Brandt'], undefined]]);
	});
	test('words opening a sentence with nothing between are no names, nor a translator after an earlier title', () => {
		expect(people('Im Original <em>Fundamentals of Software Architecture</em>. Die Kapitel sind gut.', 'de'))
			.toEqual([]);
		expect(people('Nimm «Das Buch», übersetzt von Anna Berg, «Verlag Nord». Sehr gut.', 'de')
			.filter(([title]) => title === 'Verlag Nord')).toEqual([]);
	});
	test('nor initials alone, nor a name on the line above', () => {
		expect(people('See Parlett, B. N. <i>The Symmetric Eigenvalue Problem</i>. A classic.')).toEqual([]);
		expect(people('Ms. Okafor and Mrs. Baptiste<br><em>Grade 8 English</em>')).toEqual([]);
	});
});

describe('a title set apart, its people alone in the bracket after it', () => {
	test('two or more names, a house maybe closing them', () => {
		expect(people('Daarna <b>The Bogleheads\' Guide to Investing</b> (Taylor Larimore, Mel Lindauer, Michael '
			+ 'LeBoeuf). Iets praktischer.', 'nl')).toEqual([['The Bogleheads\' Guide to Investing',
			['Taylor Larimore', 'Mel Lindauer', 'Michael LeBoeuf'], undefined]]);
		expect(people('Nie ma nic lepszego niż <i>The Backyard Astronomer\'s Guide</i> (Terence Dickinson, Alan Dyer, '
			+ 'Firefly Books). Jest tam wszystko.', 'pl')).toEqual([['The Backyard Astronomer\'s Guide',
			['Terence Dickinson', 'Alan Dyer'], 'Firefly Books']]);
	});
	test('one name and words that are no house are no credit', () => {
		expect(people('I loved <i>Piranesi</i> (Susanna Clarke, the audiobook). Eerie.')).toEqual([]);
	});
});
