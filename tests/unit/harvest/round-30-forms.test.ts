import {describe, expect, test} from 'vitest';
import {readPost} from './read-post.ts';

const facts = (body: string, lang?: string) => readPost(body, lang)
	.map(w => [w.title, w.authors, w.contributors, w.publisher, w.publishedAt]);

describe('a credit stacked in blocks under a title', () => {
	test('a block of names and a block `Publisher, Year` under a heading are its work\'s (a staff pick\'s card)', () => {
		expect(facts(`<h2>Siri anbefaler</h2><p>Bibliotekar, voksenavdelingen</p>
			<h3><a href="https://bib.example/m2?tnr=1">De usynlige</a></h3><p>Roy Jacobsen</p><p>Cappelen Damm, 2013</p>
			<p>Familien Barrøy på en liten øy.</p>
			<h3><a href="https://bib.example/m2?tnr=2">Harry Potter og de vises stein</a></h3><p>J.K. Rowling</p>
			<p>Oversatt av Torstein Bugge Høverstad. Tiden, 1999</p><p>Jeg vet, jeg vet.</p>`, 'nb')).toEqual([
			['De usynlige', ['Roy Jacobsen'], undefined, 'Cappelen Damm', '2013'],
			['Harry Potter og de vises stein', ['J.K. Rowling'], [{name: 'Torstein Bugge Høverstad', role: 'translator'}],
				'Tiden', '1999'],
		]);
	});

	test('names alone under a heading, with no imprint block after them, make no work', () => {
		expect(readPost('<h3>Thanks</h3><p>Roy Jacobsen</p><p>For reading this far.</p>')).toEqual([]);
	});
});

describe('a definition list of works, one record each', () => {
	test('each term sets its title apart, its people beside it any way; the description under it is its credit', () => {
		expect(facts(`<h2>Imprescindibles</h2><dl class="prestatge">
			<dt><cite><a href="https://ca.wikipedia.org/wiki/La_pla%C3%A7a_del_Diamant">La plaça del Diamant</a></cite></dt>
			<dd class="meta">Mercè Rodoreda · Club Editor, 1962</dd><dd>★★★★★</dd><dd>La Colometa, la guerra.</dd>
			<dt>Jaume Cabré — <cite>Jo confesso</cite></dt><dd class="meta">Proa, 2011</dd><dd>Un violí, vuit segles.</dd>
			<dt><cite>Canto jo i la muntanya balla</cite>, d'Irene Solà</dt><dd class="meta">Anagrama, 2019</dd>
			<dt><cite>Solitud</cite></dt><dd class="meta">Víctor Català, 1905</dd><dd>La Mila puja a una ermita.</dd>
			<dt><cite>Odissea</cite>, Homer</dt><dd class="meta">Versió de Carles Riba</dd><dd>En hexàmetres.</dd>
			</dl>`, 'ca')).toEqual([
			['La plaça del Diamant', ['Mercè Rodoreda'], undefined, 'Club Editor', '1962'],
			['Jo confesso', ['Jaume Cabré'], undefined, 'Proa', '2011'],
			['Canto jo i la muntanya balla', ['Irene Solà'], undefined, 'Anagrama', '2019'],
			['Solitud', ['Víctor Català'], undefined, undefined, '1905'],
			['Odissea', ['Homer'], [{name: 'Carles Riba', role: 'translator'}], undefined, undefined],
		]);
	});

	test('the records of a section of books given up on are no recommendations', () => {
		expect(readPost(`<h2>Abandonats</h2><dl><dt><cite>Tirant lo Blanc</cite>, Joanot Martorell</dt>
			<dd>Ho he intentat dues vegades.</dd><dt><cite>Curial e Güelfa</cite>, Anònim Autor</dt><dd>Tampoc.</dd></dl>`, 'ca'))
			.toEqual([]);
	});
});

describe('a list written as paragraphs, each a numbered line of people, a colon and the title, then a comment', () => {
	test('the numbered line is the item: its people before the colon, the title, the imprint in brackets', () => {
		expect(facts(`<h3>Az alapok</h3>
			<p><strong>1. Cormen – Leiserson – Rivest – Stein: Új algoritmusok</strong> (Scolar Kiadó, 2003)<br>
			Az egyetemen mindenki csak a Cormennek hívta, és párnának használtuk.</p>
			<p><strong>2. Rónyai Lajos, Ivanyos Gábor, Szabó Réka: Algoritmusok</strong> (Typotex, 1998)<br>
			A vékonyabb, magyar testvér. Tömörebb, matekosabb.</p>
			<p><strong>3. Douglas R. Hofstadter: Gödel, Escher, Bach – Egy Örök Aranyfonat</strong> (Typotex)<br>
			Nem programozós könyv, és mégis a legprogramozósabb.</p>`, 'hu')).toEqual([
			['Új algoritmusok', ['Cormen', 'Leiserson', 'Rivest', 'Stein'], undefined, 'Scolar Kiadó', '2003'],
			['Algoritmusok', ['Rónyai Lajos', 'Ivanyos Gábor', 'Szabó Réka'], undefined, 'Typotex', '1998'],
			['Gödel, Escher, Bach – Egy Örök Aranyfonat', ['Douglas R. Hofstadter'], undefined, 'Typotex', undefined],
		]);
	});

	test('one name-like pair of words before a colon is a title\'s first words (`Operating Systems: …`)', () => {
		const titles = readPost(`<ol><li><a href="https://pages.cs.wisc.edu/~remzi/OSTEP/">Operating Systems: Three Easy
			Pieces</a> (Arpaci-Dusseau, 2018)</li><li>Deep Work: Rules for Focused Success (Grand Central, 2016)</li></ol>`)
			.map(w => w.title);
		expect(titles).toContain('Operating Systems: Three Easy Pieces');
		expect(titles).not.toContain('Three Easy Pieces');
		expect(titles).not.toContain('Rules for Focused Success');
	});

	test('lines of facts under a numbered line stay with it (no comment to part from it)', () => {
		expect(facts('<p><b>1. 『이펙티브 자바』</b><br>조슈아 블로크 지음, 개앞맵시 옮김, 인사이트, 2018</p>', 'ko')[0])
			.toEqual(['이펙티브 자바', ['조슈아 블로크'], [{name: '개앞맵시', role: 'translator'}], '인사이트', '2018']);
	});
});

describe('a work cited in prose by its imprint in brackets', () => {
	test('its people before it (possessive, comma, dash) or after its `by` say where its title opens', () => {
		expect(facts(`<p>Great list. The one I'd add is Seeing Like a State by James C. Scott (Yale University Press, 1998),
			which explains planning.</p><p>Then the counterweight: Robert A. Caro – The Power Broker: Robert Moses and the Fall
			of New York (Knopf, 1974). 1,200 pages about one man.</p><p>If you come from economics, Alain Bertaud's Order
			Without Design (MIT Press, 2018) will annoy you.</p><p>Liker du denne, bør du også prøve Tarjei Vesaas'
			Is-slottet (Gyldendal, 1963) – kort og kald.</p>`)).toEqual([
			['Seeing Like a State', ['James C. Scott'], undefined, 'Yale University Press', '1998'],
			['The Power Broker: Robert Moses and the Fall of New York', ['Robert A. Caro'], undefined, 'Knopf', '1974'],
			['Order Without Design', ['Alain Bertaud'], undefined, 'MIT Press', '2018'],
			['Is-slottet', ['Tarjei Vesaas'], undefined, 'Gyldendal', '1963'],
		]);
	});

	test('no title in lowercase, none set apart as the people\'s place, no list of names', () => {
		const titles = readPost(`<p>I loved Sally Rooney's fourth novel (Faber, 2021) most.</p>
			<ul><li><strong>Code Complete</strong>, Steve McConnell (Microsoft Press, 2004)</li>
			<li><strong>Peopleware</strong>, Tom DeMarco (Dorset House, 1987)</li></ul>`).map(w => w.title);
		expect(titles).toEqual(['Code Complete', 'Peopleware']);
	});
});

describe('a title set apart in prose with its people beside it', () => {
	test('its people after a comma, then its year or imprint; or before it, opening the clause', () => {
		expect(facts(`<p>și paper-ul „bunic” al discuției: <i>Out of the Tar Pit</i>, Ben Moseley și Peter Marks, 2006. Prima
			jumătate e aur.</p><p>On parking: <strong>The High Cost of Free Parking</strong>, Donald Shoup. Planners Press,
			2005 (there is a 2011 paperback).</p><p>Nu e tehnic, dar pentru estimări: Daniel Kahneman, <i>Gândire rapidă,
			gândire lentă</i>, ediția de la Publica.</p>`, 'ro')).toEqual([
			['Out of the Tar Pit', ['Ben Moseley', 'Peter Marks'], undefined, undefined, '2006'],
			['The High Cost of Free Parking', ['Donald Shoup'], undefined, 'Planners Press', '2005'],
			['Gândire rapidă, gândire lentă', ['Daniel Kahneman'], undefined, undefined, undefined],
		]);
	});

	test('a record\'s note naming titles with their year alone names more of its people\'s works', () => {
		expect(facts(`<h3><a href="https://bib.example/m2?tnr=1">Det andre namnet</a></h3><p>Jon Fosse</p>
			<p>Det Norske Samlaget, 2019</p><p>Ja, det er én lang setning.</p>
			<p>Fortsett gjerne med <em>Eg er ein annan</em> (2020) og <em>Eit nytt namn</em> (2021). Og herlees
			<em>Tirza</em> (2006) van Arnon Grunberg.</p>`, 'nb')).toEqual([
			['Det andre namnet', ['Jon Fosse'], undefined, 'Det Norske Samlaget', '2019'],
			['Eg er ein annan', ['Jon Fosse'], undefined, undefined, '2020'],
			['Eit nytt namn', ['Jon Fosse'], undefined, undefined, '2021'],
			['Tirza', ['Arnon Grunberg'], undefined, undefined, '2006'],
		]);
	});
});
