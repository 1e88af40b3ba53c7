import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

describe('a German comment under a book’s heading naming its translators in a sentence', () => {
	test('`ist von A übersetzt`, `Übersetzt hat es A.`, `Übersetzung: A und B.`; not a name that is none', () => {
		const facts = readPost(['Die Kunst der Statistik – Ann Lee', 'Storytelling mit Daten – Bob Kurz',
			'Angriff der Algorithmen – Eva Roth', 'Deep Learning mit Python – Jon Ganz'].map((title, n) => `<h2>${n + 1}. `
			+ `${title}</h2><p>${['Ein gutes Buch. Die 2. Auflage ist von Marcus Fraaß übersetzt und liest sich flüssig.',
			'Klar geschrieben. Übersetzt hat es Frank Langenau.', 'Achte auf die 3. Auflage. Übersetzung: Kristian Rother '
				+ 'und Thomas Demmig.', 'Das Buch ist von Grund auf übersetzt worden.'][n]}</p><p>Verlag: mitp · Erschienen: `
			+ '2018</p>').join(''), 'de').map(w => [w.title, w.contributors?.map(c => `${c.role}:${c.name}`)]);
		expect(facts).toEqual([
			['Die Kunst der Statistik', ['translator:Marcus Fraaß']],
			['Storytelling mit Daten', ['translator:Frank Langenau']],
			['Angriff der Algorithmen', ['translator:Kristian Rother', 'translator:Thomas Demmig']],
			['Deep Learning mit Python', undefined],
		]);
	});
});

describe('a German byline running on with where the work is given', () => {
	test('`<a>Course</a> von Andrew Ng auf Coursera`, `von A bei Udemy`: the names end before `auf`, `bei`', () => {
		expect(readPost('<h2>Bonus</h2><ul><li>Der Kurs <strong><a href="https://www.coursera.org/specializations/ml">'
			+ 'Machine Learning Specialization</a></strong> von Andrew Ng auf Coursera. Neu aufgelegt.</li><li>Der Kurs '
			+ '<strong><a href="https://www.udemy.com/course/python-bootcamp/">Python Bootcamp</a></strong> von Jose '
			+ 'Portilla bei Udemy. Gut.</li></ul>', 'de').map(w => [w.title, w.kind, w.authors])).toEqual([
			['Machine Learning Specialization', 'course', ['Andrew Ng']],
			['Python Bootcamp', 'course', ['Jose Portilla']],
		]);
	});
});
