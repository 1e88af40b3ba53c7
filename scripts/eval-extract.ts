/**
 * `npm run eval:extract`: runs extractMetadata over ../shared/corpora and our own probe pages (`probes`,
 * tests/fixtures/extract-probes; `probes2`, tests/fixtures/extract-probes2; `probes3`, tests/fixtures/extract-probes3;
 * `probes4`, tests/fixtures/extract-probes4; `probes5`, tests/fixtures/extract-probes5; `probes6`,
 * tests/fixtures/extract-probes6; `probes7`, tests/fixtures/extract-probes7; `probes8`,
 * tests/fixtures/extract-probes8; `probes9`, tests/fixtures/extract-probes9; `probes10`,
 * tests/fixtures/extract-probes10; `probes11`, tests/fixtures/extract-probes11; `probes12`,
 * tests/fixtures/extract-probes12; `probes13`, tests/fixtures/extract-probes13; `probes14`,
 * tests/fixtures/extract-probes14; `probes15`, tests/fixtures/extract-probes15; `probes16`,
 * tests/fixtures/extract-probes16; `probes17`, tests/fixtures/extract-probes17; `probes18`,
 * tests/fixtures/extract-probes18; `probes19`, tests/fixtures/extract-probes19) and prints a corpus x field
 * accuracy table, side by side with metascraper on the same pages, using the normalisation of corpora/README.md.
 * Options: `--no-metascraper` (faster),
 * `--misses FIELD[,FIELD]` (print the disagreements of those fields, ours or metascraper's),
 * `--published` (score the metascraper corpus' dates against our published date, not our modified one),
 * `--only TEXT` (only the pages whose corpus/name contains TEXT, printing what the extractor read),
 * `--at REF` (score the extractor as it was at a git commit), `--holdout CORPUS` (see STUDIED below).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {performance} from 'node:perf_hooks';
import {createRequire} from 'node:module';
import {parseDocument} from '../src/cli/jsonl.ts';
import {decodeText} from '../src/formats/decode.ts';
import {toIsbn13} from '../src/core/isbn.ts';
import {NTMB_COVERS} from './eval-covers.ts';
import type {PageMetadata} from '../src/core/types.ts';
import {extractMetadata} from '../src/extract/extract-metadata.ts';
import {decodeEntities} from '../src/extract/text.ts';

const ROOT = path.resolve(import.meta.dirname, '../../shared/corpora');

/**
 * Held-out figures (issue #19). A rule written while reading a corpus's misses fits that corpus: its figures there
 * say little about pages nobody tuned for. STUDIED lists, in study order, each corpus whose misses were read and
 * the commit just before the first look. `--holdout CORPUS` scores that corpus with the rules of that commit next
 * to today's; a corpus never studied is held out today, and its current figures are the held-out ones. Corpora
 * studied before this record began (all of them, for the rules up to f8764bc) have no held-out figure here.
 */
const STUDIED: {corpus: string; before: string}[] = [
	// Issue #19: readability's author, title and description misses were read. The others' misses were not (their
	// totals were watched for regressions): metascraper, swde-book, nevertoomanybooks and schemaorg are held out.
	{corpus: 'readability', before: 'f8764bc'},
	// Issue #19, store publishers (from 81b355d): written from how stores and catalogues write pages, no corpus's
	// misses read. Corpus totals only chose between variants of a rule: a bare `Publication` label (dropped:
	// nevertoomanybooks' date fell). A boilerplate-description rule, tried so too, was taken out for the size budget.
	// Issue #19, bylines, head titles and descriptions (from b78a48f): written from how pages are written, no corpus's
	// misses read. Totals only chose between variants: a description opening with the site's name before a separator
	// (dropped: metascraper's description fell a page), a head title that is only the site's name (kept only on a
	// signed page: metascraper's title fell a page without it), a byline element read with its parent's `By` line
	// (dropped: readability gained a page, metascraper lost one), a head title ending in the heading after a section's
	// name (dropped: metascraper's title fell a page). Byte-saving refactors were checked to leave every corpus page's
	// output the same; one tried cut (fewer named entities) showed two metascraper pages' descriptions and was undone.
	// Issue #19, a section's name before the heading in the head title (from 2007cbc): the variant without a brand test
	// lowered metascraper's title by one page, and that one miss was read (lean-data: `LeanData | The Winds of Change`
	// labelled whole, a brand's CamelCase name before a pipe). The rule kept leaves all corpus pages' output as it was.
	{corpus: 'metascraper', before: '2007cbc'},
	// Issue #19, session 15 (from d905bf5): bracketed asides in bylines, written from two faults the brief named
	// (readability lemonde-1's `(avec … et …)`, metascraper indiehackers' `($70K/mo)`); a digit in brackets was first
	// taken as an aside too, and dropped when readability's pixnet showed a counter (`人氣(1234)`) becoming an author.
	// Store publishers (Goodreads' colon-less `Published … by …`, `Utgivare`, `出版社名称`) were written from how stores
	// write, no corpus's misses read. Byte-saving rewrites were checked to leave every corpus page's output the same.
	// Issue #19, session 16 (from 8cf9c4e): bylines in BEM and camelCase classes, bylines read in the lines a reader
	// sees (texts touching across elements), `Posted by X on <day>`, a listing's `Published by X, 2010`, an ISBN
	// label's digits on the line above the number, a head title of three parts: written from small pages of our own
	// in the layouts sites use, no corpus's misses read. Every corpus page's output was unchanged but one readability
	// byline (google-sre-book-1: `Rob Ewaschuk Edited by Betsy Beyer` became `Rob Ewaschuk`, its label the raw line).
	// Issue #19, session 18 (from 0911282): a head title that is only the site's address, a structured headline cut
	// to a length, a first paragraph in Chinese or Japanese as the description: written from 14 probe pages of our
	// own, no corpus's misses read. The Low Countries' catalogue labels moved into an adapter of their own; every
	// corpus page's output was checked to stay the same (a first try, the host among the site's names, cut
	// metascraper's lean-data title, and was narrowed to a head title that is only the address).
	// Issue #19, session 19: the probes' misses were read (aefa242 reads every page as 32e8c29 did). Rules: a store's
	// pitch as the description gives way, `Title_Site` head titles name the site; bylines read in lines that blocks
	// start (`Par X` then `Publié le…` a block apart), after a label alone in its block (`By <div>X</div>`), without
	// a follow button beside the name (`陳建宏 追蹤作者`), and in `autor`, `contributor` and `speaker` classes (an
	// added store and talk class, each checked to change no other corpus's page); a Chinese store's `《Title》(…)`
	// head title gives way to the heading. Tried and dropped: a description naming the site by its first word or
	// closing on its name (it cut metascraper's segment page, whose label is the site's tagline); on a signed page, an
	// og:title that `<title>` closes on after a separator read as the site's name (`Books | Larkspur & Vane`): it won
	// two probes pages and lost one held-out probes2 title, so it was reverted.
	{corpus: 'probes', before: 'aefa242'},
	// Session 20: probes3's misses were read (f3bd32d reads every page as cd042e8 did). Rules: a byline's label is any
	// word and `by` (`Story by`, not a picture's credit), `出版日` dates a book.
	{corpus: 'probes3', before: 'f3bd32d'},
	// Session 21: probes4's misses were read (cb900ec reads every page as 06f8297 did). Rules: bylines labelled `di`
	// (Italian), `av` (Swedish), `Penulis` (Indonesian); an editor, a news service or press after the names ends them;
	// `记者 A 通讯员 B` names two. EPrints' and PRISM's own spellings of the citation tags left the extractor (those
	// sites write `citation_*` too): 28 B, every corpus page's output unchanged. probes4 authors 54.2 -> 75.0; held
	// out, probes2 authors 60.9 -> 73.9 (with cfb6c3a's rules, written from probes3, which moved nothing there alone).
	// Then, from probes' and probes3's catalogue pages: a statement of responsibility after a slash (`Title /
	// Author.`, structured data's too) and a `Full Record:` label are no title (probes and probes3 title 87.5 -> 91.7;
	// probes2 and probes4 unchanged).
	{corpus: 'probes4', before: 'cb900ec'},
	// Session 22, first from the corpora already studied: a site no source names is the head title's last part, for
	// its tagline (`钱塘在线是…新闻网站`; probes3 and probes4 description +1 page each; readability's 001, whose label is
	// the site's `Nicolas Perriault's homepage.`, now the first paragraph) and its name (`Heading_Section_Site`:
	// siteName probes +1, probes4 +2); the head title's `| by Name |` (probes authors +1). None moved probes5, then
	// still held out. Then probes5's misses were read (0fde951 reads every page as 8858808 did): `Автор`, `with
	// contributions from` ending a byline, life dates after a sorted name (probes5 authors 45.0 -> 60.0; held out,
	// probes2 73.9 -> 78.3); `Utgivningsdatum`, `발행일` and Korean dates (date probes5 60.9 -> 65.2, probes4 69.6 ->
	// 78.3, probes3 82.6 -> 87.0; held out, probes2 68.2 -> 72.7).
	{corpus: 'probes5', before: '0fde951'},
	// Session 24: probes6's misses were read (from bbf2e08). Rules, each how many sites write: bylines labelled
	// `Af` (Danish), `Autor:`, Blogger's Finnish `Julkaissut`; a theme's `meta-prep-author` label (Twenty Ten's
	// `Posted on`) is no byline; a square bracket a split leaves is no name (`[Name，Outlet]`); edX's instructor
	// card's `name`; stores' pitches in Chinese (`在线选购`), Japanese (`通販`), Polish (`w cenie`), Danish (`Køb …`)
	// give way as descriptions; a shown date in a `time` class or a `date` id; Polish `Data premiery`; a
	// catalogue's `[2023]`; an ISBD publisher's place before ` : `; a book's first edition (`workExample`) dates
	// it and names its publisher; a site named by its address is the word before a single suffix or a `co.` one,
	// however cased (`arXiv.org`). Freed for them: constant word lists as split strings, the WebPage types'
	// regex factored, JSON-LD's proposals built in one expression (every corpus page's output unchanged).
	// probes6: authors 54.2 -> 79.2, description 65.2 -> 82.6, siteName 75.0 -> 83.3, date 65.2 -> 87.0,
	// publisher 55.6 -> 77.8, title 83.3 unchanged; metascraper date 98.8 -> 100; probes, probes3-5 unchanged.
	// Held out, probes2: date 77.3 -> 86.4, description 27.8 -> 33.3, the rest unchanged. Tried and dropped: the
	// address's word whatever its case and suffix (probes5's `media.ccc.de` became `media`); writing the CJK
	// alternatives as character classes (`[簡简]介`) and factoring a few word lists (gzip grew 4-7 B). Left for
	// bytes: a Devanagari word alone after a comma is a place (`अमित तिवारी, वाराणसी`: probes6 authors +1 page
	// for 8 B, 15 B for all of India's scripts), Greek month names. Not taken: a person-named site as the author
	// (Bear Blog's), Indico's list of speakers, Primo's title and site (its head title is the app's), pragprog's
	// date (a WebPage's datePublished beats the page's `Published:`), a year-only citation date against a fuller
	// online one (Springer).
	// Session 25: probes7's misses were read (from e56f3c4). Rules, each how many sites write: `y` joins names only
	// as a word of its own (`Elif Yıldırım` had split at its Y); a follow button and one badge after a name; bylines
	// labelled Romanian `de`, Blogger's Japanese `投稿者`, or any one word and a colon (`Szerző:`); Korean roles after
	// a name (`한강 저`); the day after a dash ends a byline; a site named by its address (`HVG` on hvg.hu) is no
	// author; a head title's site in square brackets (`[LWN.net]`) and a store's `[category]` before it are dropped;
	// Blogger's `Blog: Post` and a store's `Title : Subtitle - Author - Format | Store` name the site; a short
	// description that reads the record back, the author just after the title (`Title, Author - Buy…`), gives way.
	// probes7: title 83.3 -> 91.7, authors 56.5 -> 87.0, description 54.2 -> 66.7, siteName 70.8 -> 79.2, date and
	// publisher unchanged. Elsewhere: readability and metascraper's Blogger pages gained their site names, probes3-5
	// descriptions +1 page each; held out, probes2 description 33.3 -> 38.9 and siteName 73.9 -> 78.3, probes8 and
	// probes9 unchanged. Not taken: a site's name with or without its address's suffix (labels differ: `HotNews.ro`,
	// `Kompas.com` kept, `arXiv`, `Empik` cut), LWN's `This article was contributed by`, the Library of Congress
	// record's layout, pretalx's conference name, a description that is a store's facts line (`한강 | 창비 | 2014`).
	{corpus: 'probes7', before: 'e56f3c4'},
	// Session 26: probes8's and probes9's misses were read (from 7306ceb). Rules, each how many sites write: any
	// word before `par` and `por` labels a byline, as before `by` (`Publié par`; `von` stays alone: `Notizen von X
	// über…` is a blog's tagline); a details list's `Published 15 May 2020`; a subtitle's `<h2>` under the title is the
	// standfirst; a tagline's words shared with an og:title that is only the site's name are the site's, not the
	// page's; a store's blurb under a block its class names (`product__description`, `sinopse`), before the stock and
	// pickup lines above it; `Año de edición`, `初版年月日` date an edition, `発行` names its publisher. Freed for them
	// (every corpus page's output unchanged): the share image picked from the Open Graph and Twitter proposals by the
	// picker, the byline query's `yline`, the head reader's push. probes8: authors 75.0 -> 83.3, description 45.5 ->
	// 81.8, date 77.8 -> 88.9; probes9: description 61.5 -> 69.2, date 69.2 -> 84.6, publisher 60.0 -> 80.0; titles
	// and site names unchanged. Elsewhere: description probes 72.2 -> 77.8, probes4 66.7 -> 70.8; held out, probes2
	// description 38.9 -> 50.0 (three pages' hashes changed), the rest unchanged. Tried and dropped: a description that
	// is the first sentence of a longer paragraph giving way to it (docusaurus-blog, hanmoto-ja: nine studied pages
	// of other sets and two of probes2 changed, the ones read labelled with the short one); a byline card's siblings
	// of the same class as more authors (docusaurus-blog, stepik: nav lists and store rows of one class became
	// authors). Left for bytes: Polish month names (wyborcza-pl), a site's name without accents in capitals (`TUOI TRE
	// ONLINE`) as the Organization author's.
	// Not taken: a catalogue's `Publication : Place : Publisher, DL 2026` (BnF), DNB's head title (the catalogue's
	// name), `In commercio dal` (Italian stores' on-sale day against `Anno edizione`), a blurb labelled across several
	// paragraphs (laFeltrinelli, Gandhi, the University of Chicago Press), a site's address suffix (`Wyborcza.pl`).
	{corpus: 'probes8', before: '7306ceb'},
	{corpus: 'probes9', before: '7306ceb'},
	// Session 26, later: probes10's misses read (from 6455471): its decoy credits (photographers' `Kuva:`, `Foto:`,
	// `Fotos:`, an organisation as the metadata's author, a translator among a store's authors, `Piše:` bylines, role
	// words) were read to write rules of how many sites write, never of one page. Before: title 100, authors 28.6,
	// description 84.6, siteName 71.4, date 84.6, publisher 80.0. Rules: a later source naming every author picked
	// (and maybe more) reads the byline with its roles (`A (Auteur), B (Traducteur)`, `A (Autor), B (Autor)`); a
	// later byline part's own label, a word and a colon, gives its role (`Text: A, Fotos: B`: no author); Japanese
	// `装画` after a name; a name whose line goes on to `Published` and the day ends there. Freed for them: the script
	// counts' loop, one test after another (every corpus page's output unchanged). probes10 authors 28.6 -> 64.3, the
	// rest unchanged; probes3 and probes4 authors 79.2 -> 83.3 each; held out, probes2 unchanged. Left for bytes: a
	// colon-less `攝影` before a name (eslite-tw, 13 B). Not taken: USENIX's `Authors:` field, Cambridge's `Author:`
	// list items, a course's and a podcast's hosts, NDL's year, site names with their suffix (`Index.hr`, `DAWN.COM`).
	{corpus: 'probes10', before: '6455471'},
	// Session 27: probes11's misses read (from c36f841, right after its held-out score). Rules, each how many sites
	// write: links side by side to pages in one folder are so many names (`<a href="/people/a/">A</a> <a
	// href="/people/b/">B</a>`: InfoQ's speakers, Chosun's reporters; a button beside a name leads elsewhere); Korean
	// `기자` after a reporter's name; a subscriber's badge (`有料記事`) is no name; a course's teachers by their class
	// (`teacher`; `instructor` taken out again for bytes); Italian and Romanian store pitches (`acquistarlo`,
	// `livrare`); a page whose `<base>` is the site's root is still no front page (its description was kept as the
	// site's). Freed for them first: 94 B,
	// queries only one reader uses moved into it (every page's output unchanged). probes11 authors 42.9 -> 64.3,
	// description 85.7 -> 100; probes10 authors 64.3 -> 71.4 (Domestika's teacher); probes9's laFeltrinelli pitch
	// gives way; held out, probes2 description 50.0 -> 55.6, the rest unchanged. Taken out again for bytes (14,998 B
	// with them out): academic titles before a name (`Prof. Dr.`, 15 B), the year labels of Central and Eastern
	// European stores (`Anul apariției`, `Rok wydania`…, 64 B), more paywall badges. Not taken: an Organization
	// author in JSON-LD dropped for the byline (it lost Wikipedia's `Contributors to Wikimedia projects` and won no
	// page: Prothom Alo's byline runs on to the place), names sorted `Ruiz Carrasco, Elena; Puig Ferrer, Jordi` (USENIX
	// writes `Name, Affiliation; Name, Affiliation` the same way), a store's `Mitarbeit:`/`Übersetzung:` line before
	// its `Autor:`, a podcast's hosts in its notes, site names the page spells otherwise than its metadata.
	{corpus: 'probes11', before: 'c36f841'},
	// Session 28: probes12's misses read (from e6fe032). First the page session 27 lost (on 2bbbf6d's rules probes12
	// authors were 38.5): links side by side in one folder were parted by `, `, which after the page's own `，`
	// (`中村真理子，佐藤健 著`) read as a sorted name (`佐藤健 著 中村真理子`); they are parted by `;` now, the rule's
	// own tests unchanged. Rules, each how many sites write: a bracketed credit with a label of its own after the last
	// name (`Lea Brandt (Fotos: X)`) is no role of that name's; a label's feminine or plural ending in brackets
	// (`Autor(a):`), Portuguese `Tradutor`; a catalogue's `creator` class and life dates in brackets (`Prus, Bolesław
	// (1847-1912)`); a `writer` block around the names and their label (`di <span>A</span> e <span>B</span>`); a
	// mainland paper's name before `记者` and its reporters parted by spaces (`澎湃新闻记者 A B`); a listing's record
	// read back with the author sorted (`Title by Surname, Name - ISBN 10: …`); `synopsis` blocks; a site's name
	// before any non-Latin letter opens its tagline (`岩波書店の公式サイトです`); `frete grátis`; `Ano` (Travessa's
	// page in probes8, unlabelled, now dated too), `刊行日`, `Data wydania`; Open Graph's `music:release_date`
	// (Spotify). Then, from probes11's leftovers: of a page's author blocks, one labelled as the author's own comes
	// first (bücher.de's `Mitarbeit: A; Übersetzung: A` before `Autor: B`; any byline label first turned probes6's
	// news-hi to its `Published by:` editor). Freed for them (every figure unchanged): meta spellings and microdata
	// elements no corpus page writes, 100 B. probes12: authors 30.8 -> 76.9, description 69.2 -> 92.3, date 61.5 ->
	// 92.3, publisher 60.0 -> 80.0, title 92.9 and siteName 85.7 unchanged. Elsewhere: probes11 authors 64.3 -> 71.4,
	// probes3 description 82.6 -> 87.0 (Powell's synopsis); held out, probes2's figures unchanged. Left for bytes:
	// Hindi `लेखक:` as a byline's label (22 B: Dainik Bhaskar's box opens with the dateline's place and the hour),
	// Romanian `Anul apariției` (16 B, Cărturești). Not taken: a talk's speakers in its notes (`Intervenants :`),
	// Spotify's pitch before the episode's notes and its host, the Paper's shown day and its name in two scripts
	// (`澎湃新闻-The Paper`), a kicker before an og:title (`Wohnungsbau: …`), `Libri.de` with its suffix, a
	// publisher's own page as its publisher (岩波書店).
	{corpus: 'probes12', before: 'e6fe032'},
	// Session 29: probes13's misses read (from a5941f6, its held-out figures: title 100, authors 42.9, description
	// 84.6, siteName 78.6, language 85.7, date 69.2, publisher 40.0). Freed first (every corpus page's output
	// unchanged, 163 B): labels, bindings, a type and pitches no corpus page writes (their comments name them).
	// Rules, each how many sites write: Swedish catalogues' `Utgivning` (an ISBD imprint: publisher and year) and
	// `Språk` (Swedish named in Swedish), Serbian and Croatian `Izdavač` and `Godina izdanja`, Greek `Εκδότης`; a
	// book's details list dates the edition before the structured data (Yoast's `WebPage` day is the post's), off
	// adapters' sites; a cookie notice (its class or id) is no paragraph; Serbian stores' `po ceni od`; one word then
	// the site's name, a whole word, opens a tagline (`Βιβλιοπωλείο Πολιτεία - …`); three words or more in brackets
	// after a reporter's name are the newsroom, no role; author blocks of the byline query side by side, of one
	// class, are one author each (`<div class=author>A</div><div class=author>B</div>`, `by <a href=/author/a>A</a>
	// and <a href=/author/b>B</a>`). probes13: authors 42.9 -> 64.3, description 84.6 -> 100, language 85.7 -> 92.9,
	// date 69.2 -> 92.3, publisher 40.0 -> 100, title 100 and siteName 78.6 unchanged. Elsewhere: probes6 date 87.0
	// -> 91.3 (pragprog); held out, probes2 description 55.6 -> 61.1 and date 86.4 -> 90.9, the rest unchanged. Left
	// for bytes (measured, every other figure unchanged): an article's publisher named by a company's legal form
	// (`Икономедиа АД`, 27 B: dnevnik-bg's site name and its author, the site named as a Person), an author's picture's
	// `alt` as the last resort (25 B: Speaker Deck's avatar under the title). Not taken: a podcast's hosts in its
	// notes (`Host: A & B`) and its Indonesian text under an English `lang`, a course's `Taught by` names under an
	// organisation's JSON-LD author, a translator the JSON-LD lists as an author (Delfi's `Prevodilac:` row), Greek
	// month names (`Νοέμβριος 2026`), site names with their suffix (`TaniaKsiazka.pl`), an article's publisher in
	// Latin letters where og:site_name writes the name in Tamil (it is also the JSON-LD's author's name there).
	{corpus: 'probes13', before: 'a5941f6'},
	// Session 30 (from ce4ef65): probes14's misses were read, then probes15's (registered at d6ed370, its rules
	// ce4ef65's). Rules, each how many sites write: a plain opening credit of the body (`文｜A B`, `作者｜A`) before the
	// byline's element, which a reposting site fills with its account; a mainland credit after a bar parts its names
	// by spaces; a Japanese paper's `【A、B】` signature in its last plain paragraph; a hyphenated site name before the
	// head title (`e-hon 全国書店ネットワーク - Title`); og:title agreeing with the heading outvotes structured data's
	// SEO headline; a store's `Buy … online` and Korean `만나보세요` pitch; an inline `<style>` in an author block; English
	// outside the United States and Canada writes the day first; a podcast host's notice closing an episode's notes;
	// a details list's author label (`Author`, `Autor`, `Auteur`, `Verfasser`, `著者名`, `作者`); adapters: a conference's
	// YouTube upload `[Event] Talk - A & B`, a 极客时间 column's subtitle. Paid by 265 B of rewrites that read every page
	// the same (a helper's, merged at dfa65f0). probes14: title 85.7 -> 100, authors 71.4 -> 100, description 78.6 ->
	// 92.9; probes15: title 71.4 -> 78.6, authors 50.0 -> 71.4, description 57.1 -> 71.4, date unchanged 92.9.
	// Elsewhere: authors on probes3 (bol-nl, sanmin-tw) and probes5 (tmall-book), probes4 waterstones' date; held out,
	// probes2 date 90.9 -> 95.5. Left: a job title alone as a course's teacher (`Principal Engineer, Ledgerline`:
	// tried, cost metascraper's audiense), a catalogue's generic head title (Sudoc), a marketplace's keyword-stuffed
	// listing name, a translator the JSON-LD lists as an author (ridi), two reporters each with `기자` in spans of their
	// own (hani), a head title shortened from the heading (huxiu), a show's hosts in its about text, a store's date
	// when the work's language is English and the page's British (foyles).
	{corpus: 'probes14', before: 'ce4ef65'},
	{corpus: 'probes15', before: 'ce4ef65'},
	// Session 31 (from ad5155d): probes16's misses were read, then probes17's (from 3fd9322, its held-out figures the
	// same at ad5155d's rules and at 3fd9322's). Rules, each how many sites write: a link to a site's index of
	// authors (`/books/author`) is no byline; Japanese `訳` credits a translator; a course naming no author is its
	// teachers'; a lead sentence with no stop gives way to the description it opens; a head title's last part after a
	// dash names the site; a personal site's author meta tag naming the site stands when nobody else is named; author
	// blocks side by side each give their own first line, their label kept; a comment's `<article>` is no content
	// root; a news heading's kicker is no part of its title; French `envoyé(e) spécial(e)` and a correspondent's title
	// close a byline; adapters for bilibili and 中国大学MOOC. Tried and taken back for the 15 KB budget: a team or
	// community as no person, `作者:` parting Han names by spaces with a byline's block read span by span (one Chinese
	// blog's byline), Turkish `satın al`; and a one-word author that is a word of the site's name (no page moved).
	// probes16: authors 61.5 -> 84.6, description 71.4 -> 85.7; probes17: title 85.7 -> 100, authors 28.6 -> 42.9,
	// description 57.1 -> 64.3. Elsewhere: probes8 docusaurus-blog's second author, probes5 jekyll-alfolio's,
	// metascraper googleblog's, probes7 pravda-ua's description (metascraper silicon-angle's, its label cut mid-word,
	// lost). Left: a translator the structured data lists as an author (probes15 ridi, probes17 penguin-uk), a store's
	// `brand` that is the author (hmv), a marketplace's other listings' bylines before the book's own (kitapyurdu),
	// `Tekst A / Beeld B` without colons, a team byline (`Tim detikcom`) over the visible one.
	{corpus: 'probes16', before: 'ad5155d'},
	{corpus: 'probes17', before: '3fd9322'},
	// Session 32 (from 43db0ac): probes18's misses were read. Rules, each how many sites write: an author named by a
	// web address (`iDNES.cz`) is the site, as is one naming the head title's last part when no tag names the site
	// (`Title - 南方周末`), while a personal site's structured-data Person naming the site stands; a byline block's
	// labelled line comes before an outlet's logo over it (`ABC Gippsland` over `By A and B`); bylines after the
	// content's own root (related stories) are read after the lines around the title; links to `/autor/` pages; a
	// two-word label (`Tác giả:`); the Arabic comma; a mainland paper's `特约撰稿`; a description repeating the head
	// title's SEO headline is none, and a dek's paragraph in a block under the title is the lead; only title words of
	// five letters or more rescue a blurb naming the site (`avec`); fuller() keeps the store-pitch checks; a byline
	// inside a link that says more is a teaser's, and a store's credits in a row each keep their label (`Autor: A
	// Illustration: B`). probes18: authors 21.4 -> 71.4, description 50.0 -> 64.3; probes19 (held out) unmoved, at
	// 43db0ac and on the session's last rules alike. Elsewhere: probes4 kinokuniya's description. The bytes these
	// took came from a pass that ordered the bundle's modules, declarations and test-only regex alternatives to gzip
	// smaller (155 B, outputs identical on all 716 pages). Left: a talk's channel as its meta author (TED),
	// `김민수<span>기자</span>` pairs, a second teacher's card, store blurbs under `Reseña` or under a subtitle.
	{corpus: 'probes18', before: '43db0ac'},
	// Session 33 (from 13d66f7): probes19's misses were read (its figures then, ours / metascraper: title 100 / 81.3,
	// authors 81.3 / 50.0, description 93.8 / 87.5, siteName 75.0 / 81.3, language 100 / 100, date 100 / 75.0, ISBN
	// 100 / 0, publisher 100 / 0). Rules, each how many sites write: a site name written as an address keeps its
	// suffix unless the head title calls the site by its word alone (`booklooker.de`, `Audible.de`, but `| Hugendubel`;
	// the old rule dropped it whenever the name was the host); a radio station's episode (`RadioEpisode`) is the main
	// entity as a podcast's is; a colon after a byline's names ends them (`Wendt, Jonas:`); a store's details list
	// names the author before any element's class (a recommendation's `tile-author`), and a later source naming the
	// same people spells them as the page does (`マルタ・コヴァルスカ` over a catalogue's sorted name); a company's legal
	// form is no part of a site's name (`… GmbH`, `note株式会社`); a head title's last part names the site after the
	// heading and the words a store or course site adds (`Heading Online Class | Site`), a former name (`, formerly
	// Lynda.com`) dropped. probes19: authors 81.3 -> 100, siteName 75.0 -> 93.8 (metascraper 81.3), the rest
	// unchanged. Elsewhere: authors probes6 79.2 -> 83.3 (primo); siteName up on 12 probe sets (probes 66.7 -> 71.4,
	// probes3 75.0 -> 79.2, probes4 79.2 -> 87.5, probes5 75.0 -> 79.2, probes7 79.2 -> 87.5, probes8 75.0 -> 91.7,
	// probes10 71.4 -> 78.6, probes12 85.7 -> 92.9, probes13 78.6 -> 85.7, probes16 85.7 -> 92.9, probes17 64.3 ->
	// 78.6, probes18 64.3 -> 85.7), down on probes6 87.5 -> 83.3 (arXiv.org), probes14 78.6 -> 71.4 (Agapea.com),
	// readability 89.2 -> 88.0 (Factorio) and metascraper 89.0 -> 87.9 (Stuff.co.nz), whose labels drop the suffix no
	// title of theirs drops. The bytes came from leaving out `xml:lang` and three alternatives no corpus page needs
	// (Amazon's `Mass Market Paperback` and `Gebundene Ausgabe`, `spedizione gratuita`, `内容简介`). Left: a platform
	// named last in the head title, after the library (`| The New York Public Library | BiblioCommons`); a used-book
	// listing's condition line as its description, the blurb under `Inhaltsangabe` (booklooker); a course's provider
	// as the site when nothing else names it (it fixed LinkedIn Learning but changed golden snapshots outside this
	// study's files: edX and Manning gaining their names, an .edu course page its university).
	{corpus: 'probes19', before: '13d66f7'},
	// Session 33, at its end: probes20's miss lines were read (no rule written from them yet), so figures from here on
	// are no longer held out. Its misses: dates only in the page (`2026年12月06日 08:30` under a `文｜财新 A B` byline, a
	// store's `Publication date:` row, a catalogue record's year, `As Taught In: Fall 2024`), a date taken from a
	// post's update over its release (velog), bylines only in show notes (`Von X.`) or an instructors list, a store's
	// author run into its publisher (`Elif Karaoğlan İletişim Yayınları`), a catalogue title under a `Dettaglio`
	// heading.
	{corpus: 'probes20', before: '277646b'},
	// Session 34 (from fc88f29): probes21's misses were read, the first look at them (its figures then: title 93.8,
	// authors 75.0, description 93.3, siteName 100, language 100, date 75.0, publisher 25.0). Rules, each how many
	// sites write: a catalogue's ISBD imprint line (`Crawley, Western Australia : UWA Publishing, 2025`, place and
	// publisher parted by ` : `) is the edition's statement under any label when no date's label speaks (Blacklight's
	// `Description`); Indonesian stores' `Penerbit` and `Tanggal Terbit`; a head title's first part of over 40
	// characters is the page's own, though it names the site (`Title, Author. Giulio Einaudi Editore - Series`); a day
	// written `Dec 05. 2026` (Kakao); a list classed as the authors names one in each item (`<ul
	// class=post__authors>`). probes21: title 93.8 -> 100, authors 75.0 -> 81.3, date 75.0 -> 93.8, publisher 25.0 ->
	// 75.0, the rest unchanged. Elsewhere: publisher probes9 80 -> 100 (bnf-catalogue-fr) and probes15 80 -> 100
	// (sudoc-fr), both ISBD lines; no page lost. Tried and dropped: a description block of bare text by its class
	// (Sched's `tip-description`: on readability and metascraper pages it picked an author box's bio and an audio
	// file's note), a stop-ended description giving way to a longer one it opens (donga-ko's two-sentence lead: six
	// pages won, eight lost). The bytes came from reading microdata values by `localName`, a Person's name parts joined
	// as text, and leaving out the camelCase `ByLine` class no corpus page writes. Left: Einaudi's publisher (its own
	// site, named only in the head title), OpenLearn's `written by Dr A and Dr B` sentence and `First Published:`
	// heading on a course page, Sched's speakers and abstract, Brunch's byline (an `author_job` class found before `by
	// A` under the title); probes20's caixin, velog, mit-ocw, ardaudiothek, dr-com-tr and donga-ko misses as listed
	// above.
	{corpus: 'probes21', before: 'fc88f29'},
	// Session 35 (from c477d39, probes22; from 55463c6, probes23, its rules then the same as when it was scored): their
	// misses were read. Rules: a JSON-LD graph's WebSite node names the site before an article's publisher, the
	// company or blogger behind it (`Spotify Engineering`, not `Spotify`; `Sattelfest`, not its author); an academic
	// title before a full name is no part of it (`Prof. Dr. Katrin Berger`; `Dr. Seuss` kept); Finnish `Kustantaja`
	// and `Ilmestymispäivä`, Danish `Udgivelsesdato`, VuFind's `Main Author`. probes22: authors 75.0 -> 81.3, siteName
	// 75.0 -> 87.5, date 93.3 -> 100, publisher 75.0 -> 100; probes23: authors 87.5 -> 93.8, date 86.7 -> 93.3 (and
	// language 93.8 -> 100, the eval now scoring Bokmål `nb` as `no`). Elsewhere: authors probes14 one page more; no
	// page lost. The bytes: meta spellings whose corpus pages all give the field in another tag (69 B), `Publishing
	// house`. Tried and dropped: a book page with an ISBN and no publisher takes its site's name as the publisher (7
	// publishers' own sites right, 6 stores and Wikipedia wrong), blocks of the byline's class anywhere, not only next
	// to it (related stories' bylines joined), the site from og:site_name before an article's JSON-LD publisher
	// (siteName 85.3 -> 83.6 over the corpora). Left: Anagrama's publisher (its own site), gacco's and re:publica's
	// second teacher or speaker (each in a card of its own), SearchWorks' `Author/Creator: Whitcomb, Eleanor J.,
	// author.`, HathiTrust's and SearchWorks' names in the head title (`… | HathiTrust Digital Library`, `… in
	// SearchWorks catalog`), a radio host (`Programledare:`), SWAYAM's name only in its footer, `Báo VietNamNet`.
	{corpus: 'probes22', before: 'c477d39'},
	{corpus: 'probes23', before: '55463c6'},
	// Session 35 (from 7403060): probes24's misses were read. Rules: Norwegian `Utgivelsesdato` (Norli, whose review's
	// day was read before), Hungarian `Megjelenés dátuma` (bookline; its 18 B from `publish-date` and
	// `article:published`, which no corpus page needs): date 86.7 -> 100. Tried and dropped: no day shown on a page
	// whose details list gives an ISBN (four articles citing a book lost theirs). Left: Finna's `Lehtimäki, Aino,
	// kirjoittaja. Nieminen, Jussi, valokuvaaja.` line, Mercari's site (its JSON-LD publisher `株式会社メルカリ`),
	// MiríadaX's teachers, mujRozhlas's `Autorka:`.
	{corpus: 'probes24', before: '7403060'},
	// Session 36 (from 3e760cb): probes25's misses were read. Rule: Dutch and Flemish stores' `Verschijningsdatum`
	// (Standaard Boekhandel, whose review's day was read before; its 9 B from the adapters, the largest 670 -> 665 B):
	// date 86.7 -> 93.3. Left: Adelphi's `In libreria dal 21 ottobre 2026` (no label's colon) and its publisher (the
	// site itself), dropbox.tech's site (`dropbox`, the address's word the head title's `- Dropbox` names).
	{corpus: 'probes25', before: '3e760cb'},
	// Session 37 (from 2abfdc9c): probes27's misses were read. Rules, kept in a second sitting (they first cost more
	// than the 1 B of budget left: 15,097 B for all four against 15,000): a day or a year alone on a line of a book's
	// details list dates the edition under a label in any language (`Datum vydání` then `12. 11. 2026`, `تاريخ النشر`
	// then `2026`; kosmas, jamalon and four older probe pages right, Wikipedia's reference years ruled out by a leading
	// space); the page's first paragraph outside a `<main>` that holds none (a store's blurb in a section below its
	// product box, `About the Book`, `תקציר`); an og:title that is the head title's last part names the site
	// (`JavaZone 2026` beside `Talk | JavaZone 2026`); an `<h2>` heads a page without an `<h1>` and a byline opening
	// with its day (`Dec. 1, 2026 · Name on behalf of the Cargo team`). Every corpus page's output changed only where
	// these read it right: dates on carturesti, kitapyurdu, yakaboo, koha, jamalon, kosmas; descriptions on anandtech,
	// bookswagon, steimatzky (and metascraper's unlabelled yandex); the site on indie-press-hproduct; titles on
	// it-news-di, javazone, rustblog and five extruct RDFa pages. probes27: title 93.8 -> 100, authors 68.8 -> 75.0,
	// description 80.0 -> 93.3, siteName 93.8 -> 100, date 80.0 -> 93.3. The page's paragraphs outside the root are
	// walked only when none inside reads as a description: read at once, their walk took 2 ms more on the bench's
	// Amazon pages (10.0, 9.6, 9.1 ms against 8.7, 7.5, 7.0). The bytes (14,330 + 665 = 14,995 B after): the scan's
	// attribute lists queried in a loop (3 B), and details labels whose removal changed no corpus page's output
	// (`Print length`, `Extent`, `Prix`, `Precio`, `出版元`, `発行元`, `発売元`, `出版年月日`; then, with their unit tests,
	// `Published by`, `Éditions`, `Utgivare`, `出版方`, `出版`, `出品方`, `Release date`, and `Published/Created`,
	// `Published/Produced`, `Pubblicazione`, `Utgivning`, read still as ISBD imprints; then `书名`, `Preis`), the bare
	// `出版` day's guard and the listing's `Published by` rewrite with them. Tried and dropped: names parted by ` · `
	// (a publisher and a subscriber count became authors), date labels the line rule was to replace (their pages'
	// publishers and dates moved), a loop over parseDate's month-name patterns (14 B larger). Left: Berria's byline
	// (a link in the dateline's block), the speakers' and teachers' cards (JavaZone, K-MOOC), RTP's `Autoria e
	// apresentação:` credit, Steimatzky's date (no ISBN label in the page: `מסת"ב`), the Rust Blog's boilerplate
	// description.
	{corpus: 'probes27', before: '2abfdc9c'},
];
// Session 19 (at 32e8c29): the `probes` corpus (tests/fixtures/extract-probes: 12 articles, 10 store and catalogue
// book pages, a course, a conference talk) was written from how sites write their pages, without reading src/extract,
// and scored before any rule was written from it (ours / metascraper, % of labelled pages): title 83.3 / 66.7,
// authors 54.2 / 25.0, description 38.9 / 33.3, siteName 57.1 / 85.7, language 100 / 91.7, date 86.4 / 40.9, isbn 100
// and publisher 100 (metascraper reads neither). Studied from session 19 on (STUDIED); `probes2` is held out.
// Session 19 (at b65ad3f): a second set, `probes2` (tests/fixtures/extract-probes2: 12 articles, 10 store, publisher
// and catalogue book pages, a course, a code host's README), written like `probes` from how sites write their pages,
// in other sites and layouts, without reading src/extract, and scored before anyone looked at it (ours / metascraper):
// title 87.5 / 62.5, authors 56.5 / 52.2, description 22.2 / 16.7, siteName 73.9 / 65.2, language 100 / 87.5, date
// 68.2 / 40.9, isbn 100 and publisher 100 (metascraper reads neither). It measures whether rules written from
// `probes` generalise: nobody writing rules reads its pages or misses; it is never to be in STUDIED.
// Session 20 (at 07318bd): a third set, `probes3` (tests/fixtures/extract-probes3: 12 articles and posts on WordPress
// with Yoast, Ghost, Jekyll, Drupal, Tistory and Habr and in British, Brazilian, Polish, Turkish, Swedish and Taiwanese
// newspapers; 10 store, publisher and catalogue book pages: Bookshop.org, Powell's, O'Reilly, Hugendubel, bol, Ozon,
// Yes24, 三民, Douban, a Koha record; a Udemy course; a Podlove podcast episode), written like `probes2` from how
// sites write their pages, without reading src/extract or the other probes' pages, and scored before anyone looked at
// it (ours / metascraper): title 87.5 / 83.3, authors 62.5 / 25.0, description 73.9 / 56.5, siteName 70.8 / 75.0,
// language 100 / 100, date 78.3 / 43.5, isbn 100 and publisher 90.0 (metascraper reads neither). The description rules
// of cd042e8, written from `probes` before probes3 was read, took its descriptions to 78.3 (one tagline more known);
// from f3bd32d on probes3 is studied (STUDIED), and probes2 alone is held out.
// Session 21 (at 06f8297): a fourth set, `probes4` (tests/fixtures/extract-probes4: 12 articles and posts, bylines
// often only in the visible page: Spanish, German regional, Japanese, Chinese mainland, Korean, Indian, Indonesian
// and US local TV news, an Italian WordPress blog, Substack, a Hugo blog, a Medium post by two; 10 store, publisher
// and catalogue book pages: Waterstones, Fnac, Casa del Libro, Kinokuniya, 当当, 博客來, Kyobo, Adlibris, Penguin
// Random House, an Open Library edition; a Coursera course; a pretalx talk), written like `probes3` from how sites
// write their pages, without reading src/extract or the other probes' pages, and scored before anyone looked at it,
// from the summary table alone (ours / metascraper): title 91.7 / 75.0, authors 54.2 / 33.3, description 58.3 /
// 41.7, siteName 70.8 / 91.7, language 100 / 91.7, date 69.6 / 30.4, isbn 100 and publisher 90.0 (metascraper reads
// neither). The byline rules of cfb6c3a (written from probes3) moved none of its figures. From cb900ec on probes4's
// misses were read (STUDIED), and probes2 alone is held out.
// Session 22 (at 8858808): a fifth set, `probes5` (tests/fixtures/extract-probes5: 12 articles and posts: French
// regional (Ouest-France), Dutch (NOS), Vietnamese (VnExpress), Arabic (Al Jazeera), Thai (Thairath), Russian (RBC)
// and Chinese portal (163) news, a Zenn post, a WordPress.com blog, a Hashnode post, an al-folio Jekyll academic
// blog, a Buttondown newsletter issue; 10 store, publisher and catalogue book pages: Libraccio, Amazon.com.br, Bokus,
// Wook, Google Books, MIT Press, No Starch Press, WorldCat, a VuFind record, a Tmall listing in GBK; a FutureLearn
// course; a media.ccc.de talk), written like `probes4` from how sites write their pages, without reading
// src/extract or the other probes' pages, and scored before anyone looked at it, from the summary table alone (ours /
// metascraper): title 95.8 / 91.7, authors 45.0 / 35.0, description 63.6 / 45.5, siteName 75.0 / 66.7, language
// 95.8 / 87.5, date 60.9 / 43.5, isbn 100 and publisher 70.0 (metascraper reads neither). The rules written that
// session from the other sets moved none of its figures; from 0fde951 on its misses were read (STUDIED).
// Session 23 (at f665ba0): a sixth set, `probes6` (tests/fixtures/extract-probes6: 12 articles and posts: Austrian
// regional, Argentine, Hindi and Czech regional news, a Japanese tech-news site, a Chinese community post (sspai-like),
// a Greek WordPress blog on Twenty Ten, a Finnish Blogger blog, a Bear Blog post, a beehiiv newsletter post, a Forem
// community post, an arXiv abstract page; 9 store, publisher and catalogue book pages: Springer Nature Link, The
// Pragmatic Bookshelf, 京东, 알라딘, honto, Saxo, Empik, Goodreads, a Primo VE record; an edX course; an Indico
// contribution; a Transistor podcast episode), bylines, dates and descriptions often only in the visible page,
// written like `probes5` from how sites write their pages, without reading src/extract or the other probes' pages,
// and scored before anyone looked at it, from the summary table alone (ours / metascraper): title 83.3 / 66.7,
// authors 54.2 / 41.7, description 65.2 / 60.9, siteName 75.0 / 79.2, language 100 / 95.8, date 65.2 / 47.8, isbn
// 100 and publisher 55.6 (metascraper reads neither). It was held out until session 24 read its misses (STUDIED).
// Session 23 (from f665ba0, branch ext23): four rules from how pages are written, each checked on the studied sets'
// misses to lose no page: a numeric date day first where the picked language is not English (probes4 date 78.3 ->
// 87.0); a handle after a comma is one more name (`Redford, q3k, MrTick`: probes5 authors 60.0 -> 65.0); a Japanese
// article signed in brackets at its end (probes4 authors 75.0 -> 79.2). Held-out probes2: date 72.7 -> 77.3, authors
// unchanged; probes6 unchanged. A visible byline naming more people than the metadata (probes3 authors 79.2 -> 83.3,
// probes4 +1 page) was taken out again: reading the byline on every page whose metadata names someone cost 3-5 ms on
// the bench's 2-3 MB pages. Korean `이름 기자` and a bold name alone closing a Vietnamese article were measured
// (with them probes4 and probes5 gained a page each, probes2 one, none lost) but left out: over the size budget.
// Session 24 (at bbf2e08): a seventh set, `probes7` (tests/fixtures/extract-probes7: 12 articles and posts: Norwegian
// (NRK), Hungarian (HVG), Swiss (NZZ), Indonesian (Kompas), Hebrew (Ynet), Ukrainian (Pravda), Catalan (VilaWeb) and
// Romanian (HotNews) news, LWN.net, a Jekyll Minima blog, a Japanese Blogger blog, a Turkish WordPress blog with Rank
// Math; 10 store, publisher and catalogue book pages: Bertrand, Akademibokhandeln, Ark, Libristo, 博客來, 楽天ブックス,
// 인터파크, Dymocks, Hachette, the Library of Congress catalogue; a pretalx talk; an Apple Podcasts episode), written
// like `probes6` from how sites write their pages, without reading src/extract or the other probes' pages, and scored
// before anyone looked at it, from the summary table alone (ours / metascraper): title 83.3 / 62.5, authors 56.5 /
// 52.2, description 54.2 / 45.8, siteName 70.8 / 79.2, language 100 / 100, date 90.0 / 50.0, isbn 100 and publisher
// 80.0 (metascraper reads neither). It is held out: nobody has read its misses; not in STUDIED.
// Session 24 (at 1cdb8ac's rules): an eighth set, `probes8` (tests/fixtures/extract-probes8: 12 pages: Le Temps,
// Dagens Nyheter, Wyborcza, Hürriyet, Rappler, a Docusaurus blog; Travessa, Readings, Lehmanns, a DNB record,
// Fitzcarraldo Editions; a FUN MOOC course), written like `probes7` without reading src/extract or the other sets,
// for the next session to score first; its summary row alone was read (ours / metascraper): title 91.7 / 75.0,
// authors 75.0 / 50.0, description 45.5 / 45.5, siteName 75.0 / 91.7, date 77.8 / 33.3, publisher 80.0. Held out.
// Session 25 (at e56f3c4's rules): a ninth set, `probes9` (tests/fixtures/extract-probes9: 14 pages: Público,
// Kathimerini, Tuổi Trẻ, Berita Harian, La Voz de Galicia, a Hugo blog on the Stack theme, a WordPress blog on Astra
// with Yoast; laFeltrinelli, Librería Gandhi, 版元ドットコム, the BnF catalogue, the University of Chicago Press; a
// Stepik course; a Buzzsprout episode), written like `probes8` without reading src/extract or the other sets, and
// scored before any look, from the summary row alone (ours / metascraper): title 92.9 / 85.7, authors 71.4 / 42.9,
// description 61.5 / 61.5, siteName 85.7 / 85.7, date 69.2 / 53.8, isbn 100, publisher 60.0. The session's rules
// (from probes7) left every field as it was. Held out.
// Session 26 (at b2f75bd's rules, the extractor's as at 7306ceb): a tenth set, `probes10`
// (tests/fixtures/extract-probes10: 14 pages: Yle, Delfi, Index.hr, Dawn, Der Standard, a Hexo NexT blog; Decitre,
// Orell Füssli, 誠品, Cambridge University Press, NDL Search; a Domestika course, a 小宇宙 episode, a USENIX talk),
// written like `probes9` without reading src/extract or the other sets, with decoy credits (photographers, an
// organisation as the metadata's author, a translator among a store's authors), and scored before any look, from the
// summary row alone (ours / metascraper): title 100 / 85.7, authors 28.6 / 21.4, description 76.9 / 53.8, siteName
// 71.4 / 71.4, date 84.6 / 61.5, isbn 100, publisher 80.0. Held out.
// Session 27 (at 2bbbf6d's rules, the extractor's after probes10 was studied): an eleventh set, `probes11`
// (tests/fixtures/extract-probes11: 14 pages: Le Monde, Газета.Ru, Prothom Alo, 朝日新聞デジタル, Quanta Magazine,
// 조선일보; bücher.de, Marcial Pons, Cărturești, HOEPLI.it, Manning; an openHPI course, a Podbean episode, an InfoQ
// talk), written like `probes10` without reading src, seven of its bylines only in the visible page, with decoy credits
// (photographers, illustrators, editors, a foreword, a track host), and scored before any look, from the summary row
// alone (ours / metascraper): title 100 / 85.7, authors 42.9 / 21.4, description 85.7 / 71.4, siteName 64.3 / 64.3,
// language 92.9 / 92.9, date 84.6 / 53.8, isbn 100, publisher 80.0. Held out.
// Session 27, at its end (at 52f669a's rules, after probes11 was studied): a twelfth set, `probes12`
// (tests/fixtures/extract-probes12: 14 pages: DER SPIEGEL, Corriere della Sera, Folha de S.Paulo, 澎湃新闻, Dainik
// Bhaskar, Smashing Magazine; Libri.de, 岩波書店, Livraria Cultura, Polona, AbeBooks; a Khan Academy unit, a Spotify
// episode, a PeerTube talk), written like `probes11` without reading src, and scored before any look, from the
// summary row alone (ours / metascraper): title 92.9 / 78.6, authors 30.8 / 0.0, description 69.2 / 61.5, siteName
// 85.7 / 92.9, language 100 / 100, date 61.5 / 46.2, isbn 100, publisher 60.0. With the rules as they were at the
// session's start (`--at 2bbbf6d`): the same but authors 38.5: one of session 27's rules lost one page's author there
// (not looked at: the next study starts there). Held out.
// Session 28, at its start (at e6fe032's rules): a thirteenth set, `probes13` (tests/fixtures/extract-probes13: 14
// pages: Hamshahri, Hindu Tamil Thisai, Denník N, Dnevnik, LSM.lv, Ars Technica; LIBRIS, TaniaKsiazka.pl, Delfi
// knjižare, Politeia, Yale University Press; a Class Central course, a Speaker Deck talk, a Castbox episode), written
// like `probes12` without reading src, eleven of its bylines only in the visible page, and scored before any look,
// from the summary row alone (ours / metascraper): title 100 / 85.7, authors 42.9 / 14.3, description 76.9 / 69.2,
// siteName 78.6 / 85.7, language 85.7 / 78.6, date 69.2 / 69.2, isbn 100 / 0, publisher 40.0 / 0. After probes12's
// study (session 28, merged at 333dd2b), still held out: description 76.9 -> 84.6, every other field unchanged.
// Studied in session 29 (STUDIED): title 100, authors 64.3, description 100, siteName 78.6, language 92.9, date 92.3,
// isbn 100, publisher 100.
// Session 29, at its start (at a5941f6's rules): a fourteenth set, `probes14` (tests/fixtures/extract-probes14: 14
// pages in the big languages: The Verge, The Guardian, 36氪, 毎日新聞, El País, heise online; Foyles, Booktopia, e-hon,
// Agapea, Mondadori Store; a 极客时间 column, a Pocket Casts episode, a YouTube talk), written like `probes13` without
// reading src, and scored before any look (ours / metascraper): title 85.7 / 64.3, authors 71.4 / 14.3, description
// 78.6 / 57.1, siteName 78.6 / 78.6, language 92.9 / 92.9, date 92.3 / 69.2, publisher 100 / 0. After probes13's
// study (merged at c9dfb5a), still held out: every field the same. Studied in session 30 (STUDIED).
// Session 30, at its start (at ce4ef65's rules): a fifteenth set, `probes15` (tests/fixtures/extract-probes15: Los
// Angeles Times, The Irish Times, Sud Ouest, 虎嗅, 한겨레, a WordPress blog; Athenaeum, Hanser, Sudoc, 孔夫子旧书网, 리디;
// Frontend Masters, Acast, the ACM Digital Library), written like `probes14` without reading src, scored before any
// look (ours / metascraper): title 71.4 / 71.4, authors 50.0 / 28.6, description 57.1 / 57.1, siteName 78.6 / 85.7,
// language 92.9 / 92.9, date 92.9 / 78.6, publisher 80.0 / 0. Then studied (STUDIED).
// Session 30, while probes14 and probes15 were studied: a sixteenth set, `probes16` (tests/fixtures/extract-probes16:
// CBC, Clarín, Il Post, 美团技术团队, a Cocoon blog, Коммерсантъ; Audible.de, Estante Virtual, CiNii Books, TAAZE,
// Лабиринт; Inflearn, iVoox, bilibili), written like the others, never studied: held out at this session's end
// (ours / metascraper) title 92.9 / 85.7, authors 61.5 / 30.8, description 71.4 / 42.9, siteName 78.6 / 85.7, language
// 100 / 100, date 92.9 / 57.1, publisher 100 / 0; at ce4ef65's rules the same but title 85.7.
// Session 31, at its start (at ad5155d's rules): a seventeenth set, `probes17` (tests/fixtures/extract-probes17: NZ
// Herald, FAZ, Libération, 중앙일보, detikNews, de Volkskrant; Penguin UK, kitapyurdu, Lubimyczytać, HMV&BOOKS, Todos tus
// libros; 中国大学MOOC, DR LYD, FOSDEM), written like the others without reading src, scored before any look, the same
// at ad5155d's rules and after probes16's study (3fd9322) (ours / metascraper): title 85.7 / 71.4, authors 28.6 / 14.3,
// description 57.1 / 21.4, siteName 57.1 / 64.3, language 100 / 100, date 84.6 / 46.2, publisher 60.0 / 0. Then
// studied (STUDIED).
// Session 31, scored on the session's last rules, after probes16's and probes17's study: an
// eighteenth set, `probes18` (tests/fixtures/extract-probes18: The Denver Post, ABC Australia, g1, Il Fatto Quotidiano,
// iDNES, 南方周末, 연합뉴스, Al-Masry Al-Youm; Amazon.fr, Weltbild, Fahasa, Buscalibre; OpenClassrooms, TED), written
// without reading src, weighted to bylines only in the page, never studied (ours / metascraper): title 100 / 100,
// authors 21.4 / 7.1, description 50.0 / 28.6, siteName 64.3 / 85.7, language 100 / 100, date 78.6 / 57.1,
// publisher 75.0 / 0.
// Session 32, at its start (at 43db0ac's rules): a nineteenth set, `probes19` (tests/fixtures/extract-probes19: Star
// Tribune, New Statesman, 東洋経済, El Tiempo, Kölner Stadt-Anzeiger, 界面新闻, Politiken; the Cloudflare blog, a Jekyll
// Chirpy blog, note; Indigo, Gallimard, NYPL's BiblioCommons, booklooker; LinkedIn Learning, Radio France), written
// without reading src and, unlike probes15-18, asked to be representative (sites chosen as a reader meets them, their
// markup as the real site writes it, no harder), scored before any look (ours / metascraper): title 100 / 81.3,
// authors 81.3 / 50.0, description 93.8 / 87.5, siteName 75.0 / 81.3, language 100 / 100, date 100 / 75.0, ISBN
// 100 / 0, publisher 100 / 0. The same on the session's last rules, after probes18's study. Then studied in session 33
// (STUDIED).
// Session 33, at its start (at 13d66f7's rules, the same on 277646b's after probes19's study): a twentieth set,
// `probes20` (tests/fixtures/extract-probes20: la Repubblica, El Mundo, Estadão, 동아일보, The Hindu, Rzeczpospolita,
// 财新; the GitHub Blog, velog, a Hugo Blowfish blog; D&R, Companhia das Letras, OPAC SBN, Barnes & Noble; MIT
// OpenCourseWare, ARD Audiothek), written without reading src and asked to be representative, scored before any look
// (ours / metascraper): title 93.8 / 87.5, authors 68.8 / 37.5, description 93.3 / 86.7, siteName 93.8 / 93.8,
// language 100 / 93.8, date 62.5 / 56.3, ISBN 100 / 0, publisher 50.0 / 0.
// Session 34, at its start (at e9be80f's rules, after the first probes20 study): a twenty-first set, `probes21`
// (tests/fixtures/extract-probes21: The Washington Post, Der Tagesspiegel, Le Point, 联合早报, La Tercera, Helsingin
// Sanomat; Mozilla Hacks, a Jekyll Minimal Mistakes blog, 브런치스토리; Gramedia, Einaudi, the National Library of
// Australia's catalogue, leslibraires.fr; OpenLearn, a Podigee podcast, a Sched conference talk), written without
// reading src and asked to be representative, scored before any look (ours / metascraper): title 93.8 / 87.5,
// authors 75.0 / 68.8, description 93.3 / 86.7, siteName 100 / 100, language 100 / 100, date 75.0 / 43.8, ISBN
// 100 / 0, publisher 25.0 / 0.
// Session 34, after the studies of probes20 and probes21 (at 0f5a140's rules): a twenty-second set, `probes22`
// (tests/fixtures/extract-probes22: The Seattle Times, The Independent, NRC, 경향신문, VEJA, Telex; Spotify
// Engineering, a Kadence WordPress blog, Qiita; Suomalainen Kirjakauppa, Simon & Schuster, Stanford's SearchWorks,
// Apple Books; SWAYAM, Sveriges Radio, re:publica), written without reading src and asked to be representative, scored
// before any look (ours / metascraper): title 100 / 93.8, authors 75.0 / 56.3, description 100 / 87.5, siteName
// 75.0 / 81.3, language 100 / 100, date 93.3 / 80.0, ISBN 100 / 0, publisher 75.0 / 0.
// Session 35, at its start (at 851f2da's rules: session 34's and the WebSite node's name first): a twenty-third set,
// `probes23` (tests/fixtures/extract-probes23: Süddeutsche Zeitung, Aftenposten, Le Soir, Hespress, The Atlantic,
// VietNamNet; the Woowa Brothers tech blog, Alura, 掘金; Anagrama, Gyldendal, Martinus, HathiTrust; gacco, RaiPlay
// Sound, PyCon US), written without reading src and asked to be representative, scored before any look (ours /
// metascraper): title 100 / 75.0, authors 87.5 / 50.0, description 100 / 100, siteName 81.3 / 81.3, language
// 93.8 / 100, date 86.7 / 60.0, ISBN 100 / 0, publisher 75.0 / 0.
// Session 35, after the studies of probes22 and probes23 (at 13a1db8's rules): a twenty-fourth set, `probes24`
// (tests/fixtures/extract-probes24: La Nación, Svenska Dagbladet, De Morgen, Polityka, the BBC, Observador; the OCTO
// and JetBrains blogs, Mercari Engineering; Norli, Suhrkamp, Finna, bookline; MiríadaX, mujRozhlas, NDC Oslo), written
// without reading src (its writer read old commit messages, which name rules, to avoid sites already used) and asked
// to be representative, scored before any look (ours / metascraper): title 100 / 87.5, authors 81.3 / 50.0,
// description 100 / 93.8, siteName 93.8 / 87.5, language 100 / 100, date 86.7 / 66.7, ISBN 100 / 0, publisher
// 100 / 0.
// Session 36, at its start (at 3e760cb's rules: session 35's): a twenty-fifth set, `probes25`
// (tests/fixtures/extract-probes25: Meduza, Haaretz, The Reporter (報導者), WELT, El Comercio, The New Yorker, Delo;
// Mollat, Adelphi, Standaard Boekhandel, bibliotek.dk; Federica, GOTO Copenhagen, NPR's Planet Money, dropbox.tech,
// the Collège de France), written without reading src and asked to be representative, scored before any look (ours /
// metascraper): title 100 / 87.5, authors 100 / 43.8, description 100 / 81.3, siteName 93.8 / 93.8, language
// 100 / 100, date 86.7 / 86.7, ISBN 100 / 0, publisher 75.0 / 0.
// Session 36, after probes25's study (at 75e0a67's rules: `Verschijningsdatum` added): a twenty-sixth set, `probes26`
// (tests/fixtures/extract-probes26: Tempo, protothema, NTV, La Vanguardia, ZEIT ONLINE, piauí, the Tailscale blog;
// Cúspide, Yakaboo, 新潮社, นายอินทร์; Platzi, Devoxx Belgium, an Ausha podcast, an LSE lecture, Vimeo), written
// without reading src and asked to be representative, scored before any look (ours / metascraper): title 93.8 / 87.5,
// authors 81.3 / 43.8, description 100 / 81.3, siteName 100 / 100, language 100 / 100, date 92.9 / 64.3, ISBN
// 100 / 0, publisher 75.0 / 0. Misses, not studied (the script has 1 B left): Devoxx's two speakers and the LSE
// lecture's speaker (cards of their own), นายอินทร์'s `ผลงานอื่นของผู้เขียน` heading (`Other works by the author`, in a
// section whose id names the author) read as the author, 新潮社's head title `Name 『Title』` kept whole and its
// publisher (the site itself), Yakaboo's Ukrainian `Рік видання` (year of publication).
// Session 37, at its start (at 2abfdc9c's rules, session 36's): a twenty-seventh set, `probes27`
// (tests/fixtures/extract-probes27: Postimees, Daily Maverick, Berria, Mathrubhumi, The Conversation France; the Rust
// Blog; Kosmas.cz, Jamalon, Steimatzky, Otava, Bookswagon, datos.bne.es; K-MOOC, JavaZone, RTP Play, J-STAGE),
// written without reading src and asked to be representative, scored before any look (ours / metascraper): title
// 93.8 / 81.3, authors 68.8 / 37.5, description 80.0 / 53.3, siteName 93.8 / 81.3, language 100 / 100, date
// 80.0 / 66.7, ISBN 100 / 0, publisher 100 / 0. Then studied (STUDIED).
// Session 37, during probes27's study (at 7964adeb's rules, session 36's for the extractor): a twenty-eighth set,
// `probes28` (tests/fixtures/extract-probes28: The Straits Times, Ara, Jutarnji list, mbl.is, netzpolitik.org;
// Читай-город, Knihy Dobrovský, Actes Sud, elefant.ro, Minumsa; BTK Akademi, SXSW, Universiteit van Nederland,
// Spreaker, ARTE, SciELO), written without reading src, scored before any look: title 100 / 100, authors 68.8 /
// 37.5, description 100 / 87.5, siteName 93.8 / 93.8, language 100 / 100, date 73.3 / 60.0, ISBN 100 / 0, publisher
// 80.0 / 0. On probes27's rules, still unread: date 86.7 (Читай-город's year, Dobrovský's day, each alone on its
// line), the rest the same. Not studied: role words read as names (`Speaker`, `작가`), a podcast's and a lecture's
// host in cards, Minumsa's date and publisher, SciELO's site name.

type Extract = (doc: Document, url: string) => PageMetadata;

/**
 * The extractor as it was at `ref`: its src/ exported with `git archive` into a scratch folder (no worktree to
 * clean up, the repository untouched) and imported from there, so the scoring below stays today's.
 */
async function extractorAt(ref: string): Promise<Extract> {
	const repo = path.resolve(import.meta.dirname, '..');
	const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {cwd: repo, encoding: 'utf8'}).trim();
	const dir = path.join(tmpdir(), `shelfmark-at-${sha.slice(0, 12)}`);
	if (!existsSync(path.join(dir, 'src/extract/extract-metadata.ts'))) {
		mkdirSync(dir, {recursive: true});
		execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${dir}"`], {cwd: repo});
	}
	const module = await import(pathToFileURL(path.join(dir, 'src/extract/extract-metadata.ts')).href) as {extractMetadata: Extract};
	return module.extractMetadata;
}
const FIELDS = [
	'title', 'authors', 'description', 'siteName', 'language', 'date', 'isbn', 'publisher', 'image', 'pages', 'price',
] as const;
type Field = (typeof FIELDS)[number];
/**
 * A label: a value, null (the page has none: scored as tn/fp), or absent (not scored). An image label may instead be
 * a list of keys (`coverKeys`): the cover is any address containing one, for a cover shown at several sizes.
 */
type Labels = Partial<Record<Field, string | string[] | null>> & {allowedAuthors?: string[]; coverKeys?: boolean};
/** A page is a file, or (schema.org's examples) markup put in a page here, in `html`. */
type Page = {corpus: string; name: string; file: string; html?: string; url: string; labels: Labels};
type Prediction = Partial<Record<Field, string | string[]>>;

// ---- corpora -------------------------------------------------------------------------------------------

function readability(): Page[] {
	const dir = path.join(ROOT, 'readability/test-pages');
	return readdirSync(dir).map(name => {
		const expected = path.join(dir, name, 'expected-metadata.json');
		const e = JSON.parse(readFileSync(expected, 'utf8')) as Record<string, string | null>;
		const labels: Labels = {title: e.title, authors: e.byline, description: e.excerpt, siteName: e.siteName};
		if (e.lang) labels.language = e.lang;
		if (e.publishedTime) labels.date = e.publishedTime;
		return {corpus: 'readability', name, file: path.join(dir, name, 'source.html'), url: 'http://fakehost/test/page.html', labels};
	});
}

function metascraperCorpus(): Page[] {
	const dir = path.join(ROOT, 'metascraper/integration');
	return readdirSync(dir).flatMap(name => {
		const cases = JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as {
			test: string; url: string; fixture: string; omitted_from_snapshot: string[];
			snapshots: Record<string, string | null>[];
		}[];
		return cases.map(c => {
			const s = c.snapshots[0]!;
			const labels: Labels = {title: s.title, authors: s.author, description: s.description,
				siteName: s.publisher, language: s.lang, date: s.date, image: s.image};
			const omitted: Record<string, Field> = {author: 'authors', publisher: 'siteName', lang: 'language'};
			for (const key of c.omitted_from_snapshot) delete labels[omitted[key] ?? (key as Field)];
			return {corpus: 'metascraper', name: c.test, file: path.join(ROOT, 'metascraper', c.fixture),
				url: c.url, labels};
		});
	});
}

/** A price label as `ours` writes a price: the amount to the cent, then the ISO currency. */
const priceLabel = (amount: unknown, currency: unknown) => `${Number(amount).toFixed(2)} ${String(currency)}`;

function swde(): Page[] {
	const truth = new Map<string, Labels>();
	const fields: [string, Field][] = [['title', 'title'], ['author', 'authors'], ['isbn_13', 'isbn'],
		['publisher', 'publisher'], ['publication_date', 'date']];
	for (const [attr, field] of fields) {
		const lines = readFileSync(path.join(ROOT, `swde-book/groundtruth/book-booksamillion-${attr}.txt`), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).slice(2);
		for (const line of lines) {
			const [id, , ...values] = line.split('\t');
			if (!id || Number(id) > 99) continue;
			const labels = truth.get(id) ?? {};
			labels[field] = values[0] === '<NULL>' ? null : field === 'authors' ? values : values[0]!;
			truth.set(id, labels);
		}
	}
	const dir = path.join(ROOT, 'swde-book/pages/book-booksamillion-2000');
	return [...truth].map(([id, labels]) => {
		const file = path.join(dir, `${id}.htm`);
		// booksamillion names each cover by the edition's ISBN-10 (`covers/bam/0/31/612/558/031612558X_l.gif`): the
		// cover label is that name's start, the gold 978 ISBN-13 without prefix and check digit (the ISBN-10's first
		// nine digits). Every one of the 100 pages shows that image.
		const core = typeof labels.isbn === 'string'
			? /^978(\d{9})\d$/.exec(labels.isbn.replace(/\D/g, ''))?.[1]
			: undefined;
		if (core) Object.assign(labels, {image: [`/${core}`], coverKeys: true});
		const url = /<base href="([^"]+)"/i.exec(readFileSync(file, 'utf8').slice(0, 500))?.[1] ?? 'http://www.booksamillion.com/';
		return {corpus: 'swde-book', name: id, file, url, labels};
	});
}

function neverTooManyBooks(): Page[] {
	const rows = JSON.parse(readFileSync(path.join(ROOT, 'nevertoomanybooks/labels.json'), 'utf8')) as {
		engine: string; test: string; url: string; fixture: string; expected: Record<string, unknown>;
	}[];
	return rows.filter(r => !r.test.startsWith('parseMultiResult')).map(r => {
		const e = r.expected;
		const people = Object.values(
			(e.authors ?? {}) as Record<string, {FamilyName?: string; GivenNames?: string; Type?: string}>,
		);
		const name = (p: {FamilyName?: string; GivenNames?: string}) => `${p.GivenNames ?? ''} ${p.FamilyName ?? ''}`.trim();
		const labels: Labels = {title: e.TITLE as string};
		const writers = people.filter(p => !p.Type || /WRITER|AUTHOR/.test(p.Type));
		if (writers.length) labels.authors = writers.map(name);
		labels.allowedAuthors = people.map(name);
		if (e.BOOK_ISBN) labels.isbn = String(e.BOOK_ISBN);
		if (e.BOOK_PUBLICATION__DATE) labels.date = String(e.BOOK_PUBLICATION__DATE);
		if (e.LANGUAGE) labels.language = String(e.LANGUAGE);
		// The app stores descriptions as HTML: compare their text.
		if (e.DESCRIPTION) {
			labels.description = String(e.DESCRIPTION).replace(/<br\s*\/?>|<\/p>/gi, ' ').replace(/<[^>]+>/g, '');
		}
		// Page counts like `48 x 3` are not scored; `720 páginas` is 720 (corpora/README.md).
		if (e.PAGE_COUNT && /^\d+(\s*[a-zñá]+)?$/i.test(String(e.PAGE_COUNT))) {
			labels.pages = String(parseInt(String(e.PAGE_COUNT), 10));
		}
		if (e.PRICE_LISTED !== undefined && e.PRICE_LISTED_CURRENCY) {
			labels.price = priceLabel(e.PRICE_LISTED, e.PRICE_LISTED_CURRENCY);
		}
		const publisher = (e.allPublishers as Record<string, {Name: string}> | undefined)?.['0']?.Name;
		if (publisher) labels.publisher = publisher;
		const covers = NTMB_COVERS[`${r.engine}/${r.test}`];
		if (covers !== undefined) Object.assign(labels, {image: covers, coverKeys: true});
		return {corpus: 'nevertoomanybooks', name: `${r.engine}/${r.test}`,
			file: path.join(ROOT, 'nevertoomanybooks', r.fixture), url: r.url, labels};
	});
}

/** A label's text: strings and numbers; a language map or an object is not one. */
const textOf = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
/** Upstream leaves some Microdata and RDFa forms as `TODO`: a form is markup only when it has tags. */
const markupOf = (present: boolean, form: string | undefined) => (present && form?.includes('<') ? form : undefined);
/** Some JSON-LD forms are the bare JSON, some come in their <script> element. */
const scripted = (json: string) => (json.trimStart().startsWith('<') ? json : `<script type="application/ld+json">${json}</script>`);

/**
 * The schema.org specification's Book and Course examples that are their page's main entity (gold): each example's
 * Microdata, RDFa and JSON-LD forms, each alone in a page, must give the labelled fields. An example holding two
 * main entities is left out (which one the page is about is not stated).
 */
function schemaorg(): Page[] {
	const dir = path.join(ROOT, 'schemaorg-examples');
	if (!existsSync(dir)) return [];
	const lines = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean)
		.map(line => JSON.parse(line) as Record<string, unknown>);
	const examples = new Map(lines('examples.jsonl')
		.map(e => [e.id as string, e as {microdata?: string; rdfa?: string; jsonld_text?: string}]));
	const subset = lines('book-course-subset.jsonl').filter(r => r.is_main_entity) as {
		id: string; has_microdata: boolean; has_rdfa: boolean; expected: Record<string, unknown>;
	}[];
	const once = subset.filter(r => subset.filter(o => o.id === r.id).length === 1);
	return once.flatMap(({id, has_microdata: micro, has_rdfa: rdfa, expected: e}) => {
		// Authors given as `@id` references or URLs name no one in the example itself.
		const authors = ((e.author ?? []) as unknown[]).map(textOf)
			.filter((a): a is string => !!a && !/^(https?:|\/|#)/.test(a));
		const labels: Labels = {title: textOf(e.name),
			isbn: textOf(e.isbn) ?? textOf((e.workExample_isbns as unknown[] | undefined)?.[0]),
			publisher: textOf(e.publisher), date: textOf(e.datePublished), language: textOf(e.inLanguage),
			pages: textOf(e.numberOfPages), description: textOf(e.description), image: textOf(e.image),
			price: e.price !== undefined && e.priceCurrency ? priceLabel(e.price, e.priceCurrency) : undefined};
		// `Ferchault, Guy` is a catalogue's inverted name (one person), as NeverTooManyBooks' family/given pairs are.
		if (authors.length) labels.authors = authors.map(a => a.replace(/^([^,]+), ([^,]+)$/, '$2 $1'));
		for (const key of Object.keys(labels) as Field[]) if (labels[key] === undefined) delete labels[key];
		const example = examples.get(id);
		const forms: [string, string | undefined][] = [['microdata', markupOf(micro, example?.microdata)],
			['rdfa', markupOf(rdfa, example?.rdfa)], ['jsonld', example?.jsonld_text && scripted(example.jsonld_text)]];
		return forms.filter((f): f is [string, string] => !!f[1]).map(([form, markup]) => ({
			corpus: 'schemaorg', name: `${id}/${form}`, file: path.join(dir, 'examples.jsonl'), url: `https://example.org/${id}`, labels,
			html: `<!DOCTYPE html><html><head><title></title></head><body>${markup}</body></html>`,
		}));
	});
}

/**
 * Our own held-out probe pages (`probes`, tests/fixtures/extract-probes; `probes2`, tests/fixtures/extract-probes2;
 * `probes3`, tests/fixtures/extract-probes3; `probes4`, tests/fixtures/extract-probes4; `probes5`,
 * tests/fixtures/extract-probes5; `probes6`, tests/fixtures/extract-probes6;
 * `probes7`, tests/fixtures/extract-probes7; `probes8`, tests/fixtures/extract-probes8; `probes9`,
 * tests/fixtures/extract-probes9; `probes10`, tests/fixtures/extract-probes10; `probes11`,
 * tests/fixtures/extract-probes11; `probes12`, tests/fixtures/extract-probes12; `probes13`,
 * tests/fixtures/extract-probes13; `probes14`, tests/fixtures/extract-probes14; `probes15`,
 * tests/fixtures/extract-probes15; `probes16`, tests/fixtures/extract-probes16; `probes17`,
 * tests/fixtures/extract-probes17; `probes18`, tests/fixtures/extract-probes18; `probes19`,
 * tests/fixtures/extract-probes19):
 * NAME.html with NAME.json, its labels as a careful reader gives them from the visible page (a field the page does
 * not state is left out, so not scored). A folder that is absent gives no pages.
 */
const PROBE_FIELDS = ['title', 'authors', 'description', 'siteName', 'date', 'publisher', 'isbn', 'language'] as const;
function probes(folder: string, corpus: string): Page[] {
	const dir = path.resolve(import.meta.dirname, '../tests/fixtures', folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir).filter(name => name.endsWith('.html')).map(name => {
		const file = path.join(dir, name);
		const json = readFileSync(file.replace(/\.html$/, '.json'), 'utf8');
		const e = JSON.parse(json) as Partial<Record<'url' | (typeof PROBE_FIELDS)[number], string | string[]>>;
		const labels: Labels = {};
		for (const field of PROBE_FIELDS) if (e[field] !== undefined) labels[field] = e[field];
		return {corpus, name: name.replace(/\.html$/, ''), file, url: String(e.url), labels};
	});
}

/** Pages with no labels here: they only have to extract without error. */
function unlabelled(): Page[] {
	const pages: Page[] = [];
	const walk = (dir: string, corpus: string) => {
		for (const entry of readdirSync(dir, {withFileTypes: true})) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full, corpus);
			else if (/\.html?$/.test(entry.name)) pages.push({corpus, name: entry.name, file: full, url: 'https://example.org/page.html', labels: {}});
		}
	};
	for (const corpus of ['extruct', 'html-metadata']) {
		if (existsSync(path.join(ROOT, corpus))) walk(path.join(ROOT, corpus), corpus);
	}
	return pages;
}

// ---- normalisation (corpora/README.md "Scoring normalisation") ------------------------------------------

const MARKS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const norm = (text: string) => decodeEntities(text).normalize('NFKC').replace(MARKS, '').replace(/[‘’]/g, "'")
	.replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const SEP = /^\s*[|\-–—:·»]\s*\S/;

const sameTitle = (a: string, b: string) => {
	const [x, y] = [norm(a), norm(b)];
	return x === y || (x.startsWith(y) && SEP.test(x.slice(y.length)))
		|| (y.startsWith(x) && SEP.test(y.slice(x.length)));
};
const sameDescription = (a: string, b: string) => {
	const cut = (t: string) => norm(t).replace(/\s*(…|\.\.\.)$/, '');
	const [x, y] = [cut(a), cut(b)];
	const truncated = /(…|\.\.\.)\s*$/.test(a + '|') || /(…|\.\.\.)\s*$/.test(a) || /(…|\.\.\.)\s*$/.test(b);
	return x === y || (truncated && x.length > 20 && y.length > 20 && (x.startsWith(y) || y.startsWith(x)));
};
const LANGS: Record<string, string> = {
	english: 'en', deutsch: 'de', german: 'de', français: 'fr', french: 'fr', frans: 'fr', inglés: 'en', engels: 'en',
	español: 'es', nederlands: 'nl', dutch: 'nl', zho: 'zh', chi: 'zh', deu: 'de', ger: 'de', nld: 'nl', dut: 'nl',
	eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', chinese: 'zh',
};
// Norwegian's two written standards, Bokmål and Nynorsk, are the language `no` too (BCP 47's macrolanguage): a page
// tagged `nb-NO` in its JSON-LD and `no` in its `<html lang>` says the same (probes23's Aftenposten, added after it).
const MACRO: Record<string, string> = {nb: 'no', nn: 'no'};
const primary = (lang: string) => {
	const l = lang.toLowerCase().replace(/_/g, '-').trim();
	const code = LANGS[l] ?? l.split('-')[0]!;
	return MACRO[code] ?? code;
};
function splitPeople(value: string | string[]): string[] {
	const values = Array.isArray(value) ? value : [value];
	return values.flatMap(v => v.split(/\s*(?:,|;|&|\band\b|、|，)\s*/))
		.map(v => v.replace(/^by\s+/i, '').replace(/\s*(\((author|editor|translator)\)|著|译|编著)$/i, '')).filter(v => v.trim());
}
const personKey = (name: string) => norm(name).split(/[\s\-.]+/).filter(Boolean).sort().join(' ');
function sameAuthors(label: string | string[], predicted: string | string[], allowed: string[] = []): boolean {
	const want = new Set(splitPeople(label).map(personKey));
	const got = new Set(splitPeople(predicted).map(personKey));
	const ok = new Set([...want, ...allowed.map(personKey)]);
	return [...want].every(name => got.has(name)) && [...got].every(name => ok.has(name));
}
function dateParts(text: string): {precision: number; local: string; utc?: string} | undefined {
	const iso = /(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(text);
	let local: string | undefined;
	let precision = 0;
	if (iso) [local, precision] = [iso[0], iso[3] ? 10 : iso[2] ? 7 : 4];
	const parsed = new Date(text);
	const utc = Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
	if (!local && utc) [local, precision] = [utc, 10];
	if (!local) {
		const month = /(\w+)\s+(\d{4})/.exec(text);
		const m = month && new Date(`${month[1]} 1, ${month[2]}`);
		if (m && !Number.isNaN(m.getTime())) {
			return {precision: 7, local: `${month![2]}-${String(m.getMonth() + 1).padStart(2, '0')}`};
		}
		const year = /\b(\d{4})\b/.exec(text);
		return year ? {precision: 4, local: year[1]!} : undefined;
	}
	return {precision, local, utc: /T\d/.test(text) ? utc : undefined};
}
function sameDate(label: string, predicted: string, corpus: string): boolean {
	const l = dateParts(label);
	const p = dateParts(predicted);
	if (!l || !p) return false;
	const n = corpus === 'swde-book' ? Math.min(l.precision, 7) : l.precision;
	if (p.precision < n) return false;
	const ls = [l.local, l.utc].filter(Boolean).map(s => s!.slice(0, n));
	return [p.local, p.utc].filter(Boolean).some(s => ls.includes(s!.slice(0, n)));
}
const decoded = (u: string) => {
	try {
		return decodeURI(u);
	} catch {
		return u;
	}
};
const lenientUrl = (u: string) => decoded(u).replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '')
	.replace(/\/$/, '').toLowerCase();
const isbn13 = (v: string) => toIsbn13(v.replace(/[^\dX]/gi, '')) ?? v.replace(/[^\dX]/gi, '');
// swde labels start with the page's ": " separator; leading and trailing punctuation are not part of the name.
const simple = (v: string) => norm(v).replace(/^[.,;:\s]+|[.,;:]+$/g, '');

function same(field: Field, label: string | string[], predicted: string | string[], page: Page): boolean {
	const one = (v: string | string[]) => (Array.isArray(v) ? v[0] ?? '' : v);
	switch (field) {
		case 'title': return sameTitle(one(label), one(predicted));
		case 'authors': return sameAuthors(label, predicted, page.labels.allowedAuthors);
		case 'description': return sameDescription(one(label), one(predicted));
		case 'language': return primary(one(label)) === primary(one(predicted));
		case 'date': return sameDate(one(label), one(predicted), page.corpus);
		case 'isbn': return (Array.isArray(predicted) ? predicted : [predicted]).map(isbn13)
			.includes(isbn13(one(label)));
		case 'image': return page.labels.coverKeys
			? [label].flat().some(key => one(predicted).includes(key))
			: lenientUrl(new URL(one(label), page.url).href) === lenientUrl(one(predicted));
		default: return simple(one(label)) === simple(one(predicted));
	}
}

// ---- predictions ---------------------------------------------------------------------------------------

const ours = (m: PageMetadata): Prediction => ({
	title: m.title, authors: m.authors.length ? m.authors : undefined, description: m.description, siteName: m.siteName,
	language: m.language, date: m.publishedAt, isbn: m.isbn, publisher: m.publisher, image: m.image,
	pages: m.duration?.pages ? String(m.duration.pages) : undefined,
	price: m.price && priceLabel(m.price.amount, m.price.currency),
});

type Scraper = (input: {html: string; url: string}) => Promise<Record<string, string | null>>;
/**
 * metascraper lives in its own package (eval/package.json): it pulls re2, a native build, which the extension's own
 * install should not compile. The first run that compares with it installs that package.
 */
function evalPackage(): string {
	const dir = path.resolve(import.meta.dirname, '../eval');
	if (!existsSync(path.join(dir, 'node_modules', 'metascraper'))) {
		console.error('metascraper is not installed: running `npm ci --prefix eval` (once; it builds re2 with node-gyp, '
			+ 'which needs python3, make and a C++ compiler). Pass --no-metascraper to score without it.');
		execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {stdio: 'inherit'});
	}
	return path.join(dir, 'package.json');
}

async function loadMetascraper(): Promise<Scraper> {
	const require = createRequire(evalPackage());
	const rules = ['author', 'date', 'description', 'image', 'lang', 'logo', 'publisher', 'title', 'url']
		.map(name => (require(`metascraper-${name}`) as () => unknown)());
	return (require('metascraper') as (rules: unknown[]) => Scraper)(rules);
}
const theirs = (m: Record<string, string | null>): Prediction => {
	const v = (s: string | null | undefined) => s ?? undefined;
	return {title: v(m.title), authors: v(m.author), description: v(m.description), siteName: v(m.publisher),
		language: v(m.lang), date: v(m.date), image: v(m.image)};
};

// ---- scoring -------------------------------------------------------------------------------------------

type Tally = {tp: number; wrong: number; miss: number; fp: number; tn: number};
const empty = (): Tally => ({tp: 0, wrong: 0, miss: 0, fp: 0, tn: 0});
function score(t: Tally, page: Page, field: Field, predicted: Prediction): string | undefined {
	const label = page.labels[field];
	if (label === undefined) return undefined;
	const got = predicted[field];
	const has = got !== undefined && got !== '' && !(Array.isArray(got) && !got.length);
	const labelled = label !== null && !(Array.isArray(label) && !label.length) && label !== '';
	if (!labelled) return has ? (t.fp++, 'fp') : (t.tn++, undefined);
	if (!has) return (t.miss++, 'miss');
	return same(field, label, got, page) ? (t.tp++, undefined) : (t.wrong++, 'wrong');
}
const pct = (t: Tally) => {
	const n = t.tp + t.wrong + t.miss + t.fp + t.tn;
	return n ? `${((100 * (t.tp + t.tn)) / n).toFixed(1)}` : '';
};

/** The runs to score: today's rules, or those at `--at REF`, and for `--holdout` a studied corpus's pre-study rules. */
async function runsOf(args: string[]): Promise<{name: string; extract: Extract}[]> {
	const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const at = option('--at');
	const runs = [{name: at ? `at ${at}` : 'now', extract: at ? await extractorAt(at) : extractMetadata}];
	const studied = STUDIED.find(s => s.corpus === option('--holdout'));
	if (studied) runs.unshift({name: `held out (${studied.before})`, extract: await extractorAt(studied.before)});
	return runs;
}

async function main() {
	if (!existsSync(ROOT)) {
		console.log(`skipped: ${ROOT} not found`);
		return;
	}
	const args = process.argv.slice(2);
	const missesOf = new Set(args.includes('--misses') ? args[args.indexOf('--misses') + 1]!.split(',') : []);
	const scraper = args.includes('--no-metascraper') ? undefined : await loadMetascraper();
	const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : undefined;
	const holdout = args.includes('--holdout') ? args[args.indexOf('--holdout') + 1]! : undefined;
	const runs = await runsOf(args);
	const pages = [
		...readability(), ...metascraperCorpus(), ...swde(), ...neverTooManyBooks(), ...schemaorg(),
		...probes('extract-probes', 'probes'), ...probes('extract-probes2', 'probes2'),
		...probes('extract-probes3', 'probes3'), ...probes('extract-probes4', 'probes4'),
		...probes('extract-probes5', 'probes5'), ...probes('extract-probes6', 'probes6'),
		...probes('extract-probes7', 'probes7'), ...probes('extract-probes8', 'probes8'),
		...probes('extract-probes9', 'probes9'), ...probes('extract-probes10', 'probes10'),
		...probes('extract-probes11', 'probes11'), ...probes('extract-probes12', 'probes12'),
		...probes('extract-probes13', 'probes13'), ...probes('extract-probes14', 'probes14'),
		...probes('extract-probes15', 'probes15'), ...probes('extract-probes16', 'probes16'),
		...probes('extract-probes17', 'probes17'), ...probes('extract-probes18', 'probes18'),
		...probes('extract-probes19', 'probes19'), ...probes('extract-probes20', 'probes20'),
		...probes('extract-probes21', 'probes21'), ...probes('extract-probes22', 'probes22'),
		...probes('extract-probes23', 'probes23'), ...probes('extract-probes24', 'probes24'),
		...probes('extract-probes25', 'probes25'), ...probes('extract-probes26', 'probes26'),
		...probes('extract-probes27', 'probes27'), ...probes('extract-probes28', 'probes28'), ...unlabelled(),
	].filter(p => (!only || `${p.corpus}/${p.name}`.includes(only)) && (!holdout || p.corpus === holdout));
	const tallies = new Map<string, {ours: Tally; theirs: Tally}>();
	const tally = (key: string) => tallies.get(key) ?? tallies.set(key, {ours: empty(), theirs: empty()}).get(key)!;
	const errors: string[] = [];
	const timings: {bytes: number; ms: number}[] = [];
	for (const [index, page] of pages.entries()) {
		if (index % 50 === 0) process.stderr.write(`${index}/${pages.length}\r`);
		const html = page.html ?? decodeText(readFileSync(page.file));
		// metascraper refuses the corpus' placeholder host 'fakehost' (INVALID_URL): give it a resolvable spelling.
		const other = scraper && Object.keys(page.labels).length
			? theirs(await scraper({html, url: page.url.replace('//fakehost/', '//www.fakehost.com/')})
				.catch(() => ({})))
			: {};
		for (const run of runs) {
			let mine: Prediction = {};
			try {
				const doc = parseDocument(html, page.url);
				const start = performance.now();
				const meta = run.extract(doc, page.url);
				if (run === runs.at(-1)) timings.push({bytes: html.length, ms: performance.now() - start});
				mine = ours(meta);
				// metascraper's `date` is the modified date first (corpora/README.md): compare like for like.
				if (page.corpus === 'metascraper' && !process.argv.includes('--published')) {
					mine.date = meta.modifiedAt ?? meta.publishedAt;
				}
				if (only) console.log(`${run.name} ${page.corpus}/${page.name}`, JSON.stringify(meta, null, 1));
			} catch (error) {
				errors.push(`${run.name} ${page.corpus}/${page.name}: ${(error as Error).stack}`);
			}
			if (!Object.keys(page.labels).length) continue;
			for (const field of FIELDS) {
				for (const key of [`${run.name}\t${page.corpus}\t${field}`, `${run.name}\tALL\t${field}`]) {
					const verdict = score(tally(key).ours, page, field, mine);
					const theirVerdict = scraper ? score(tally(key).theirs, page, field, other) ?? 'ok' : undefined;
					if ((verdict || (theirVerdict && theirVerdict !== 'ok')) && missesOf.has(field)
						&& !key.includes('\tALL\t')) {
						const versus = !theirVerdict ? ''
							: theirVerdict === 'ok' ? '\tmetascraper: ok'
							: `\tmetascraper: ${theirVerdict} ${JSON.stringify(other[field])}`;
						console.log(`${field}\t${verdict ?? 'ok'}\t${page.corpus}/${page.name}`
							+ `\tlabel=${JSON.stringify(page.labels[field])}\tours=${JSON.stringify(mine[field])}${versus}`);
					}
				}
			}
		}
	}
	const corpora = holdout ? [holdout]
		: ['readability', 'metascraper', 'swde-book', 'nevertoomanybooks', 'schemaorg', 'probes', 'probes2', 'probes3',
			'probes4', 'probes5', 'probes6', 'probes7', 'probes8', 'probes9', 'probes10', 'probes11',
			'probes12', 'probes13', 'probes14', 'probes15', 'probes16', 'probes17', 'probes18', 'probes19', 'probes20',
			'probes21', 'probes22', 'probes23', 'probes24', 'probes25', 'probes26', 'probes27', 'probes28', 'ALL'];
	const columns = runs.flatMap(run => corpora.map(corpus => [run.name, corpus] as const));
	console.log(`\naccuracy % (tp+tn)/n, ours / metascraper; blank = not labelled in that corpus\n`);
	if (holdout) {
		const studied = STUDIED.find(s => s.corpus === holdout);
		console.log(studied ? `${holdout} was studied from ${studied.before} on: its held-out figures are that commit's`
			: `${holdout} was never studied: today's figures are held out`);
	}
	const width = runs.length > 1 ? 28 : 20;
	if (runs.length > 1) console.log(['', ...columns.map(([run]) => run)].map(c => c.padEnd(width)).join(''));
	console.log(['field', ...columns.map(([, corpus]) => corpus)].map(c => c.padEnd(width)).join(''));
	for (const field of FIELDS) {
		const cells = columns.map(([run, corpus]) => {
			const t = tallies.get(`${run}\t${corpus}\t${field}`);
			return t && pct(t.ours) ? `${pct(t.ours)} / ${scraper ? pct(t.theirs) || '-' : '?'}` : '';
		});
		console.log([field, ...cells].map(c => c.padEnd(width)).join(''));
	}
	const labelled = pages.filter(p => Object.keys(p.labels).length).length;
	timings.sort((a, b) => b.bytes - a.bytes);
	const big = timings.slice(0, 10).map(t => t.ms).sort((a, b) => a - b);
	console.log(`\n${pages.length} pages (${labelled} labelled; nevertoomanybooks search-result pages not scored), ${errors.length} extraction errors`);
	const range = timings.length
		? `${(timings[Math.min(9, timings.length - 1)]!.bytes / 1e6).toFixed(1)}-${(timings[0]!.bytes / 1e6).toFixed(1)} MB`
		: '';
	console.log(`jsdom extraction time: median ${big[Math.floor(big.length / 2)]?.toFixed(1)} ms on the 10 largest pages (${range})`);
	for (const error of errors) console.log(`ERROR ${error}`);
	if (errors.length) process.exitCode = 1;
}

await main();
