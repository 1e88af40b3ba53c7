import {statedIsbns} from '../../core/isbn.ts';
import type {Candidate} from '../candidate.ts';
import type {DetailLabels} from '../sites/site.ts';
import {anyOf, labelled} from '../sites/site.ts';

// Labels of a book's details list in the languages of the stores and catalogues users read; labelled() tries the
// longest first. (Labels no corpus page writes are left out for the script's bytes: `Pub. Date`, `Publication
// details`, `Date de publication`, `発行年月`, `発行日`, `List price`, `语言`, `題名`, `Casa editrice`, `出版单位`,
// `Publishing house`; and, in session 37, those whose removal changed no corpus page's output: `Print length`,
// `Extent`, `Prix`, `Precio`, `出版元`, `発行元`, `発売元`, `出版年月日`, then, with their unit tests, `Published by`,
// `Éditions`, `Utgivare`, `出版方`, `出版`, `出品方`, `Published/Created`, `Published/Produced`, `Release date`,
// `Pubblicazione`, `Utgivning`, and, for the bytes a lazy walk of the page's paragraphs took, `书名` and `Preis`.)
const PAGES = 'Pages|Page Count|Umfang|Seiten|Páginas|页数'.split('|');
// (who wrote it, where no byline says: a Japanese catalogue's `著者名 山本 千景／著`, a VuFind catalogue's `Main Author`)
const AUTHOR = 'Author|Authors|Main Author|Autor|Auteur|Verfasser|著者|著者名|作者'.split('|');
const PRICE = 'Price|Prijs|定价'.split('|');
// (Voyager catalogues, the Library of Congress's among them, write `Main title`)
const TITLE = 'Title|Main title|Titel|Titre|Título|Titolo'.split('|');
/**
 * Who published the edition, as stores and catalogues label it (an imprint names the publisher too: `Imprint: Tor`;
 * Amazon's Polish store writes `Wydawca`, Tmall's book pages `出版社名称`, Japanese
 * publishers' lists and colophons `発行`, Serbian, Croatian and Bosnian stores `Izdavač`, Greek ones `Εκδότης`,
 * Brazilian publishers' catalogues the imprint, `Selo`, Indonesian and Malay ones `Penerbit`, Finnish ones
 * `Kustantaja`).
 */
export const PUBLISHER = ('Publisher|Imprint|Uitgeverij|Uitgever|Verlag|Herausgeber|'
	+ 'Editorial|Éditeur|Editeur|Editore|Editora|Selo|Wydawnictwo|Wydawca|Förlag|Forlag|'
	+ 'Izdavač|Εκδότης|Издательство|出版社|出版社名|出版社名称|出版者|発行|Penerbit|'
	+ 'Kustantaja').split('|');
/**
 * When the edition appeared (Polish stores: `Data premiery`, catalogues `Data wydania`, Spanish-language ones `Año de
 * edición`, Brazilian ones `Ano` and publishers `Lançamento`, Indonesian ones `Tanggal Terbit`, Serbian and Croatian
 * ones `Godina izdanja`, Japanese publishers' `初版年月日`, the first edition's day, and `刊行日`, Danish ones
 * `Udgivelsesdato`, Norwegian ones `Utgivelsesdato`, Finnish ones `Ilmestymispäivä`, Hungarian ones `Megjelenés
 * dátuma`, Dutch and Flemish ones `Verschijningsdatum`); a catalogue's publication statement says by whom too
 * (`Published: March 1, 2020 by Orbit`). Not a bare `Publication`: catalogues label a record's title so too
 * (ISFDB's `Publication: <title>`). (A catalogue's statement under a label of its own, `Published/Created: London :
 * Orbit, 2020`, is read as an ISBD imprint under any label.)
 */
const DATE = ('Publication date|Pub date|Publish date|Published|'
	+ 'Erschienen|Date|Erscheinungsdatum|Erscheinungsjahr|Erscheinungstermin|'
	+ 'Fecha de publicación|Fecha de lanzamiento|Año de edición|Date de parution|Parution|Data di pubblicazione|Anno edizione|'
	+ 'Ano|Lançamento|Godina izdanja|出版年|出版时间|出版日|出版日期|出版年月|初版年月日|発売日|刊行日|Utgivningsdatum|발행일|Data premiery|Data wydania|Tanggal Terbit|'
	+ 'Udgivelsesdato|Utgivelsesdato|Ilmestymispäivä|Megjelenés dátuma|Verschijningsdatum')
	.split('|');
/** A library catalogue's imprint, ISBD style: `München : Knaur, Juni 2024`, `München: Blanvalet [2023]`. */
const IMPRINT = /^[^:]{2,40}:\s*([^,[\d]+?)[,\s]*\[?((\p{L}+\.?\s+)?\d{4})\]?\.?$/u;
// (Swedish and Norwegian `Språk`)
const LANGUAGE = 'Language Taal Sprache Språk Langue Idioma Lingua 語言 语种 言語'.split(' ');
/** A label as written, or two joined (`Publisher/Imprint`), the last read. */
export const labelText = (labels: string[]) => `([\\p{L} ]{2,20}/ *)?(${anyOf(labels)})`;

/** A page count said with its unit, under any label (a binding: `Paperback: 608 pages`, `Taschenbuch: 128 Seiten`). */
const COUNTED_PAGES = /(?:^|[:：]\s*)(\d{1,5})\s*(pages|Seiten|páginas|pagine|pagina's|ページ|页)(?!\p{L})/imu;

/**
 * The text around an ISBN label is usually a details list: read its publisher, date, page count, price and language
 * too, and a catalogue record's title (`Title / its authors ; its translator`, ISBD) for pages whose own title is a
 * page label (`Detail page`).
 */
export const details = (text: string, extra: DetailLabels = {}): Candidate => {
	const publishers = [...PUBLISHER, ...extra.publisher ?? []], dates = [...DATE, ...extra.date ?? []],
		pages = [...PAGES, ...extra.pages ?? []];
	const labels = [...TITLE, ...AUTHOR, ...publishers, ...dates, ...pages, ...PRICE, ...LANGUAGE, 'ISBN'];
	// A table cell holding only a label ("Jaar", then "2018" in the next cell) reads as "Jaar: 2018".
	const bare = new RegExp(`^[ \\t]*(${labelText(labels)})[ \\t\u200e\u200f]*$`, 'gimu');
	// Readers' catalogues and second-hand stores write the house without a colon: `Published March 2nd 2010 by Vintage`
	// (the house perhaps a link, on a line of its own; a year just before `by` tells it from a sentence), a publisher's
	// own list's `Published 15 May 2020` (the year ends the line). Lines open so in a details list only: in prose the
	// phrase is mid-sentence.
	const fields = labelled(text.replace(bare, '$1:').replace(/^(published(?= [^\n:：]{0,30}\d{4}( by\b|$))) /gim, '$1: ')
		.replace(/ by\s*\n/g, ' by '), labels);
	const get = (labels: string[]) => labels.map(l => fields.get(l)?.split('\n')[0]?.trim()).find(Boolean);
	// The imprint may wrap: `München: Knaur` on one line, `Juni 2024` on the next.
	const [line = '', next = ''] = dates.map(l => fields.get(l)).find(Boolean)?.split('\n').map(t => t.trim()) ?? [];
	const named = get(publishers);
	// (no publisher reads `undefined`: no colon, no imprint; without a date's label, a line of the list that is an
	// ISBD imprint, its place and publisher parted by ` : `, is the edition's statement under any label: a Blacklight
	// catalogue's `Description`)
	const imprint = [named, line, `${line} ${next}`, ...line ? [] : text.split('\n').filter(l => / : /.test(l))]
		.map(l => IMPRINT.exec(l as string)).find(Boolean);
	// Readers' catalogues write the day, then who published it: `March 1, 2020 by Orbit`.
	const [day, by] = line.split(/\s+by\s+/);
	// A label alone is a section's or a link's name (`Editorial`, a footer's `Imprint`): a details list names more.
	const publisher = fields.size < 2 && !/ISBN|EAN/.test(text) ? undefined
		: named && !IMPRINT.test(named) ? named : imprint?.[1] ?? by;
	// Stores write the edition's day after the publisher: `Gollancz (30 Jan. 2020)`,
	// `Suhrkamp Verlag; 1. Edition (1. Juli 1974)`, `Ace, 2011`; catalogues, its place first: `Knopf, New York, 1987`.
	const date = imprint?.[2] ?? (day || publisher?.replace(/.*\(([^)(]+)\)$|.*,\s*/, '$1'));
	const [title, responsibility] = (get(TITLE) ?? '').split(' / ');
	// (a catalogue's ISBD publisher without its year keeps its place before ` : `: `Göttingen : Vandenhoeck &
	// Ruprecht`)
	return {
		title,
		// (ISBD closes the statement with a stop)
		authors: [responsibility?.split(' ; ')[0]!.replace(/\.$/, '') ?? get(AUTHOR)],
		isbn: statedIsbns(text),
		publisher: publisher?.replace(/\s*([(;]|,\s*\d{4}$).*$/, '').replace(/^[^:]+ : /, ''),
		// (no count: NaN, which the picker drops)
		duration: {pages: parseInt((get(pages) ?? COUNTED_PAGES.exec(text)?.[1]) as string, 10)},
		language: get(LANGUAGE),
		price: {amount: get(PRICE)},
		publishedAt: date,
	};
};
