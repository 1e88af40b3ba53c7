import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

describe('Portuguese by-words after a title', () => {
	test('`, do Name` (the article joined to `de`) and `escrito por A e B` credit the authors', () => {
		expect(read('<ol><li><b>Jardins do Estado</b>, do Ana Quintela (Editora Norte, 2018). Li duas vezes.</li>'
			+ '<li><em>Portos do Tempo</em>, escrito por Bento Ortiz e Clara Lima. Muito bom.</li></ol>', 'pt'))
			.toMatchObject([{title: 'Jardins do Estado', authors: ['Ana Quintela'], publisher: 'Editora Norte',
				publishedAt: '2018'}, {title: 'Portos do Tempo', authors: ['Bento Ortiz', 'Clara Lima']}]);
	});
});

describe('a house whose name opens with a month\'s letters', () => {
	test('`(Novella House, 2019)` and `(Decode, 2020)` name a publisher, not a month', () => {
		expect(read('<ul><li><i>Harbours of Time</i> by Ben Ortiz (Novella House, 2019)</li>'
			+ '<li><i>Gardens of State</i> by Ada Quinn (Decode, 2020)</li></ul>')).toMatchObject([
			{title: 'Harbours of Time', publisher: 'Novella House', publishedAt: '2019'},
			{title: 'Gardens of State', publisher: 'Decode', publishedAt: '2020'}]);
	});
});

describe('a store button after a title set apart', () => {
	test('`<a>Link na Amazon</a>` is no work: it is the page of the title before it, whose byline it keeps', () => {
		expect(read('<ol><li>O clássico: <em>Portos do Tempo</em>, de Bento Ortiz (Editora Norte, 2015). Vale cada '
			+ 'página. <a href="https://amzn.to/4Xy7pQ">Link na Amazon</a>.</li>'
			+ '<li><em>Jardins do Estado</em>, de Ana Quintela (Editora Sul, 2011).</li></ol>', 'pt')).toEqual([
			expect.objectContaining({title: 'Portos do Tempo', url: 'https://amzn.to/4Xy7pQ', authors: ['Bento Ortiz'],
				publisher: 'Editora Norte', publishedAt: '2015'}),
			expect.objectContaining({title: 'Jardins do Estado', authors: ['Ana Quintela']})]);
	});
});

describe('a show\'s presenter in Spanish and Portuguese', () => {
	test('`— presentado por X` and `, apresentado pela X` name its host, and it is a podcast', () => {
		expect(read('<p><strong><a href="https://shows.example/mareas">Mareas</a></strong> (Radio Sur) — presentado '
			+ 'por Lucía Prado. Historias del mar.</p>', 'es')).toMatchObject([
			{title: 'Mareas', kind: 'podcast', authors: ['Lucía Prado']}]);
		expect(read('<p>Para ouvir: <a href="https://shows.example/ondas">Ondas Curtas</a>, apresentado pela Marta '
			+ 'Reis, toda semana.</p>', 'pt')).toMatchObject([
			{title: 'Ondas Curtas', kind: 'podcast', authors: ['Marta Reis']}]);
	});
});

describe('an event in brackets before its year after a talk', () => {
	test('`(TEDxOslo, 2016)` and `(PyCon, 2019)` name where it was given, no publisher', () => {
		expect(read('<h2>Talks</h2><ul><li><a href="https://www.youtube.com/watch?v=gS1">Gardens of State</a> by Ada '
			+ 'Quinn (PyCon, 2019)</li><li><a href="https://www.youtube.com/watch?v=hT2">Harbours of Time</a> by Ben '
			+ 'Ortiz (TEDxOslo, 2016)</li></ul>')).toMatchObject([
			{title: 'Gardens of State', authors: ['Ada Quinn'], publisher: undefined, publishedAt: '2019'},
			{title: 'Harbours of Time', authors: ['Ben Ortiz'], publisher: undefined, publishedAt: '2016'}]);
	});
});

describe('a note after the year in the imprint\'s brackets', () => {
	test('`(House, 2012; traducción de X)`: the house and year are read, the translator too', () => {
		expect(read('<p>Mi favorito del año: <em>Jardines del Estado</em>, de Ana Quintela (Norte, 2012; traducción '
			+ 'de Pedro Lago).</p>', 'es')).toMatchObject([{title: 'Jardines del Estado', authors: ['Ana Quintela'],
			contributors: [{name: 'Pedro Lago', role: 'translator'}], publisher: 'Norte', publishedAt: '2012'}]);
	});
});

describe('a talk\'s appositive in Spanish and Portuguese', () => {
	test('`<b>Title</b>, la charla de X en Event 2019` and `, a palestra do X na Event 2021`: a talk, its speaker and year',
		() => {
			expect(read('<p>Vale la pena: <strong>Mapas del Tiempo</strong>, la charla de Ana Quintela en RubyConf 2019. '
				+ 'Diez minutos.</p>', 'es')).toMatchObject([
				{title: 'Mapas del Tiempo', kind: 'video', authors: ['Ana Quintela'], publishedAt: '2019'}]);
			expect(read('<p>Assista: <em>Portos do Tempo</em>, a palestra do Bento Ortiz na QCon 2021.</p>', 'pt'))
				.toMatchObject([
					{title: 'Portos do Tempo', kind: 'video', authors: ['Bento Ortiz'], publishedAt: '2021'}]);
		});
});

describe('a show\'s appositive naming whose it is', () => {
	test('`<em>Title</em>, el podcast de historia de A y B` and `<a>Title</a>, el podcast de X` name its hosts', () => {
		expect(read('<p>Para el coche: <em>Olas Lentas</em>, el podcast de historia de Ana Quintela y Bento Ortiz. '
			+ 'Episodios largos.</p><p>Y para programar: <a href="https://shows.example/mar">Mar Adentro</a>, el podcast '
			+ 'de Clara Lima.</p>', 'es')).toMatchObject([
			{title: 'Olas Lentas', kind: 'podcast', authors: ['Ana Quintela', 'Bento Ortiz']},
			{title: 'Mar Adentro', kind: 'podcast', authors: ['Clara Lima']}]);
	});
});

describe('an event joined to its year in brackets after a talk\'s link', () => {
	test('`<a>Title</a> (TED2006)`, as TED names its editions: the year is the talk\'s', () => {
		expect(read('<p>Still the best one: <a href="https://www.youtube.com/watch?v=kq9">Gardens of State</a> '
			+ '(TED2011). It aged well.</p>')).toMatchObject([{title: 'Gardens of State', publishedAt: '2011'}]);
	});
});

describe('the people, then the imprint after a semicolon, in brackets after a title set apart', () => {
	test('`<em>Title</em> (Name; House, 2016)`: the author, the house and the year', () => {
		expect(read('<ul><li>Para depois: <em>Portos do Tempo</em> (Bento Ortiz; Editora Norte, 2016). Denso.</li>'
			+ '<li><i>Gardens of State</i> (Ada Quinn; Northwind, 2019), slower.</li></ul>', 'pt')).toMatchObject([
			{title: 'Portos do Tempo', authors: ['Bento Ortiz'], publisher: 'Editora Norte', publishedAt: '2016'},
			{title: 'Gardens of State', authors: ['Ada Quinn'], publisher: 'Northwind', publishedAt: '2019'}]);
	});
});

describe('the house and year said in Portuguese or Spanish prose after a byline', () => {
	test('`A edição da X é de 2010`, `que saiu pela X em 2020`, `que Y publicó en 2015`', () => {
		expect(read('<ol><li><em>Portos do Tempo</em>, escrito por Bento Ortiz. A edição da Vela é de 2010; vá '
			+ 'direto.</li><li><em>Jardins do Estado</em>, da Ana Quintela, que saiu pela Editora Norte em 2020.</li>'
			+ '</ol>', 'pt')).toMatchObject([
			{title: 'Portos do Tempo', authors: ['Bento Ortiz'], publisher: 'Vela', publishedAt: '2010'},
			{title: 'Jardins do Estado', authors: ['Ana Quintela'], publisher: 'Editora Norte', publishedAt: '2020'}]);
		expect(read('<p>Luego: <i>Mapas del Tiempo</i>, de Clara Lima, que Anagrama publicó en 2015.</p>', 'es'))
			.toMatchObject([{title: 'Mapas del Tiempo', authors: ['Clara Lima'], publisher: 'Anagrama',
				publishedAt: '2015'}]);
	});
});

describe('an unmarked title opening a list item, its Portuguese or Spanish by-word after a comma', () => {
	test('`Title, do Name, …` names the work and its author', () => {
		expect(read('<ol><li>Portos do Tempo, do Bento Ortiz, na terceira edição. Leia devagar.</li>'
			+ '<li>Jardins do Estado, da Ana Quintela, com exemplos em Python.</li></ol>', 'pt')).toMatchObject([
			{title: 'Portos do Tempo', authors: ['Bento Ortiz']},
			{title: 'Jardins do Estado', authors: ['Ana Quintela']}]);
	});
});

describe('a show\'s network and makers after its title, in Spanish and Portuguese', () => {
	test('`<a>Title</a>, de Studio, con A y B`, `<b>Title</b> (Network), de A y B`, `(Network) — presentado por X`', () => {
		expect(read('<p>Otro: <a href="https://shows.example/olas">Olas Lentas</a>, de Estudio Norte, con Ana Quintela y '
			+ 'Bento Ortiz: historias del mar.</p><ul><li><strong>Mar Adentro</strong> (Radio Sur), de Clara Lima y Pedro '
			+ 'Lago, para los viernes.</li></ul><p><a href="https://shows.example/faro">El Faro</a> (Onda Azul) — '
			+ 'presentado por Marta Reis.</p>', 'es')).toMatchObject([
			{title: 'Olas Lentas', kind: 'podcast', authors: ['Ana Quintela', 'Bento Ortiz'],
				publisher: 'Estudio Norte'},
			{title: 'Mar Adentro', authors: ['Clara Lima', 'Pedro Lago'], publisher: 'Radio Sur'},
			{title: 'El Faro', kind: 'podcast', authors: ['Marta Reis'], publisher: 'Onda Azul'}]);
	});
});

describe('a teacher named by their title right after a linked work', () => {
	test('`<a>Title</a> de School, com o professor X` and `with Professor X`: a course, X its author', () => {
		expect(read('<p>Vale a pena: o <a href="https://learn.example/ds101">DS101</a> da Unicamp, com a professora Ana '
			+ 'Quintela. É de graça.</p><p>And <a href="https://learn.example/geo">Geometry Now</a>, with Professor Ben '
			+ 'Ortiz.</p>', 'pt')).toMatchObject([
			{title: 'DS101', kind: 'course', authors: ['Ana Quintela']},
			{title: 'Geometry Now', kind: 'course', authors: ['Ben Ortiz']}]);
	});
});

describe('the kind of work and whose it is, before a colon and the title', () => {
	test('`O clássico de Name, o Apelido: <em>Title</em>` and `el libro de Name: <em>Title</em>` name its author', () => {
		expect(read('<ol><li>O clássico de Bento Ortiz, o Velho: <em>Portos do Tempo</em>, que a Vela publicou em '
			+ '2009.</li></ol><p>Y el libro de Ana Quintela: <i>Mapas del Tiempo</i>. Breve.</p>', 'pt')).toMatchObject([
			{title: 'Portos do Tempo', authors: ['Bento Ortiz'], publisher: 'Vela', publishedAt: '2009'},
			{title: 'Mapas del Tiempo', authors: ['Ana Quintela']}]);
	});
});
