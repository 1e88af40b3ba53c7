/**
 * `npm run eval:harvest`: precision, recall and field accuracy of harvest() over our own fixtures
 * (tests/fixtures/harvest) and the seed post (../shared/fixtures, read in place, never copied).
 * Also a noise check on ../shared/corpora/readability (articles with no ground truth for harvest):
 * how many items it finds per page. Either shared folder may be absent: it is then skipped.
 *
 * Held out: fixtures marked `"holdout": true` were written for issue 19 (md-year-in-books, br-numbered-lines,
 * table-variants, zh-shelf-translated, curated-systems, headings-per-book, zh-curated-mixed) and scored BEFORE the
 * rules were changed to read them: precision 93.1, recall 76.1, per-post F1 76.7, kind 98.1, people 97.9 (46/47),
 * publisher 78.6 (11/14), date 64.3 (9/14). Two of the four extras then were GitHub repositories in tools sections,
 * relabelled optional afterwards (DESIGN §4 counts repositories as works): precision 96.6 with them so. The label of
 * reading-notes' Piranesi gained the publisher and year its line gives. Figures on these posts after the rule changes
 * are no longer held out: they are reported apart. Posts marked `"holdout": 2` (newsletter-fiction, zh-java-books,
 * learning-roundup, health-reading) were written after those changes and scored before any other: precision 100,
 * recall 96.7, per-post F1 97.7, kind 96.6 (28/29), people 85.7 (24/28), publisher 85.7 (6/7), date 50.0 (1/2).
 * Posts marked `"holdout": 3` (md-reading-log, awesome-ml-mixed, zh-md-cs-books) were written after the second round
 * and scored before any other change: precision 100, recall 64.0 (16/25), per-post F1 73.7, people 83.3 (10/12),
 * date 33.3 (1/3).
 * Posts marked `"holdout": 4` (podcast-show-notes, zh-wechat-books, zh-zhihu-answer, forum-design-books,
 * author-first-log, handbook-resource-cards) were written after the third round and scored before any other change:
 * precision 93.5 (29/31), recall 56.9 (29/51), per-post F1 58.5, kind 100 (29/29), people 71.4 (20/28),
 * publisher 50.0 (3/6), date 40.0 (4/10). After the rules written for them (no longer held out): precision 100 (50/50),
 * recall 98.0 (50/51), per-post F1 99.1, kind 100, people 97.8 (45/46), publisher 100 (12/12), date 100 (14/14); left:
 * a title in running text with its author's surname alone in brackets, a card's credit naming a person and a school.
 * Posts marked `"holdout": 5` (hn-thread-books, readme-reading-challenge, video-description-links,
 * zh-zhuanlan-headings) were written after those changes, to see whether they generalise, and scored before any other:
 * precision 81.3 (13/16), recall 40.6 (13/32), per-post F1 37.5, kind 100 (13/13), people 76.9 (10/13), publisher
 * 66.7 (2/3), date 81.8 (9/11). After the rules written for them (no longer held out): precision 100 (31/31), recall
 * 96.9 (31/32), per-post F1 98.1, people 100 (28/28), publisher 100 (5/5), date 100 (16/16); left: a paper named in a
 * sentence before its written-out address (`And Out of the Tar Pit (Moseley and Marks, 2006), which is…: https://…`).
 * Posts marked `"holdout": 6` (zh-xhs-note, devto-emoji-headings, substack-weekly, syllabus-readings) were written
 * after those changes and scored before any other: precision 10.0 (1/10), recall 4.3 (1/23), per-post F1 10.0, people
 * 100 (1/1), publisher and date n/a (0/0). After the rules written for them: precision 100 (22/22), recall 95.7
 * (22/23), per-post F1 96.4, people 100 (22/22), publisher 100 (3/3), date 100 (8/8); left: a radio episode linked
 * in a sentence after its series (`the <a>In Our Time</a> episode on <a>…</a>`).
 * Posts marked `"holdout": 7` (zh-v2ex-thread, book-cards-byline, notion-learning-db) were written after those changes
 * and scored before any other: precision 66.7 (4/6), recall 28.6 (4/14), per-post F1 29.6, people 66.7 (2/3). After
 * the rules written for them: precision 100 (13/13), recall 92.9 (13/14), per-post F1 96.3, people 100 (12/12); left:
 * a course named in a sentence before its written-out address (`…分布式系统的课可以刷一下 https://…`).
 * Posts marked `"holdout": 8` (reddit-books-thread, zh-hexo-douban-bars, talks-dl-roundup) were written after those
 * changes and scored before any other: precision 100 (17/17), recall 94.4 (17/18), per-post F1 97.0, kind 100 (17/17),
 * people 29.4 (5/17), date 0 (0/5). After the rules written for them: precision 100 (18/18), recall 100 (18/18),
 * per-post F1 100, people 88.2 (15/17), date 100 (5/5); left: two Han names in a list with no common surname nor a
 * sibling that proves the field is people's (`《图解 HTTP》｜上野宣｜…`).
 * Posts marked `"holdout": 9` (medium-comma-headings, zh-podcast-shownotes, awesome-emoji-badges) were written after
 * those changes and scored before any other: precision 100 (13/13), recall 68.8 (11/16), per-post F1 66.7, kind 100
 * (11/11), people 44.4 (4/9), publisher 100 (1/1), date 50.0 (1/2). After the rules written for them: precision 100
 * (17/17), recall 93.8 (15/16), per-post F1 96.3, people 100 (13/13), publisher 100 (1/1), date 100 (2/2); left: a
 * name whose first name is two capitals (`JL Collins`), read as an acronym.
 * Posts marked `"holdout": 10` (shelf-table-by, zh-nested-labels, tweet-thread-books) were written after those changes
 * and scored before any other: precision 69.2 (9/13), recall 64.3 (9/14), per-post F1 66.7, kind 100 (9/9), people
 * 55.6 (5/9). After the rules written for them: precision 100 (14/14), recall 100 (14/14), people 100 (14/14), kind
 * 92.9 (13/14: a novel's sentence mentioning video games reads as a video's).
 * Pooled over rounds 5-10 (20 posts, each round written after the rules before it), before the rules written for
 * them: precision 76.0 (57/75), recall 47.0 (55/117), per-post F1 48.5, people 51.9 (27/52); rounds 8-10 alone:
 * precision 90.7 (39/43), recall 77.1 (37/48), people 40.0 (14/35). Each new style still costs recall until a rule
 * reads it: the floors (85) are not yet met on posts written in styles no fixture has.
 * Posts marked `"holdout": 11` (nl-whats-reading, cs-syllabus-papers, zh-block-cards, readme-resource-table,
 * cover-grid) were written by another engineer while rounds 9-10 were being done, from the rules as they stood after
 * round 8, and scored on them before any change: precision 100 (28/28), recall 69.4 (25/36), per-post F1 73.5, kind
 * 100 (25/25), people 54.2 (13/24), publisher 100 (9/9), date 100 (9/9). Misses: papers cited author first in natural
 * order (`Leslie Lamport. <a>Title</a>. Venue, Year.`), a table headed `Resource`, people alone under a linked title in
 * a cover's caption or a definition. After the rules written for them (no longer held out): precision 100 (37/37),
 * recall 94.4 (34/36), per-post F1 97.4, people 97.1 (33/34); left: an optional reading marked `(*)` before its
 * authors, a second italic title in a closing sentence (`<em>A</em> by X and <em>B</em> by Y and Z`).
 * Posts marked `"holdout": 12` (libguides-cs-books, goodreads-listopia, ja-hatena-osusume, wp-talk-embeds,
 * md-curriculum-weeks) were written after round 11's rules, in styles no fixture had (a library's LibGuides subject
 * guide, a Goodreads Listopia page, a Hatena おすすめ本 post with Amazon cards, a WordPress post of embedded talks, a
 * README curriculum by week), and scored before any other change: precision 94.6 (35/37), recall 75.6 (34/45),
 * per-post F1 83.5, kind 79.4 (27/34), people 24.2 (8/33), publisher 0 (0/5), date 40.0 (8/20). Misses: titles in
 * 『』, a byline broken into blocks (`<a>Title</a><br>by`, then a name per block), `by A; B; C`, `Publication Date:`
 * lines, `<a>Title</a> · Names · Year` fields, a store card's facts list read as chrome, a player under a talk's
 * heading; extras: a section heading with a publisher in brackets (`E-Books (O'Reilly Learning)`), an edition note
 * kept in a title (`(3rd ed. draft)`). After the rules written for them (no longer held out): precision 100 (46/46),
 * recall 100 (45/45), per-post F1 100, kind 97.8 (44/45), people 100 (43/43), publisher 100 (7/7), date 100 (29/29);
 * left: a blog post at an undated address read as a book (`jalammar.github.io/illustrated-transformer/`), a store
 * title's series in brackets kept (`(Theory in practice)`). Rounds 5-12 pooled, before their rules: precision 85.7
 * (120/140), recall 57.6 (114/198).
 * Posts marked `"holdout": 13` (ted-speaker-first, mooc-comparison-table, fr-lectures-guillemets, de-buchtipps-von,
 * course-catalog-cards) were written by another engineer while round 12 was being done, from the rules after round 11,
 * and scored on them before any change: precision 68.8 (11/16), recall 33.3 (11/33), per-post F1 44.4, kind 100
 * (11/11), people 54.5 (6/11), publisher 100 (1/1), date 50.0 (1/2). Misses: titles in French « » and German „ “
 * quotation marks with `de`/`d'`/`von` for `by`, talks linked speaker first (`Simon Sinek: How great…`) on ted.com,
 * course cards whose heading has no link and whose button (`Enroll`, `Start learning`) has no title. After the rules
 * written for them: precision 100 (32/32), recall 97.0 (32/33), per-post F1 98.7, people 100 (30/30), publisher 100
 * (12/12), date 92.3 (12/13); left: an unlinked heading naming its speaker first, a card's meta line (`O'Reilly · Book
 * · 2022`) dropped with the page's meta lines, so its year is lost.
 * Posts marked `"holdout": 14` (zh-bilibili-courses, ko-book-recs, reading-group-schedule, podcast-recs-hosts,
 * book-club-months) were written after round 13's rules, before round 12's were merged, and scored on both before any
 * change, the same each time: precision 100 (24/24), recall 67.6 (23/34), per-post F1 68.6, kind 95.7 (22/23),
 * people 47.6 (10/21), date 0 (0/5). Misses: Korean 『』 titles with `지음`/`옮김` credit lines, courses named in 【】
 * before a written-out address, `(Vaswani et al., NeurIPS 2017)` after a linked paper, a show's page on its network's
 * site and its hosts in the paragraph under it, `<em>Middlemarch</em> (George Eliot)`. After the rules written for
 * them: precision 100 (34/34), recall 97.1 (33/34), per-post F1 98.5, people 90.0 (27/30), date 100 (10/10); left: an
 * unlinked show's heading, a `主讲：` label whose value runs on to the sentence's comma, `Lessons in Chemistry` read as
 * a course for its title's word.
 * Posts marked `"holdout": 15` (ru-knigi-razrabotchiku, talis-reading-list, newsletter-links-dashes,
 * bookshop-list-tiles) were written after round 14's rules and scored on them, with no rule written for them yet: they
 * measure the rules as a whole on posts nobody tuned for. Precision 93.3 (14/15), recall 63.6 (14/22), per-post F1
 * 72.7, kind 92.9 (13/14), people 16.7 (2/12), publisher 100 (3/3), date 0 (0/6). Misses: Russian author-first lines
 * (`Роберт Мартин — «Чистый код» (Питер, 2019)`), a reading list's spans named by class with no labels
 * (`item-author`, `item-date`), a store list's tiles (the authors alone under a linked heading; its curator's `A list`
 * read as a work), `— Dijkstra's 1972 Turing lecture`, `— a talk by X from Strange Loop 2011`. Rounds 5-15 pooled,
 * before their rules: precision 86.7 (169/195), recall 56.4 (162/287).
 * Posts marked `"holdout": 16` (es-libros-recomendados, gh-discussion-resources, zenn-ja-shoseki,
 * course-textbooks-isbn, talks-playlist-durations) were written after round 15 was scored, before any rule for it, and
 * scored on the rules as they stood: precision 91.4 (32/35), recall 75.0 (30/40), per-post F1 77.6, kind 96.7
 * (29/30), people 86.7 (26/30), publisher 100 (14/14), date 91.3 (21/23). Misses: a Zenn book's h3 over a label
 * table (`著者`, `出版社`, `発売日 2022/4/30`) whose card is an iframe; `<i>Title, with comma</i>, 3rd edition, Names.`
 * and `Silberschatz, Galvin and Gagne. <i>Title</i>` on a course's Textbooks list; `<em>Title</em> by X and Y` after a
 * linked book in the same sentence (its people given to the first); `(<em>Title</em>, A, B, C and D, 2nd ed., 2006)`;
 * an unlinked talk `X's “Title” (Venue 2014)`. Extras: a tool's GitHub repository in a sentence, a colon title cut
 * (`Operating Systems` with `Three Easy Pieces` as an author), an edition kept in a title, a surname as a title.
 * Rounds 5-16 pooled, before their rules: precision 87.4 (201/230), recall 58.7 (192/327).
 * After the rules written for rounds 15 and 16 (no longer held out): round 15 precision 100 (22/22), recall 100
 * (22/22), per-post F1 100, kind 95.5 (21/22), people 100 (19/19), publisher 100 (8/8), date 100 (13/13); round 16
 * precision 100 (42/42), recall 100 (40/40), per-post F1 100, kind 97.5 (39/40), people 100 (40/40), publisher 100
 * (21/21), date 100 (32/32). All posts went from precision 99.4, recall 95.7 to 100 (640/640), 98.6 (625/634); the
 * readability noise stayed at 1.08 items/page (a rule reading author and date classes first found two news bylines
 * there, `<span class="author"><a>Name</a></span>`: the link that is the author field is no record's title now).
 * Left: kinds from a sentence's words (`— Dijkstra's 1972 Turing lecture` reads as a book, an unlinked talk cited
 * `X's “Title” (Strange Loop 2014)` too); a Zenn card's address (in an iframe's encoded data-content) is not read,
 * its work found by the heading; a Russian author in the genitive after a title (`«…» Фредерика Брукса`) is not read.
 * Earlier rounds' leftovers, read in the same session from the strict per-field check of fixtures.test.ts (rules
 * written from the misses those rounds' notes list, each with a minimal page of its own): a number with a decimal point
 * is no list numbering (`6.006 Introduction to Algorithms`); a title's word that a phrase runs on from names no kind
 * (`Lessons in Chemistry`, `What I Talk About When…`), video games are no videos; a link that says where to get the
 * work its line names is its page (`– <a>bei Thalia</a>`, `<a>교보문고에서 보기</a>`); the words naming an untitled address
 * credit it (`【课名】主讲：A … 链接：<a>`), a label's value ends where its sentence goes on, whoever teaches is an author;
 * a card's meta line under its byline is its facts; every title set apart in a line with its byline is a work;
 * `(*)` is a bullet, three full names or more parted by commas are in natural order, a laboratory's report is a paper.
 * Two labels gained what their posts say and harvest read (newsletter-fiction's bookshop link, course-catalog-cards'
 * publisher). Nine posts more are now read exactly, field by field (fixtures.test.ts). All posts: precision 100
 * (642/642), recall 98.9 (627/634), per-post F1 99.3, people 99.1 (575/580), date 100 (236/236).
 * Posts marked `"holdout": 17` (it-libri-schede-autore, mastodon-thread-talks, hugo-now-page,
 * se-answers-publisher-links, zh-tw-vocus-booklist) were written after the rules for rounds 15 and 16, in styles no
 * fixture had (an Italian WordPress post of `Autori:`/`Editore:`/`Anno:` cards under numbered headings, a Mastodon
 * thread as the web client renders it, a Hugo /now page, a Mathematics Stack Exchange question's answers, a Taiwanese
 * 方格子 booklist of `作者：`/`譯者：`/`出版社：`/`出版日期：` labels broken by <br>), and scored on the rules as they stood, with no
 * rule written for them: precision 96.0 (24/25), recall 60.5 (23/38), per-post F1 67.2, kind 95.7 (22/23), people 43.5
 * (10/23), publisher 87.5 (7/8), date 37.5 (3/8). One of the 24 found is a store button (`Vedi su Amazon`) that matches
 * its book by address only, its card's fields lost. Misses: a Mastodon post per talk (`2/ Speaker, “Title” (Venue
 * Year).` over its cut address, none found; the podcast's title kept its sentence), three of the Italian cards'
 * headings (linked only by the button, or not at all), `<cite>B</cite> by Y` after `<cite>A</cite> by X` in one
 * sentence, a podcast `<a>Decoder</a> with X`, a course `<a>…</a> from the University of Helsinki`, a course in a
 * sentence after its teacher's possessive (`Gilbert Strang’s <a>MIT 18.06 …</a>`), a book cited author first (`Steven
 * Roman, <em>Title</em>, 3rd ed., Springer, 2008.`). Wrong fields: `<br>`-broken Taiwanese labels (authors with ‧ and
 * translators lost, `2019/06/01` read as `2019-06`, the 博客來 addresses lost), `《Title》／A、B：…`, a podcast's `主持人X`,
 * `台大李宏毅老師的<a>《…》</a>`, `<em>Title</em> di A, B, C e D` (two kept), `<a>CS50 di Harvard</a> tenuto da X`, a textbook as
 * `his <a>Title</a>`, `(A and B)` after a linked podcast, a free book on its author's site read as a course. Rounds
 * 5-17 pooled, before their rules: precision 88.2 (225/255), recall 58.9 (215/365).
 * After the rules written for round 17 (no longer held out): precision 100 (39/39), recall 100 (38/38), per-post F1
 * 100, kind 100 (38/38), people 100 (37/37), publisher 100 (12/12), date 100 (18/18); its five posts are read exactly,
 * field by field (fixtures.test.ts). The rules: a thread's numbered post `N/ Speaker, “Title” (Venue Year).` is a
 * list item, a conference before the year makes it a talk (kept as a video), an address alone on the next line is its
 * page; traditional role labels (譯者, 編者), ‧ in names, `出版日期：2019/06/01` to the day; European card labels
 * (`Autori:`, `Editore:`, `Anno:`) and buttons (`Vedi su Amazon`); a byline's names end where its sentence runs on
 * (`once`, `when`, `è`); `Kinds …: <a>A</a> with X`, `<a>B</a> (Y and Z)`, `<a>C</a> from the University of W`;
 * `Name’s <a>…</a>`, `his <a>…</a>`; MIT OpenCourseWare and 博客來 pages; `Name, <em>Title</em>, 3rd ed., Publisher,
 * 2008.`; `《Title》／A、B：comment`; `X老師的<a>《…》</a>`, `主持人X`; `di A, B e C`, `tenuto da X`; `the Name podcast by
 * X`; and a fix: a full stop before a space now ends the sentence around a work (it never did, so the next sentence's
 * words named kinds). All posts went from precision 99.9 (666/667), recall 96.7 (650/672), per-post F1 97.5 to 100
 * (681/681), 99.0 (665/672), 99.3; people 97.0 to 99.2 (612/617), date 98.0 to 100 (254/254); the readability noise
 * stayed at 1.08 items/page (names in brackets after a link first read `<a>TOTP</a> (Time-Based One-Time Passwords)`
 * as a person there: two names at least are asked now). Left: the optional works (a reply's `Hickey’s “Hammock Driven
 * Development”` is found without its author, a surname alone owning it; the Italian post's author-box ebook and a
 * comment's book, a question's textbook named in passing, are not found); a talk has no kind of its own (`video`).
 * Posts marked `"holdout": 18` (ja-qiita-gijutsusho, ghost-year-learned-prose, pl-ksiazki-programisty,
 * library-new-acquisitions, conf-watchlist-speaker-cards) were written after round 17's rules, in styles no fixture
 * had (a Japanese Qiita article, a Ghost year-in-review post naming works in prose paragraphs, a Polish WordPress list
 * of `Autor:`/`Tłumaczenie:`/`Wydawnictwo:`/`Rok wydania:` paragraphs under „”-quoted headings, a university library's
 * New Titles table in catalogue forms, a conference blog's speaker cards), and scored on the rules as they stood, with
 * no rule written for them: precision 96.2 (25/26), recall 57.1 (24/42), per-post F1 65.8, kind 87.5 (21/24), people
 * 45.8 (11/24), publisher 50.0 (4/8), date 20.0 (3/15). Two of the 25 found are card buttons (`▶ Watch`, `▶ Watch on
 * InfoQ`) that match their talks by address only. Misses: the library's whole table (`<a>Title : subtitle</a>` then
 * `Surname, Forename, author.` cells, `Place : Publisher, [Year]`, a call number; only the e-book's `Online access`
 * proxy link found, as a book: the one extra); a Qiita markdown table (書籍 / 著者 / 出版社 / ひとこと) of linked
 * titles; a talk `Nameさんの講演「<a>…</a>」（2020年）`; a Polish card like the one before it (`Autorzy:`, a `Sprawdź
 * cenę w Helionie` button), `<a>Title</a>, autor: Name – comment`, a book after a verb with its author in the genitive
 * (`polecam … „Title” Vaughna Vernona`); a course `MIT's <a>6.5840: Distributed Systems</a>`, `<em>Thinking in
 * Systems</em>, Donella Meadows' small primer`, a podcast linked in a sentence (`listened to <a>Software Engineering
 * Radio</a>`). Wrong fields: the speaker cards' names in their own paragraph over the h3 and the `Venue Year · N min`
 * line under it (no people, no year on any of the seven); Qiita's blockquote of credits with each role after its names
 * (`A、B 著／C 訳／Publisher／2012年6月`, all lost), `出版社：` and `発売日：2022/4/30` in a list under an unlinked h3
 * (only `著者：` read), `（Udemy、講師：X）`; a Polish card's `Tłumaczenie:` (and its button's address), `Helion, 2019.`
 * in the comment under a `„Title” – Author` heading, `(prowadzący: A i B)`, `który prowadzi X`; a Ghost bookmark card
 * (`kg-bookmark-title` lost: its author and publisher run together as the title, `Leslie LamportCommunications of the
 * ACM`, a book), a YouTube embed's caption `"Title" by Name (Strange Loop 2015)` read as a book with neither address
 * nor year, `Name's <a>…</a> series` as a book. Rounds 5-18 pooled, before their rules: precision 89.0 (250/281),
 * recall 58.7 (239/407).
 * After the rules written for them (no longer held out; scored again just before them, after one more commit of round
 * 17's: precision 96.3 (26/27), recall 59.5 (25/42), per-post F1 67.1, people 44.0 (11/25), publisher 44.4 (4/9),
 * date 18.8 (3/16)): precision 100 (43/43), recall 100 (42/42), per-post F1 100, kind 100 (42/42), people 100
 * (40/40), publisher 100 (20/20), date 100 (25/25); its five posts are read exactly, field by field
 * (fixtures.test.ts). The rules: a library catalogue's table (creator headings a line, `Cormen, Thomas H., author.`,
 * life dates and relator terms, `film director` as the maker; an ISBD imprint `Place : Publisher, [2016]` in a
 * Publication column; headers naming two things, `Author / Creator`, `Location & format`; the format on a cell's last
 * line saying the kind; an edition statement after the linked title left out; ` : ` as `: `); 書籍 heading a table's
 * titles; speaker cards (the names line over the heading, `Venue Year · 26 min` under it, where two cards are so; a
 * card's meta line kept under an unlinked heading; `▶ Watch`; `Picked by X:` credits no author); Japanese colophons
 * `A、B 著／C 訳／出版社／2012年6月` and runs of `著者：`/`出版社：`/`発売日：` lines; `Nameさんの講演「<a>…</a>」（2020年）`;
 * `（Udemy、講師：X）`; Polish labels (`Autorzy:`, `Tłumaczenie:` and other languages' translator labels, `Rok wydania:`,
 * `prowadzący:`), `i` between names, `który prowadzi X`, Helion's book pages and `Sprawdź cenę w …` buttons, a label's
 * names ending at a spaced dash (`, autor: X – comment`), an imprint sentence in a heading's comment (`Helion,
 * 2019.`), `polecam „Title” Vaughna Vernona` (a man's name in the genitive, in Cyrillic too); link cards (Ghost's
 * bookmark card: the first line its title, its named author and publisher its facts, a journal's name a paper); a
 * caption under an embedded player naming the video it plays and its venue's year; `MIT's <a>…</a>` a course, a
 * person's `<a>…</a> series` a course, a course number (`6.5840:`) no date; `<em>Title</em>, Name' small primer`;
 * `I mostly listened to <a>…</a>` a podcast in any section; a closing bracket the title opened kept (`【増補改訂版】`).
 * Relabelled: ru-knigi-razrabotchiku's `«Мифический человеко-месяц» Фредерика Брукса` gained its author, whom its
 * note says the sentence names. All posts went from precision 99.9 (711/712), recall 97.2 (694/714), per-post F1
 * 98.0 to 100 (728/728), 99.6 (711/714), 99.7; people 97.1 (626/645) to 99.2 (656/661), publisher 97.2 (176/181) to
 * 100 (192/192), date 95.2 (257/270) to 100 (279/279); the readability noise stayed at 1.08 items/page. Left: the
 * optional works (a Qiita commenter's 『ちょうぜつソフトウェア設計入門』 and the Polish post's `Wzorce projektowe` are not
 * found); a talk still has no kind of its own (`video`).
 * Posts marked `"holdout": 19` (lobsters-ask-compilers, vi-blogspot-sach-lap-trinh, ar-kutub-rtl-wordpress,
 * org-export-reading-list, hashnode-rust-series) were written after round 18 was scored, before its rules were merged,
 * in styles no fixture had (a Lobsters `ask` thread of nested replies, a Vietnamese Blogger post of numbered h2s over
 * `Tác giả:`/`Dịch giả:`/`NXB:` lines, an Arabic right-to-left WordPress post of «»-quoted h3s, an Emacs Org-mode
 * reading list exported to HTML, a Hashnode post in a series mixing docs, books, videos, a podcast and crates), and
 * scored on the rules as they stood at d8b26b1, with no rule written for them: precision 95.0 (19/20), recall 45.9
 * (17/37), per-post F1 58.5, kind 100 (17/17), people 37.5 (6/16), publisher 66.7 (6/9), date 70.0 (7/10). One label
 * gained, after the scoring, the publisher its line gives and harvest read (`(bản dịch của Alpha Books)`): publisher
 * 55.6 (5/9) before. Misses: every Arabic book (h3s `«Title» – Author` and `«Title» لAuthor`, an h3 `«Title»` over bold
 * labels broken by <br> (`المؤلف:`/`تأليف:`, `ترجمة:`, `الناشر:`, `سنة النشر:`) and a `اشترِ من جملون` button, a linked
 * h3 whose paragraph names its author, `بـ«Title» ليوسف زيدان` after a verb); the Vietnamese h2s over
 * `<div><b>Tác giả:</b> Name</div>` lines (`NXB: Thanh Niên, 2017`, a `Xem giá trên Tiki` button),
 * `của thầy <b>Name</b> (NXB …)`; the Org headings `1.1. DONE <a>Title</a> :rec:` over an `org-dl` list (`Author`,
 * `Publisher: MIT Press, 2002`) and an unlinked `STARTED Title, vol. 1` over `Pierce et al., free online: <address>`;
 * Lobsters replies `The obvious answer is <a>Title</a>.`, `Appel’s <em>Title</em>`,
 * `Name, <a>“Title”</a> (1988–1995).`; Hashnode items `<strong><a>Title</a></strong>, for when…` and
 * `: small exercises…` (a GitHub repository), a podcast `<a>Name</a>, a community podcast.` Wrong fields: people after
 * a possessive (`Name’s paper <a>…</a>`, `Name’s <em>…</em>` found by its repository's address,
 * `Name’s … course is on edX as <a>…</a>`, `Name’s talk “<a>…</a>” (RustConf 2019)` with its year,
 * `Name again: his <a>…</a>`), after Vietnamese `của` (`<a>…</a> của Cormen, Leiserson, Rivest và Stein`), after Arabic
 * `الذي يقدّمه` (and the network `من ثمانية` as publisher); Org's ordered list of papers cited author first (`Robin
 * Milner, <a>Title</a>, <i>Journal</i>, 1978.`: no people, journal nor year; `A and B, <a>Title</a>, POPL 1982.`; the
 * journal kept in the title once). Extras: the author's Emacs configuration repository
 * (`Emacs config: <a>dotemacs</a>.`). Rounds 5-19 pooled, before their rules: precision 89.4 (269/301), recall 57.7
 * (256/444). Scored again after round 18's rules were merged (787cdfb), round 19 is the same: precision 95.0, recall
 * 45.9, people 37.5; no rule written for round 18 read anything of round 19's.
 * After the rules written for them: precision 96.8 (30/31), recall 75.7 (28/37), per-post F1 84.7, kind 100
 * (28/28), people 85.2 (23/27), publisher 87.5 (14/16), date 94.1 (16/17). The rules: Arabic and Vietnamese
 * labels of a book's facts (`المؤلف:`/`تأليف:`, `ترجمة:`, `الناشر:`, `سنة النشر:`; `Tác giả:`, `Dịch giả:`,
 * `NXB:`) in the label lists, a name in Arabic letters and the Arabic comma, a heading numbered in any
 * script's digits (`٢.`); a translation's title without its original's in brackets (`… (The Pragmatic
 * Programmer)`); an unlinked heading numbered in sequence with its level's others is a list's item however
 * far apart; Arabic `ل` joined to a name and Vietnamese `của` as `by`, `và` as `and`; a heading's section
 * is the heading over its level (a section's second linked `<h3>` had none); Org-mode's outline numbers and
 * `DONE`/`TODO`/`STARTED` keywords are no part of a title; a definition list's `Author`/`Publisher` terms
 * label their definitions; `Name, <a>Title</a>, <i>Journal</i>, 1978.` and `A and B, <a>Title</a>, POPL
 * 1982.` cited author first; `Name’s paper <a>…</a>` and `Name’ talk “<a>…</a>” (Venue Year)` whatever the
 * sentence goes on to say. Left: the Lobsters replies `The obvious answer is <a>Title</a>.`, `Appel’s
 * <em>Title</em>` and `Jeremy Siek’s <em>…</em>` (a possessive before a title set apart: tried, it read
 * `Also Appel` as a name and raised the readability noise to 1.10), `Name’s … course is on edX as
 * <a>…</a>`, `Name, <a>“Title”</a> (1988–1995).`; the Hashnode `<strong><a>Title</a></strong>, for when…`
 * and repository items, `Name again: his <a>…</a>`; the
 * unlinked Org heading `STARTED Title, vol. 1` over `Pierce et al., free online: <address>` and the
 * `dotemacs` extra; the Vietnamese `của thầy <b>Name</b> (NXB …)`; the Arabic linked heading whose
 * paragraph names its author, `ترجمة مكتبة جرير (2019)` (a publisher with no label), the buy buttons
 * (`اشترِ من جملون`, `متوفر على جملون`, `Xem giá trên Tiki`) as the books' links, and the podcast's host
 * after `الذي يقدّمه`. All posts went from precision 99.9 (747/748), recall 96.9 (728/751), per-post F1
 * 97.6 to 99.9 (758/759), 98.4 (739/751), 98.9; people 97.8 (662/677) to 98.7 (679/688), publisher 98.5
 * (198/201) to 99.0 (206/208), date 99.0 (286/289) to 99.7 (295/296); no post outside round 19 moved, and
 * the readability noise stayed at 1.08 items/page. One more rule, for `<a>Name</a>, a community podcast.` (a
 * link's appositive naming its kind), took round 19 to precision 96.9 (31/32), recall 78.4 (29/37), per-post F1
 * 86.2, and all posts to 99.9 (759/760), 98.5 (740/751), per-post F1 99.0; noise unchanged.
 * Posts marked `"holdout": 20` (discourse-bayes-books, tr-astra-yazilimci-kitaplari, wikipedia-further-reading-cs1,
 * jupyter-nbconvert-lab-refs, mailchimp-bookshop-newsletter) were written after round 19's rules (07318bd), in styles
 * no fixture had (a Discourse topic as its Ember client renders it, with onebox link previews and quoted replies; a
 * Turkish WordPress (Astra) post of numbered h2s over `Yazar:`/`Çevirmen:`/`Yayınevi:`/`Basım yılı:` lists, a label
 * table and prose in the genitive; an English Wikipedia article's `Further reading` of CS1 citation templates beside
 * its References; a Jupyter notebook exported by nbconvert's lab template, its last cell a references list; a
 * bookshop's newsletter in Mailchimp's campaign archive, caption blocks each over a `Read more` button block), and
 * scored on the rules as they stood, with no rule written for them: precision 84.3 (43/51), recall 71.2 (37/52),
 * per-post F1 77.1, kind 89.2 (33/37), people 25.7 (9/35), publisher 23.8 (5/21), date 30.8 (8/26). Misses: Discourse
 * oneboxes (`aside.onebox`, its `h3` link under a `header.source` naming the site; an arXiv onebox's authors
 * paragraph), `<strong>Title</strong> (3rd edition, 2013) by surnames`, `Name’s <em>Title</em> (“nickname”, Publisher,
 * 2nd ed. 2014)`, `Name’s <em>Title</em> (Packt, 3rd edition 2024)`; a Turkish h2 whose author is in the genitive in
 * the paragraph under it over `Yayınevi: Publisher, 2020 · <a>Kitapyurdu’nda incele →</a>`, `7. Bonus: Title`, `BTK
 * Akademi’deki <a>…</a> eğitimi`, `<a>Name</a> podcast’i (sunucular: A ve B)`; an unlinked CS1 book `Jones, Richard;
 * Lins, Rafael D. (1996-07-12). <i>Title</i>` (read as a book `Jones` by `Richard`), an unlinked quoted paper whose
 * only link is its doi (the doi of another read as a paper); the notebook's `Name (2018). <a>Title</a>. Blog post.` and
 * `Names (2022). <em>Title</em>, revised edition. Publisher.` (read as a book `Lewis Tunstall`); the newsletter's
 * `Watch: <em>Title</em> (Netflix, 2020), directed by A and B` (its title kept with the brackets, a book) and `Do:
 * <a>Title</a>, a self-paced online course with X from the Y`. Wrong fields: every Turkish book's facts (label lists,
 * the table, `Türkçesini X çevirdi, Y Yayınları’ndan çıktı`: the h2s found with no field but an `N. Title – Author`
 * heading's author), `Name’un Udemy’deki <a>…</a> kursu`, `Name’ın <a>…</a> videosu`; the CS1 templates' people, dates
 * and publishers (three of the five linked found by their title alone: one with a linked author, two dated `(October
 * 2004)`, `(June 1987)`; the two others without their publisher), `– lecture by X at the Y (2019), video` without its
 * year; the notebook's `Names (Year). <a>Title</a>. <em>Venue</em>.` lines (no people, no year on any), `<a>…</a> by
 * Channel (2024, 26 min)`, `Name. <a>nanoGPT</a> (GitHub repository).`, `<a>Stanford CS224N: …</a>, lectures 8–9 (A,
 * B)` (a book, its publisher `Manning`); the Mailchimp captions' `<strong>Author</strong><br>Publisher, Year · format
 * £price` (three of five articles with no field, two with publisher and year but no author), an audiobook's `read by
 * X`, `the podcast <a>…</a> from Network, hosted by X` without its network; `Then I’d` as a playlist's author; works
 * found by a link's words matched by address only (`<a>still free on GitHub</a>`, `<a>book’s website</a>`, twice).
 * Extras: the notebook's licence and source repository, the doi, `Jones`, `Lewis Tunstall`, the bracketed film title,
 * the shop's event and vCard links. Four course labels first named their platform as publisher (`BTK Akademi`, `Udemy`,
 * `Hugging Face`, `Cornell Lab of Ornithology`); no other course label does (harvest gives a course's platform as its
 * provider), so they were dropped before this record: publisher 21.7 (5/23) with them. Rounds 5-20 pooled, before their
 * rules: precision 88.6 (312/352), recall 59.1 (293/496). All posts: precision 98.9 (802/811), recall 96.8 (777/803),
 * per-post F1 98.0; no post outside round 20 moved, and the readability noise stayed at 1.08 items/page.
 * After the rules written for them (no longer held out): precision 100 (58/58), recall 100 (52/52), per-post F1 100,
 * kind 96.2 (50/52), people 75.5 (37/49), publisher 65.5 (19/29), date 80.6 (29/36). The rules: Turkish labels
 * (`Yazar:`, `Çevirmen:`/`Çeviri:`, `Yayınevi:`, `Basım yılı:`/`Yıl:`) in the card label lists, which a facts table
 * knows too, and a heading's work taking the labelled lines of its section past a paragraph and a label no list knows
 * (`Sayfa sayısı:`); sibling headings walked again from those read (`3.` between `2.` and `4.`), `Bonus:` before a
 * title; Turkish words around a link (`<a>…</a> kursu`/`eğitimi`/`videosu`/`podcast’i` its kind, `Name’ın <a>`,
 * `Name’un Udemy’deki <a>` its owner, `sunucular:` its hosts, `ve`); link previews (an aside whose heading is wholly a
 * link its source line links too: the work, named as the page names it, `Home page for the book, "Title"`, its people a
 * names line or the description's byline); citations dated to the month or the day in brackets (CS1's `(1996-07-12).`,
 * `(November 1978).`); a notebook's `Names (2018). <a>Title</a>.`, `revised edition.`, `Blog post.`; a shop's caption
 * (`<strong>Name</strong><br>Publisher, 2024 · hardback £22`); a film `<em>Title</em> (Netflix, 2020), directed by A
 * and B`; an audiobook's `read by X`; a show's network (`<a>…</a> from Station`); a link's appositive going on to who
 * gives it (`<a>…</a>, a self-paced online course with Name from …`); `Name’s <em>Title</em> (Packt, 3rd edition 2024)`
 * (an owner before a title set apart credits it only with its imprint in brackets after it); requests to the reader
 * (`please book a seat`, `Add us to your address book`) and licence deeds (`CC BY 4.0`) no works; and fixes found on
 * the way: a serial comma (`A, B, and C`), an editor's mark cut from names ending in `ed` (`Dan Reed`), contractions no
 * name's words (`Then I’d` as a playlist's author). All posts went from precision 98.9 (802/811), recall 96.8
 * (777/803), per-post F1 98.0 to 99.9 (817/818), 98.6 (792/803), 99.0; kind 99.2 to 99.5 (788/792), people 95.2
 * (688/723) to 97.2 (716/737), publisher 92.1 (211/229) to 94.9 (225/237), date 94.1 (303/322) to 97.6 (324/332); no
 * post outside round 20 moved, and the readability noise stayed at 1.08 items/page (a link preview's heading alone
 * first raised it to 1.10: the source line's second link is asked). Left: Discourse `<strong>Title</strong> (3rd
 * edition, 2013) by surnames`, `Name’s second edition (2020)` under a preview, a playlist's lecturer named in another
 * post, `— Names, Publisher, 2020` after a bold title; Turkish authors in the genitive in prose (`Aditya Y.
 * Bhargava’nın bu kitabı`, `Oğuz Atay’ın <em>…</em>’ı`, `Türkçesini X çevirdi, Y Yayınları’ndan çıktı`); CS1 publishers
 * (a journal in italics before its volume, `Vancouver: ACM.`, a series before the house: tried for the journal, it gave
 * a publisher to a citation-styles paper its label has none for), the Handbook's citation (a linked author among its
 * names, a series before its house: no people, house nor day), an unlinked CS1 book taking its publisher's Wikipedia
 * link as its address (keeping the DOI instead merged it into `Garbage Collection`), a lecture's year after `at the Y
 * (2019)`; the notebook's `<a>…</a> by Channel (2024, 26 min)`, `Read A and B, <em>Title</em> (3rd ed. draft, 2025), …
 * on the <a>book's website</a>`, `Name. <a>nanoGPT</a>` and a course read as a book (`Manning`). The newsletter is read
 * exactly, field by field.
 * Posts marked `"holdout": 21` (ko-naver-blog-se-material, docusaurus-further-reading-tabs, obsidian-publish-callouts,
 * telegram-export-pt-canal, revealjs-talk-references) were written after round 20 was scored (c191184), in styles no
 * fixture had (a Korean Naver blog post in SmartEditor ONE components, its books `se-material` cards of `저자`/`출판`/`발매`
 * terms and its course and talk `se-oglink` previews; an open-source project's Docusaurus `Further reading` page with
 * admonitions, a tabs component whose hidden panels hold papers, a Talks table and a collapsed `<details>`; an Obsidian
 * Publish index note of checked task lists, wikilinks to the gardener's own notes and callouts; a Brazilian Portuguese
 * Telegram channel exported by Telegram Desktop to `messages.html`; a conference talk's reveal.js deck, its references
 * on a `Further reading` slide), and scored on the rules as they stood, with no rule written for them: precision 92.7
 * (38/41), recall 56.1 (32/57), per-post F1 59.8, kind 75.0 (24/32), people 65.6 (21/32), publisher 47.1 (8/17), date
 * 69.2 (18/26). Six of the 38 found are optional (the deck's four library repositories, the Obsidian `To read` books);
 * one, `오브젝트`, is matched by the Naver post's own study notes in its `other posts` box, with no field. Misses: the
 * whole Telegram export (nothing found at its `file:///…/messages.html` address; the same page at an https address
 * gives five: the three `Autor:`/`Editora:`/`Ano:` books, their `Tradução:` lost, the playlist without its teacher,
 * `<strong>Title</strong>, de X (Publisher, 2016, tradução de Y)` with its author alone; the course `<a>…</a>, do
 * professor X`, the podcast in a forwarded post `o <strong>Name</strong>, podcast da Alura apresentado por X` and the
 * numbered `<em>Title</em> — Names (Publisher, Year)` lines of one message not found); every Naver `se-material` card
 * (`se-material-title` over a `dl` of `저자`, `출판`, `발매 2013.12.24.`, a link to Naver Shopping's catalogue), the Inflearn
 * `se-oglink` card, `<b>조영호</b> 님의 얇은 책 <b>『Title』</b>(Publisher, 2015)`, a Kyobo link `<a><b>『Title』</b></a>(X 지음,
 * Publisher)`, `팟캐스트 <b>Name</b>를`; the Docusaurus tab panels marked `hidden` (four papers cited author first), the
 * first of two posts linked in one sentence (`two blog posts <a>Streaming 101</a> and <a>Streaming 102</a> on O'Reilly
 * Radar`); Obsidian's `Matuschak's <a>Evergreen notes</a>, the note that…`. Wrong fields: the Talks table's Speaker and
 * Event columns (no people, no year on any of three), `<a>…</a> — Name's eight-hour course for the University of
 * Cambridge (2020)` without its year, `<a>MIT 6.5840: …</a>, Name's graduate course` a video with no teacher, a journal
 * `<em>PVLDB</em> 8(12), 2015` no publisher, `Streaming 102` a book by nobody published by `O'Reilly`; the YouTube
 * preview's title with its bracket cut (`우아한테크세미나] 190620 …`) and no speaker; Obsidian's podcasts (`<a>Name</a> —
 * Host.`, `<a>Name</a>, hosted by X`) as books, an essay `A and B, <a>Title</a> (2019)` as a book, `<a>Title</a>
 * (Coursera) — A and B.` without its teachers; the deck's `Name. <a>Title</a>. Blog series, 2014.` as a book published
 * by `Blog series`, `TFP 2019, LNCS 12053, Springer.` as publisher `TFP`, `A & B, <a><em>Title</em></a>, ICFP 2000`
 * with neither, `Name — <a>Title</a> (Clojure/West 2014)` without its speaker, `A, B and many other contributors.
 * <a>Title</a>. <em>Journal</em>, 4(43), 2019.` with no field, a talk's venue as its publisher (`NDC London`, `PyCon
 * US`). The Obsidian books keep the internal links to the gardener's notes as their addresses (the labels give none;
 * they match by title). Extras: the docs page's own source file and design notes on GitHub (`Open a pull request
 * against <a>further-reading.md</a>`), a study-notes post in the Naver blog's other-posts box (`『자바 ORM 표준 JPA 프로그래밍』
 * 완독 후기`). Rounds 5-21 pooled, before their rules: precision 89.1 (350/393), recall 58.8 (325/553). All posts:
 * precision 98.6 (840/852), recall 94.1 (809/860), per-post F1 96.3; no post outside round 21 moved, and the
 * readability noise stayed at 1.08 items/page.
 * Reading pages at a `file:` address (2f51323) found five of the export's works: precision 93.5 (43/46), recall 64.9
 * (37/57), per-post F1 73.2, people 59.5 (22/37). Round 20's seventeen rules, merged next (ff037aa), moved none of
 * these figures: held out for them, round 21 says they read nothing of its styles.
 * After the rules written for them: precision 95.1 (58/61), recall 91.2 (52/57), per-post F1 93.1, kind 82.7 (43/52),
 * people 80.8 (42/52), publisher 73.3 (22/30), date 88.4 (38/43); all posts precision 98.6 (860/872), recall 96.4
 * (829/860), per-post F1 97.8, no post outside round 21 moved, noise 1.08 items/page. Left: the Telegram course
 * `<a>…</a>, do professor X` and the forwarded post's podcast (not found), a six-word translator's name (`Aldir José
 * Coelho Corrêa da Silva`), the playlist without its teacher, `(Aleph, 2016, tradução de Y)` without its publisher and
 * year; the Naver podcast `팟캐스트 <b>Name</b>를` and the Inflearn `se-oglink` course (not found), `조영호 님의 얇은 책` not read
 * as the author, the YouTube preview's speaker and date, the other-posts box's study notes; the first of two posts
 * linked in one sentence (`Streaming 101`; `Streaming 102` a book by nobody from `O'Reilly`), the journals (`PVLDB`,
 * `ACM TOCS`) not read as publishers, the Cambridge course's year, the MIT course a video with no teacher, the page's
 * own source file and design notes; Obsidian's podcasts and essays read as books, the Coursera course's teachers; the
 * deck's `Blog series` and `TFP` read as publishers, its blog posts as books, `A & B, <a><em>Title</em></a>, ICFP 2000`
 * and `Name — <a>Title</a> (Venue 2014)` without their people, the JOSS paper with no field.
 * Posts marked `"holdout": 22` (he-wordpress-rtl-sfarim, linkedin-pulse-data-reading, canvas-lms-syllabus,
 * ja-note-com-dokusho) were written after round 21 was scored (ff037aa), in styles no fixture had (a Hebrew
 * right-to-left WordPress post on the Astra theme with an Easy Table of Contents box, its translated books as
 * `<h3>1. ״Title״ / Author</h3>` headings over `תרגום: X. הוצאת Publisher, Year.` lines and its English books as
 * `<a><strong>Title</strong></a> – Hebrew name (Latin name), Publisher, Year`; a LinkedIn article as its public
 * Pulse page serves it, books as `<strong>1. Title</strong> by A and B (Publisher, Year)` paragraphs and every
 * other link wrapped in `linkedin.com/redir/redirect?url=…`; a Canvas LMS course syllabus, APA references in the
 * teacher's rich content, external links carrying Canvas's hidden `(Links to an external site.)`, readings as
 * `instructure_file_link` PDF downloads, over the automatic Course Summary table; a Japanese note.com article,
 * `<b>『Title』</b>X著、A・B訳（Publisher、 2015年）` paragraphs with note's `external-article` embed cards and `『Title』X
 * 著／A 訳／Publisher／2021年` lines), and scored on the rules as they stood, with no rule written for them: precision
 * 83.3 (25/30), recall 59.5 (25/42), per-post F1 69.1, kind 96.0 (24/25), people 50.0 (12/24), publisher 68.4
 * (13/19), date 66.7 (14/21). Misses: every Hebrew heading book (`״Title״ / Author` and its `תרגום:`/`הוצאת`
 * line below), the Hebrew podcasts (`<a>Name</a> של X`, `<a>Name</a>, בהגשת A ו־B`) and the Campus IL course
 * `<a>Title</a> … בהנחיית פרופ׳ X`; LinkedIn's two papers (`"<a>Title</a>" – Akidau et al., VLDB 2015`) and its
 * podcast `<a>Name</a> hosted by X`, all behind the redirect; the syllabus's two readings linked only by their
 * PDF file name (`Heuristic evaluation of user interfaces. <em>Proceedings…</em>, 249–256.
 * <a>nielsen-molich-1990.pdf</a>`) and the chapter `<em>Sketching User Experiences</em>, Ch. 2 "…". Morgan
 * Kaufmann.`. Wrong fields: the Hebrew list's `– Hebrew name (Latin name)` taken into the title when the work is
 * unlinked (three extras, `An Elegant Puzzle – וויל לארסון`, each with its Latin authors, publisher and year
 * right) and read for nobody when linked (`The Manager’s Path`, `Radical Candor` published by `Martin’s Press`);
 * the TED talk `ההרצאה של X <a>Title</a> מ־TEDxPuget Sound, 2009` with no speaker or year; LinkedIn's
 * `<a>Title</a> on Coursera, taught by X` and `CMU 15-445/645 <a>Title</a> by X` each kept with their
 * surrounding words (two extras), `by DataTalks.Club (…)` as `DataTalks`; Canvas's titles carrying `(Links to an
 * external site.)` (matched by address), `<a>Title</a> (NN/g, 2016, 2 min)` and `IDEO, <a>Title</a> (ABC
 * Nightline, 1999)` with no field, `<a>Title</a> from UC San Diego (X) on Coursera` without its teacher; note's
 * list lines (`<a>『Title』</a>（X著、Y監訳、BNN、2022年）`, `『Title』X 著／A・B 訳／Publisher／2021年`, `『Title』（X
 * ほか、Publisher、2021）`) with no field, the talk `Xさんのトーク<a>「Title」</a>（CSS Nite、2019年）` and the podcast
 * `（パーソナリティ：A・B）` with no one, the Schoo class an article by `坂田一倫さん` (honorific kept); note's embed cards give
 * the first and third books no address. Rounds 5-22 pooled, before their rules: precision 88.7 (375/423), recall
 * 58.8 (350/595). All posts: precision 99.0 (885/894), recall 94.7 (854/902), per-post F1 96.9; no post outside
 * round 22 moved, and the readability noise stayed at 1.08 items/page. Round 21's eleven rules, merged after it was
 * scored (2b8398d), moved none of its figures either. All posts then: precision 99.0 (900/909), recall 96.3 (869/902),
 * per-post F1 97.8, kind 98.4, people 94.7, publisher 90.9, date 94.9; noise 1.08.
 * After the rules written for them: precision 100.0 (36/36), recall 83.3 (35/42), per-post F1 91.1, kind 94.3
 * (33/35), people 64.7 (22/34), publisher 86.4 (19/22), date 76.9 (20/26); all posts precision 99.6 (911/915), recall
 * 97.5 (879/902), per-post F1 98.5, kind 98.3, people 94.8, publisher 92.0, date 95.3; no post outside round 22
 * moved, noise 1.08 items/page. Left: the three Hebrew heading books (`״Title״ / Author` over `תרגום:`/`הוצאת`
 * lines) and the Campus IL course (`של` a university, then `בהנחיית`), not found; the English list's people read as
 * their Hebrew names, not the Latin ones in brackets (`ומנואל`, `וג׳ין` unparted there), `Radical Candor` published by
 * `Martin’s Press`, the TED talk with no speaker or year; LinkedIn's papers without
 * their people and year (`– Akidau et al., VLDB 2015`), the Zoomcamp a repository by `DataTalks`; the
 * syllabus's readings linked only by a PDF file name and the chapter (not found), `(NN/g, 2016, 2 min)` and `IDEO,
 * <a>Title</a> (ABC Nightline, 1999)` with no field, the Coursera specialization without its teacher; note's talk
 * with no speaker or year, the Schoo class an article, the embed cards' missing addresses.
 * Posts marked `"holdout": 23` (confluence-wiki-platform-reading, id-wordpress-buku-pemrograman,
 * fr-ghost-newsletter-bookmarks) were written after round 22 was scored and round 21's rules merged (efd5047), in
 * styles no fixture had (an internal Confluence Cloud page with its AUI header, space sidebar and page tree, an info
 * macro and TOC macro over two `confluenceTable` tables, Title | Author(s) | Type | Publisher / where | Why, the kind
 * a `status-macro` lozenge and the publisher cell `O'Reilly, 2016`, then papers `<a>Title</a> — Verma, Pedrosa, …
 * EuroSys 2015.`, a talk and a podcast as list items, and page comments; an Indonesian WordPress post on
 * GeneratePress, `<h3>N. Title – A & B</h3>` headings over `<strong>Penulis:</strong>`/`Penerjemah:`/`Penerbit:`/
 * `Tahun terbit:` label lists and `Cek Harga di Gramedia` button links, then free resources
 * `<a><strong>Title</strong></a> dari Dicoding`, `Channel YouTube <a>Name</a> oleh Pak X`; a French newsletter issue
 * on Ghost, its works as
 * `kg-bookmark-card`s whose titles carry the site's suffix and whose metadata, as Ghost renders it, puts the site in
 * `kg-bookmark-author` and the author in `kg-bookmark-publisher`, French prose `<em>Title</em>, de X (Publisher, 2009,
 * traduit de l'anglais par Y)` and a YouTube `kg-embed-card` captioned `« <a>Title</a> », conférence de X à Devoxx
 * France 2023`), and scored on the rules as they stood, with no rule written for them: precision 89.3 (25/28),
 * recall 86.2 (25/29), per-post F1 87.3, kind 80.0 (20/25), people 60.0 (15/25), publisher 15.8 (3/19), date 15.8
 * (3/19). Misses: Confluence's repository row (`<a>owner/repo</a>` | X | REPO | GitHub); the Indonesian post's three
 * free resources (the Dicoding class, the YouTube channel, the unlinked CS50) and three extras from its headings
 * (`Kathy Sierra` by Bert Bates and Trisha Gee, `David Thomas` by Andrew Hunt, the section heading `Buku Lanjutan` by
 * `Setelah Bisa Ngoding`). Wrong fields: every Confluence table row's publisher cell kept whole (`O'Reilly, 2016`,
 * the course platform `Coursera`) so no book has its year, the `(eds.)` read as authors, the papers' venue years and
 * the talk's `(KubeCon EU 2023)` lost (its title keeps `" (KubeCon EU 2023)`), the podcast a book; no Indonesian
 * book reads its `Penerbit:`/`Tahun terbit:`/`Penerjemah:` lines, the `Penulis:` list's third author, or its store
 * button's address, and the free site linked by its domain in the paragraph is not taken as the book's; Ghost's
 * bookmark cards read as books by the site (`OpenClassrooms`, `France Inter`, `GitHub`) published by the author,
 * their titles keeping ` - OpenClassrooms`, ` : podcast et émission en replay | France Inter` and `GitHub - owner/repo:
 * description`, the paper's authors and year in the caption unread; the embed's speaker and year, and Coder
 * proprement's translator (`traduit de l'anglais par Y`). Rounds 5-23 pooled, before their rules: precision 88.7
 * (400/451), recall 60.1 (375/624). All posts: precision 98.7 (925/937), recall 96.0 (894/931), per-post F1 97.5,
 * kind 97.9, people 93.7, publisher 86.2, date 91.3; no post outside round 23 moved (900/909 and 869/902 without it),
 * and the readability noise stayed at 1.08 items/page. Round 22's seven rules, merged after it was scored, moved none
 * of its figures. All posts then: precision 99.3 (936/943), recall 97.1 (904/931), per-post F1 98.2, kind 97.8,
 * people 93.8, publisher 87.3, date 91.7; noise 1.08.
 * After the rules written for them: precision 100.0 (29/29), recall 100.0 (29/29), per-post F1 100.0, kind 100.0
 * (29/29), people 100.0 (28/28), publisher 100.0 (14/14), date 100.0 (19/19); all posts precision 99.6 (940/944),
 * recall 97.5 (908/931), per-post F1 98.6, kind 98.5, people 94.9, publisher 92.4, date 95.5; noise 1.08 items/page.
 * One post outside round 23 moved, up: round 21's obsidian-publish-callouts, whose show `hosted by` its host is now a
 * podcast (round 21 kind 82.7 -> 84.6). The rules: Ghost's bookmark card read with the site where Ghost puts it
 * (`kg-bookmark-author`, named by the title's suffix or the link's host) and the author in `kg-bookmark-publisher`, its
 * kind from its address (a known host, `/courses/`, `/papers/`), its caption's `Names, Year.`; a table's publisher
 * cell closing on the year, a course's or a repository's cell its platform, `(eds.)` editors, a row typed `REPO`;
 * `— Names. Venue 2015.`, `<a>"Title" (Venue 2023)</a>`, `hosted by` a podcast; Indonesian labels, kind words, section
 * names (`Buku Lanjutan`), store buttons (`Cek Harga di …`) as the heading's work's address, `oleh`, `Pak`, and `dari
 * X (Name)` after a title set apart; a labelled line naming in full the heading's people; French `traduit de
 * l'anglais par` and `« <a>Title</a> », conférence de X à Venue Year`. Left, unscored: the France Inter podcast's title
 * keeps ` : podcast et émission en replay` (found by its address), the free site linked by its domain in Automate the
 * Boring Stuff's paragraph is not taken as its address, the Dicoding class and CS50 have no provider.
 * Posts marked `"holdout": 24` (de-tumblr-buchempfehlungen, reddit-shreddit-experienceddevs,
 * gdocs-published-onboarding, goodreads-user-shelf-table, sv-squarespace-ux-boktips) were written after round 23 was
 * scored, at 06f8297 with no rule written for round 23 or 24, in styles no fixture had (a German Tumblr text post,
 * every outbound link wrapped in `t.umblr.com/redirect?z=…`, its books cited as a German bibliography does
 * (`Hunt, Andrew / Thomas, David: <i>Titel</i>. Untertitel. Übersetzt von X. München: Hanser 2021.`, `Aus dem
 * Polnischen von X`), novels in reversed guillemets (`<b>Name</b> mit »Title« (Diogenes, 2021)`, `»Title« von X`),
 * `<b>Vortrag:</b> „<a>Title</a>“ von X, OOP 2023`, `<a>Title</a> auf openHPI, bei Prof. Dr. X`, and the notes
 * list of reblogs; a Reddit thread as the new web client serves it, nested `shreddit-comment` elements whose text is
 * a `slot=comment` div; a team's reading list published from Google Docs, every run of text a classed `<span>` with
 * bold and italics in the stylesheet only, a table whose Format cell reads `Book, O’Reilly 2019`, and every link
 * wrapped in `google.com/url?q=…`; a Goodreads member's shelf in table view, each cell a `<label>` then its value,
 * the first author inverted (`Brooks Jr., Frederick P.`) and `date pub` a column; a Swedish Squarespace journal post,
 * `<h3>` books over `<strong>Författare:</strong>`/`Översättning:`/`Förlag:`/`Utgiven:` lines with their store
 * button in the next block, `<em>Title</em> av A, B och C (Publisher, Year)`, a course's `Kursansvarig:` and a video
 * block captioned `Speaker: Title (Webstock 2013)`), and scored on the rules as they stood: precision 85.3 (29/34),
 * recall 51.9 (27/52), per-post F1 62.5, kind 92.6 (25/27), people 53.8 (14/26), publisher 71.4 (5/7), date 35.0
 * (7/20). Two of the 29 found are optional, matched by address: Reddit's `Rust book` and Goodreads' currently-reading
 * box, titled `Mara is currently reading`. Misses: ten of the Tumblr post's eleven (the bibliography lines, three of
 * the list's, those naming a translator, found titled by the first author's surname, `Hunt`, `Kleppmann`, `Martin`:
 * three extras; the novels; the talk and the course behind their redirects); on Reddit `<em>Peopleware</em> (DeMarco &
 * Lister)` in a reply, three unlinked `Title - Name` items of an ordered list (the linked fourth found), `Name's
 * "Title" (1983), <a>pdf here</a>`, `A by X and B by Y` in one sentence; the Docs table's blog post (`Blog post,
 * 2013`), the podcast `<bold span>Name</span> (podcast), hosted by A and B: <a>domain</a>`, `Kafka: The Definitive
 * Guide` kept with its `(2nd ed.)` (an extra); Squarespace's three `<h3>` label-list books, the `Kurs:` heading and
 * the video block (its address only in `data-block-json`). Wrong fields: every Goodreads row's `<label>` run into
 * its value (`titleThe Pragmatic Programmer…`, found by address; authors `authorHunt`, `Frederick P.`, `authorMeadows`
 * and `Donella H.`) and no `date pub` read (nine dates), `Code` a course; the Docs format cell unread (`Database
 * Internals` with no publisher or year), `NetDB 2011` and `Strange Loop 2014 (47 min)` without their years, a journal
 * paper a book, the table's links keeping the `google.com/url` wrapper (the lists' unwrapped); Reddit's `Yes it's from
 * 1975` and the lecturer in the sentence after a course (`Robert Morris is a fantastic lecturer`); the hosts after `–
 * der Podcast von A und B` (its address the redirect) and `med A och B`, `– Erika Hall, A Book Apart 2019` without
 * its publisher. Rounds 5-24 pooled, before their rules: precision 88.5 (429/485), recall 59.5 (402/676). All posts:
 * precision 98.8 (965/977), recall 94.7 (931/983), per-post F1 96.8, kind 97.6, people 92.6, publisher 87.0, date
 * 89.1; no post outside round 24 moved (936/943 and 904/931 without it), and the readability noise stayed at 1.08
 * items/page. Scored again after round 23's rules were merged, round 24 is the same but one date (35.0 -> 40.0,
 * 8/20): precision 85.3, recall 51.9, per-post F1 62.5, people 53.8, publisher 71.4. All posts then: precision 99.1
 * (969/978), recall 95.1 (935/983), per-post F1 97.1, kind 98.3, people 93.7, publisher 91.9, date 93.0; noise 1.08.
 * After the rules written for them: precision 97.8 (45/46), recall 82.7 (43/52), per-post F1 89.8, kind 97.7
 * (42/43), people 95.2 (40/42), publisher 88.9 (16/18), date 87.9 (29/33); all posts precision 99.2 (982/990), recall
 * 96.4 (948/983), per-post F1 97.9, kind 97.8, people 93.8, publisher 87.4, date 91.4; outside round 24 only
 * hashnode-rust-series (round 19) moved, up (7/9 -> 8/9: Rustlings, an unlinked `<li><p>` item), noise 1.08
 * items/page. Left: on Tumblr `<b>Name</b> mit »Title« (Diogenes, 2021)` and the openHPI course (`<a>Title</a> auf
 * openHPI, bei Prof. Dr. X`), not found, QualityLand's `(Ullstein 2017)` (no comma) unread, the podcast's hosts after
 * `– der Podcast von A und B`; on Reddit `<em>Peopleware</em> (DeMarco & Lister)` alone in a reply, `Name's "Title"
 * (1983), <a>pdf here</a>` and `A by X and B by Y` in one sentence (not found), `Yes it's from 1975` and the
 * lecturer in the next sentence; the Docs podcast (`(podcast), hosted by A and B: <a>domain</a>`) not found, the
 * `runbooks repo` extra, `NetDB 2011` and `Strange Loop 2014 (47 min)` without their years, the journal paper
 * labelled `Paper:` a book; Squarespace's `Kurs:` heading over `Kursansvarig:` and the video block (its address only
 * in `data-block-json`) not found, `– Erika Hall, A Book Apart 2019` without its publisher; the store buttons in the
 * block after the Swedish label lists give their books no address. Rounds 23's and 24's rules, written side by side
 * and merged together (label lists joined, a table's editors' mark before its names sorted surname first): round 23
 * 100 on every figure, round 24 as above but date 90.9 (30/33); all posts precision 99.5 (986/991), recall 96.8
 * (952/983), per-post F1 98.3, kind 98.4, people 95.0, publisher 92.2, date 95.1; noise 1.08; the seed post exact.
 * Posts marked `"holdout": 25` (fi-wix-ohjelmointivinkit, quora-answer-ml-resources, fr-bu-bibliographie-apa,
 * da-beehiiv-emoji-caption) were written after rounds 23 and 24's rules were merged (951007c), in styles no fixture had
 * (a Finnish coding club's Wix blog post in the Ricos viewer, every paragraph a `<p dir=auto>` of hashed classes, bold
 * and italics only as `style="font-weight:700"`/`font-style:italic` spans, books in Finnish prose with their authors in
 * the genitive before the title (`Andy Huntin ja Dave Thomasin <a><i-span>Title</i-span></a> (Addison-Wesley, 2. painos
 * 2019)`, `Charles Petzoldin <i-span>Title</i-span> (Microsoft Press, 2022)`, `… Manning julkaisi toisen painoksen
 * 2024`), translations `Name: <i-span>Title</i-span>. Suom. X. Publisher, Year.`, courses
 * `<a><b-span>Title</b-span></a> – Matti Luukkaisen kurssi …`, podcasts `<a>Webbidevaus.fi</a>-podcastia, jota
 * juontavat A ja B` and `<a>Name</a> (juontajana X)`, a talk over its YouTube embed; a Quora answer's permalink served
 * signed out, every run of text its own `<span>` in `<p class="q-text …">`, bold pseudo-headings numbered by hand,
 * `3Blue1Brown’s <a>Title</a> series (Name)`, `Andrew Ng’s <a>Title</a> on Coursera`, `<a>Title</a> by X instead`,
 * books `<i>Title</i> — Name. 3rd edition, O’Reilly 2022.`, `<a>Title</a> — James, Witten, Hastie &amp; Tibshirani.`,
 * `Bishop’s <i>Title</i> (Springer, 2006)`, `“<a>Title</a>” (Vaswani et al., 2017)`, `watch Name build it:
 * <a>Title</a>`, then comments, related questions and a second answer cut at `(more)`; a French university library's
 * thematic bibliography on Drupal 10 in French APA 7, `<p class="biblio-ref">` paragraphs (`Russell, S. et Norvig, P.
 * (2021). <em>Titre</em> (4<sup>e</sup> éd.; F. Popineau, trad.). Pearson France.`, `(L. Bury, trad.)`, `Le Cun, Y.`)
 * each with its `Cote :` shelf mark and `Voir dans le catalogue` link after a `<br>`, a journal article, a report
 * `[Rapport de mission parlementaire]`, a MOOC by two corporate authors `Institut Montaigne et OpenClassrooms. (2019).
 * <em>Titre</em> [MOOC]. OpenClassrooms.`, a lecture `LeCun, Y. (2016, 4 février). … [Leçon inaugurale, vidéo]. Collège
 * de France.`, a podcast `de La Porte, X. (animateur). (2020–présent). <em>Titre</em> [Podcast audio]. France Inter.`;
 * a Danish reading newsletter on beehiiv written like an Instagram caption, each book one paragraph of emoji-led `<br>`
 * lines (`📚 <b>Title</b><br>✍️ Author<br>🔁 Oversat af X<br>🏷️ Publisher · Year<br>💬 comment`), `Name – <i>Title</i>
 * (Publisher, Year) 🤍`, `<i>Title</i> af X (oversat af Y)`, `Svend Brinkmanns <a>Title</a>`, `🎧 <a>Name</a> fra DR med
 * Host`, `🎤 Foredrag: Name, <a>"Title"</a> (TEDGlobal 2009)`, every link carrying beehiiv's `utm_` query, and
 * hashtags), and scored on the rules as they stood, with no rule written for them: precision 91.3 (21/23), recall 52.6
 * (20/38), per-post F1 62.8, kind 85.0 (17/20), people 33.3 (6/18), publisher 77.8 (7/9), date 66.7 (8/12). One of the
 * 21 found is optional: Raschka's book in Quora's truncated second answer. Misses: six of the Danish post's eight (the
 * three emoji-line paragraphs, the linked Stoner among them, `Name – <i>Title</i> (Gyldendal, 1967)`, `Svend Brinkmanns
 * <a>Stå fast</a>`, the DR podcast); eight of the Wix post's eleven (Grokking Algorithms and Code in genitive prose,
 * both `Suom.` list items, the two bold-span course links, `<a>Webbidevaus.fi</a>-podcastia`, the talk in an italic
 * span); the library's Russell and Norvig (`(4<sup>e</sup> éd.; F. Popineau, trad.)`) and the journal article; Quora's
 * `<a>An Introduction to Statistical Learning</a> — James, …` and Bishop's book, found titled `Bishop’s Pattern
 * Recognition and Machine Learning` (an extra, its publisher and year read), with the scikit-learn user guide the other
 * extra. Wrong fields: the translator read as a second author (`<i>Title</i> af X (oversat af Y)`), the TED speaker
 * before the title unread; the genitive `Andy Huntin ja Dave Thomasin` unread, `Elements of AI` an article, the host
 * `(juontajana X)` unread; the APA translators `(L. Bury, trad.)` and `(S. Marty, trad.)` unread, the MOOC a podcast
 * titled from its address with no authors, publisher or year, the lecture a book dated 2016 (not 2016-02-04), the
 * podcast's host, France Inter and 2020 unread; on Quora `(Grant Sanderson)` after `series`, `by Jeremy Howard
 * instead`, `watch Andrej Karpathy build it:` and `(Vaswani et al., 2017)` after the quoted link (its year too) unread.
 * Rounds 5-25 pooled, before their rules: precision 88.6 (450/508), recall 59.1 (422/714). All posts: precision 99.3
 * (1007/1014), recall 95.2 (972/1021), per-post F1 97.1, kind 98.1, people 93.7, publisher 91.8, date 94.4; no post
 * outside round 25 moved (986/991 and 952/983 without it), and the readability noise stayed at 1.08 items/page.
 * Round 25's rules (a), for the Danish beehiiv caption and the Finnish Wix post: a span's inline bold or italic style
 * is a mark as `<i>` is; a work set out as a caption's emoji-led lines (`📚` its title, `✍️` its authors, the others
 * its translator and `House · Year`); a translator in brackets after the byline (`af A (oversat af B)`, `by A
 * (translated by B)`); the colon citation with the name in natural order and the imprint with no place (`Name:
 * <i>Title</i>. Suom. X. House, Year.`), `Suom.`/`övers.`/`overs.` a translator's credit; the author in the genitive
 * before the title where the page's lang is Finnish or Nordic (`Andy Huntin ja Dave Thomasin`, `Svend Brinkmanns`),
 * or after a dash before the kind of work (`– Matti Luukkaisen kurssi`), with the year and house the prose after it
 * gives (`vuodelta 2011`, `Manning julkaisi … 2024`); Finnish kind words (`kurssi` inside a compound, `puhe`, `luento`)
 * and `foredrag`; a show's Finnish hosts (`<a>…</a>-podcastia, jota juontavat A ja B`, `(juontajana X)`); a work's
 * emoji before its link (`🎧 <a>…</a> fra DR med Host`); `Name – <i>Title</i>` author first though its list's titles are
 * one word; a talk's labelled line citing its speaker first (`Foredrag: Name, <a>Title</a> (TEDGlobal 2009)`). Both
 * posts are now exact. Round 25: precision 94.6 (35/37), recall 89.5 (34/38), per-post F1 92.1, kind 94.1 (32/34),
 * people 74.2 (23/31), publisher 88.9 (16/18), date 81.0 (17/21). All posts: precision 99.3 (1021/1028), recall 96.6
 * (986/1021), per-post F1 98.1, kind 98.3, people 94.3, publisher 92.0, date 94.5; no post outside round 25 moved
 * (986/991 and 952/983 without it), and the readability noise stayed at 1.08 items/page.
 * Round 25's rules (b), written for quora-answer-ml-resources and fr-bu-bibliographie-apa: APA as French, Spanish and
 * German write it (`et`/`y`/`und` before the last author, a translator or editor in the brackets after the title, `(4e
 * éd.; F. Popineau, trad.)`, an article's journal before its volume its publisher, in CS1's `Journal. 21 (11):` too), a
 * group as the author (`Institut Montaigne et OpenClassrooms. (2019).`), a host's role (`(animateur)`), a run of years
 * (`(2020–présent)`), a date to the day in four languages, the kind in square brackets (`[MOOC]`, `[Podcast audio]`), a
 * library's shelf mark line (`Cote :`) no title; `by X instead`, `<a>…</a> series (Name)`, `watch Name do it: <a>`,
 * `“<a>…</a>” (Vaswani et al., 2017)`, `Bishop’s <i>Title</i> (Springer, 2006)`, surnames joined after a dash crediting
 * a home page, a tool's `user guide` no work, a verb bidding the reader (`Watch Ada Quinn’s <a>`) no word of an owner's
 * name; and, for the same habits in older posts, the facts after the quote closing a quoted link, `Moss, J. Eliot B.`,
 * a series before the publisher, a reference set as a paragraph, `Name — <a>Title</a>`, `and many other contributors`
 * and `Blog series, 2014.` an article. Round 25 after them (with the other helper's posts as they stood): precision
 * 100.0 (25/25), recall 63.2 (24/38), per-post F1 70.7, kind 95.8 (23/24), people 81.8 (18/22), publisher 100.0
 * (12/12), date 100.0 (15/15); both posts exact. All posts: precision 99.5 (1011/1016), recall 95.6 (976/1021),
 * per-post F1 97.4, kind 98.5, people 95.3, publisher 94.0, date 96.4; outside round 25 no work found or lost (986/991,
 * 952/983), fields up only: round 20 (wikipedia-further-reading-cs1) people 75.5 -> 77.6, publisher 65.5 -> 75.9, date
 * 80.6 -> 83.3; round 21 (revealjs-talk-references) kind 84.6 -> 86.5, people 80.8 -> 86.5, publisher 73.3 -> 79.3,
 * date 88.4 -> 93.0; round 22 (linkedin-pulse-data-reading) people 64.7 -> 70.6, date 76.9 -> 84.6; noise 1.08
 * items/page.
 * Posts marked `"holdout": 26` (pt-br-medium-livros-prosa, lemmy-thread-os-courses, zh-juejin-course-table,
 * syllabus-chicago-faculty-page, es-substack-podcasts-charlas) were written after round 25 was scored (HEAD commit
 * 8858808), in styles no fixture had (a Brazilian Portuguese Medium post as medium.com serves it signed out, hashed
 * classes and mixtape link cards, each book named in its own kind of prose sentence in an `<ol>`
 * (`<strong>Title</strong>, do Name (Publisher, Year).`, `O clássico de Name, o Uncle Bob: <em>Title</em>, que a Alta
 * Books publicou aqui em 2009.`, `<em>Title</em>, escrito por A e B. A edição da Bookman é de 2010`, `<a>Title</a>, do
 * Name (Publisher, Year).`, an unmarked title opening its item, `<em>Title</em> (Name; Publisher, Year)`), a course `o
 * <a>CS50</a> de Harvard, com o professor X` and a podcast named in a sentence over its mixtape card; a Lemmy thread as
 * lemmy-ui renders it server-side, nested `li.comment > article.comment-node` replies naming works inline (`OSTEP.
 * <a>Title</a> by Remzi and Andrea Arpaci-Dusseau`, `the xv6 labs from <a>MIT 6.1810</a>`, an unlinked `Title (Bryant
 * &amp; O'Hallaron) is the book…`, `Name's talk "Title" from QCon San Francisco 2018: <a>video</a>`) and a book a reply
 * bounced off; a Chinese Juejin article, a markdown table 顺序 | 课程 | 学校 | 讲师 | 说明 with every outbound link wrapped in
 * `link.juejin.cn?target=`, translated books `《Title》，A、B 著，C、D 译，Publisher，2016 年` and `Name 的<a>《Title》</a>（X 等译，…）`;
 * a history seminar's syllabus on a professor's HTML 4 faculty page, Chicago notes-and-bibliography entries in a `<ul>`
 * and in a schedule table's Reading cells (journal articles with quoted titles, `<i>Atlantic Monthly</i>, July 1945.`,
 * books with `Chaps. 1–3.` after the entry, a film `<i>Title</i>. Directed by X. Los Angeles: Studio, 2016.`) beside
 * shortened notes for texts read again; a Spanish Substack issue, podcasts and talks in prose over `Spotify2ToDOM` and
 * `Youtube2ToDOM` embeds and a book in a footnote), and scored on the rules as they stood, with no rule written for
 * them: precision 89.3 (25/28), recall 50.0 (24/48), per-post F1 61.4, kind 87.5 (21/24), people 56.5 (13/23),
 * publisher 58.3 (7/12), date 66.7 (8/12). One of the 25 found is a store button (`<a>Link na Amazon</a>`) matched to
 * the Cormen by address only; the Cormen's own line, read right, comes after it, so its people, publisher and date are
 * scored wrong from the button. Misses: seven of the Medium post's nine (the six prose list items other than the
 * Cormen, the linked `<a>Title</a>, do Name (Publisher, Year).` among them, and `o Hipsters Ponto Tech, podcast da
 * Alura apresentado pelo X` over its mixtape card); six of the Lemmy thread's ten (`from <a>MIT 6.1810</a> (it used to
 * be 6.S081)`, `(<a>Title</a>, Cox, Kaashoek &amp; Morris)`, the unlinked `Title (Bryant &amp; O'Hallaron) is the book
 * I wish…`, `the <a>Nand2Tetris</a> course on Coursera (two parts, Nisan and Schocken)`, `Name's <a>Title</a> blog
 * series`, the unlinked `Title by Name. 1500 pages, No Starch Press, 2010.`); eight of the syllabus's eleven (every
 * Chicago entry in the schedule table's cells: three quoted articles, four books, and the film, found only as the extra
 * `Hidden Figures. Directed`, a book by its director); three of the newsletter's nine (`<strong><a>Radio
 * Ambulante</a></strong> (NPR) — presentado por X`, `<em>Entiende Tu Mente</em>, el podcast de psicología de A, B y C`
 * over its Spotify embed, `<strong>Inventing on Principle</strong>, la charla de X en CUSEC 2012` over its YouTube
 * embed). Wrong fields: `CS50` a podcast by `Harvard`; `by Remzi and Andrea Arpaci-Dusseau` read as `Remzi` and `Andrea
 * Arpaci-Dusseau`, the talk in quotes before `: <a>video</a>` without its speaker and year; Chicago's inverted first
 * author before natural-order names (`Campbell-Kelly, Martin, William Aspray, Nathan Ensmenger, and Jeffrey R. Yost`
 * read with `Nathan Ensmenger William Aspray`); `Martin Kleppmann 的<a>《…》</a>` without its author (the rest of the
 * Juejin post, table and books, read exactly); Substack's `<a>El hilo</a>, de Radio Ambulante Estudios, con A y B` and
 * `<strong>Nadie Sabe Nada</strong> (Cadena SER), de A y B` books by their network (hosts lost), `<a>Web Reactiva</a>,
 * el podcast de X` with no host, `(TEDxRiodelaPlata, 2014)` read as the talk's publisher, `X preguntando <a>Title</a>
 * (TED2006)` without speaker or year, `(Debate, 2012; traducción de Y)` without publisher and year (the translator
 * read). Extras: the Lemmy reply's `Modern Operating Systems by Tanenbaum is what my uni used and honestly I bounced
 * off it hard`, the syllabus's Calendly `book a slot` link (a book) and `Hidden Figures. Directed`; the shortened notes
 * (`Hicks, <i>Programmed Inequality</i>, chaps. 1–3.`) gave none. Rounds 5-26 pooled, before their rules: precision
 * 88.6 (475/536), recall 58.5 (446/762). All posts: precision 99.0 (1032/1042), recall 93.2 (996/1069), per-post F1
 * 95.8, kind 97.9, people 92.8, publisher 90.6, date 93.7; no post outside round 26 moved (1007/1014 and 972/1021
 * without it), and the readability noise stayed at 1.08 items/page.
 * Round 26's rules (b), for the Lemmy thread, the Chicago syllabus and the Juejin table: a table's cells are its list,
 * a cell's neighbours the rows around it (the Reading column's Chicago entries beside Week, Date and Topic); an
 * article's periodical in italics after its quoted title is its publisher, to the month where given (`"Title."
 * <i>Atlantic Monthly</i>, July 1945.`; author-date lines keep none, as citation-styles labels them); Chicago's and
 * MLA's first author inverted with a whole given name, the others in natural order; a film `<i>Title</i>. Directed by
 * X. Place: Studio, Year.` a video by its director; `Name 的<a>《Title》</a>` credits Name; a link booking a meeting
 * (`book a slot`) is no work; a sentence saying its writer gave up on the work it names (`I bounced off it`) is no
 * recommendation; `Name's talk "Title" from Venue 2018: <a>video</a>` credits the speaker and year; a link followed by
 * its kind (`the <a>X</a> course on Coursera`, `Name's <a>X</a> blog series`) is that kind of work. The syllabus and
 * the Juejin post are now exact. Left: the Lemmy thread's `from <a>MIT 6.1810</a> (it used to be 6.S081)` (its
 * lecturers named in a reply), `(<a>Title</a>, Cox, Kaashoek &amp; Morris)`, the unlinked `Title (Bryant &amp;
 * O'Hallaron) is the book…` and `Title by Name. 1500 pages, No Starch Press, 2010.` in long replies, Nand2Tetris's
 * `(two parts, Nisan and Schocken)`, and `by Remzi and Andrea Arpaci-Dusseau` (read as `Remzi`, as toolbox.html labels
 * the same line). Round 26: precision 100.0 (35/35), recall 70.8 (34/48), per-post F1 78.3, kind 91.2 (31/34), people
 * 75.8 (25/33), publisher 75.0 (15/20), date 85.0 (17/20). All posts: precision 99.3 (1056/1063), recall 95.4
 * (1020/1069), per-post F1 97.3, kind 98.0, people 93.6, publisher 91.1, date 94.1 (from 99.1, 94.5, 96.7, 98.0, 93.3,
 * 90.9, 93.8 before them); no post outside round 26 moved, and the readability noise stayed at 1.08 items/page.
 * Round 26's rules (a), for the Brazilian Medium post and the Spanish Substack issue: Portuguese by-words after a title
 * (`, do Name`, `escrito por A e B`), also after an unmarked title opening a list item (`Title, do Name, …`); a house
 * whose name opens with a month's letters (`(Novatec, 2017)`); a store button `<a>Link na Amazon</a>` the page of the
 * title set apart before it, which keeps that title's byline; a show presented in Spanish or Portuguese (`presentado
 * por X`, `apresentado pelo X`), its appositive (`, el podcast de psicología de A, B y C`) and its network and makers
 * (`(Cadena SER), de A y B`, `, de Studio, con A y B`, `(NPR) — presentado por X`); an event before its year in
 * brackets a venue, no publisher (`(TEDxRiodelaPlata, 2014)`), and joined to it a date (`(TED2006)`); a note after an
 * imprint's year (`(Debate, 2012; traducción de X)`); a talk's appositive (`, la charla de X en CUSEC 2012`, `a
 * palestra do X na …`); `(Name; House, 2016)` after a title set apart; the house and year said in prose (`A edição da
 * Bookman é de 2010`, `que saiu pela Novatec em 2020`, `que a Alta Books publicou aqui em 2009`); the kind of work and
 * its owner before a colon (`O clássico de Name, o Uncle Bob: <em>Title</em>`); a teacher named by title after a
 * course's link (`com o professor X`). Left: the podcast named in a sentence over its mixtape card (missed),
 * `<strong>Nadie Sabe Nada</strong> (Cadena SER), de A y B` a book (only the section's 🎧 says it is a show), `Ken
 * Robinson preguntando <a>Title</a>` without its speaker. Round 26: precision 91.7 (33/36), recall 68.8 (33/48),
 * per-post F1 77.0, kind 97.0 (32/33), people 84.4 (27/32), publisher 100.0 (18/18), date 94.7 (18/19). All posts:
 * precision 99.1 (1054/1064), recall 95.3 (1019/1069), per-post F1 97.3, kind 98.2, people 93.9, publisher 92.4, date
 * 94.5 (before them, with the merges since round 26 was scored: 99.1 (1046/1056), 94.5 (1010/1069), 96.7, 98.0, 93.3,
 * 90.9, 93.8); no post outside round 26 moved, and the readability noise stayed at 1.08 items/page.
 * Rounds 25 and 26's rules merged (session 22), with a first name sharing the full name's surname after a link's `by`
 * (`by Remzi and Andrea Arpaci-Dusseau`; toolbox's label, which had `Remzi` alone, corrected): round 25 100 on every
 * figure; round 26 precision 100.0 (43/43), recall 89.6 (43/48), per-post F1 93.8, kind 97.7, people 95.2 (40/42),
 * publisher 100.0, date 100.0. All posts: precision 99.5 (1068/1073), recall 96.6 (1033/1069), per-post F1 98.1, kind
 * 98.5, people 95.8, publisher 94.6, date 96.6; noise 1.08 items/page; the seed post exact. Round 25's rules moved no
 * figure of round 26, which was scored before them: the held-out figures above stand.
 * Posts marked `"holdout": 27` (cs-moodle-studijni-literatura, uk-telegram-web-preview, sphinx-rtd-bibtex-background,
 * hi-blogger-kitaben, tildes-embedded-resources) were written after rounds 25 and 26's rules were merged (f665ba0), in
 * styles no fixture had (a Czech Moodle course page's reading list in ČSN ISO 690, surnames in capitals, with a table
 * of courses naming people in the genitive; a Ukrainian Telegram channel's public web preview, message bubbles of
 * emoji lines and link-preview cards; a Sphinx page's sphinxcontrib-bibtex bibliography and `See also` box; a Hindi
 * Blogger list of books under numbered headings with bold label lines and Amazon buttons; a Tildes thread of nested
 * comments), and scored at f665ba0 with no rule written for them: precision 96.6 (28/29), recall 50.9 (28/55), per-post
 * F1 57.6, kind 100 (28/28), people 30.8 (8/26), publisher 54.5 (6/11), date 35.3 (6/17). Nothing of the Telegram
 * page was found, two of the Hindi post's ten. The asked-thread rules (below) were written from older posts before
 * round 27 was read, and moved none of its figures. Rounds 5-27 pooled, before their rules: precision 89.0 (503/565),
 * recall 58.0 (474/817).
 * A page whose question asks for works (asked.ts: its heading, or the head's title, asks (`?`, `Ask:`, `Looking for`,
 * `求`, `推荐`) and names a kind of work or `resources`): its answers name works in passing, and are read so. A linked
 * title of two words or more in a sentence is a work (`The obvious answer is <a>Crafting Interpreters</a>.`), not what
 * the sentence says one works in (`work in <a>Google Colab</a>`) nor a line saying it is none (`— not reading`); a
 * title-case run before `by` and a full name, or before brackets holding only its people, names a work in a long
 * reply too (`Staff Engineer by Will Larson and The Staff Engineer's Path by Tanya Reilly`, `Computer Systems: A
 * Programmer's Perspective (Bryant &amp; O'Hallaron) is…`); a surname owning a title set apart is its author (`Also
 * Appel’s <em>Title</em>`); where the answer's words name no kind, the kind asked for (a book, when several or none).
 * On any page: surnames joined in brackets after a title set apart (`<em>Peopleware</em> (DeMarco &amp; Lister)`),
 * `De`/`Di`/`Le` before a surname's capital; a university's course number in a title a course (`MIT 6.1810`, `CS
 * 6120`); a series over years dated by its first (`(1988–1995)`); a profile's link (`/@name`) no work. Rounds 5-26's
 * threads: lobsters-ask-compilers 4/7 -> 7/7, reddit-shreddit-experienceddevs 8/12 -> 11/12, lemmy-thread-os-courses
 * 6/10 -> 9/10. All posts but round 27: precision 99.5 (1078/1083), recall 97.5 (1042/1069), per-post F1 98.6, kind
 * 98.7, people 95.7, publisher 94.6, date 96.6; the readability noise stayed at 1.08 items/page.
 * Posts marked `"holdout": 28` (ko-velog-cs-study-resources, vi-viblo-tai-lieu-deep-learning,
 * discord-export-compilers-resources, alfolio-vis-reading-list, el-hugo-papermod-shortcodes) were written after the
 * asked-thread rules (e3b2e0b), in styles no fixture had (a Korean Velog post of numbered books over `저자:`/`역자:`
 * lists; a Vietnamese Viblo post with a course table and `(Surname et al., Year)` papers; a DiscordChatExporter export
 * of bare addresses and link previews; an al-folio academic's bibliography entries with ★ marks and PDF/DOI buttons; a
 * Greek Hugo post of shortcode book cards and people in the genitive), and scored there with no rule written for them:
 * precision 87.5 (35/40), recall 58.3 (35/60), per-post F1 67.3, kind 91.4 (32/35), people 41.9 (13/31), publisher
 * 36.4 (4/11), date 63.2 (12/19). Rounds 5-28 pooled, before their rules: precision 88.9 (538/605), recall 58.0
 * (509/877).
 * A syllabus's reading lines (at e3b2e0b, before round 28 was read; they did not move it): a label before a citation
 * (`Week 3:`, `Optional:`) and a link to its file closing the line (`nielsen-molich-1990.pdf`) leave the citation
 * whole; the chapters assigned after a title (`Ch. 2 "…"`, `pp. 1–36`) are no publisher; what only a screen reader
 * hears inside a link (`.sr-only`, Canvas's `(Links to an external site.)`) is no part of its title.
 * canvas-lms-syllabus 8/11 -> 11/11.
 * Round 27's rules (b), for the Czech Moodle list, the Sphinx bibliography and the Tildes thread: ISO 690 (the first
 * author's SURNAME in capitals, `a kol.`, `Přeložil X`, `Place: Publisher, Year`; iso-citation.ts); BibTeX's plain
 * style (names in natural order to a full stop, the title unmarked, a journal in italics its publisher, `In`
 * proceedings none, a DOI or arXiv link the address, not the title; venue-citation.ts); `Name's blog post <a>` an
 * article by Name; `<a>Title</a>, Name's talk at Event Year`; a school and a term dating a course (`(Harvard, Fall
 * 2015)`); a citation label (`[CY20]`) ending a byline; Czech makers in a table's cells (`přednáší X`, `video Joshe
 * Starmera` read back to the nominative) and Czech and Slovak section kinds; a repository the sentence says holds code
 * no recommendation; a quoted title before `(<a>video</a>)`; an edition's year in a byline; `the <a>Show</a> podcast
 * with X`; `She co-hosts …` crediting the one the work before credited (pronoun-owner.ts); a capitalised link in the
 * sentence of a work linked on the same site another such work. The schedule label and chapter note it also wrote were
 * already on main (above) and were kept once. Round 27's rules (a), for the Telegram preview and the Hindi list: on
 * t.me/s/ the message history is the content and each message its post (Telegram's `widget` classes are no chrome;
 * telegram.ts), a link preview's site name no title; a blank line in a block a paragraph break (blank-lines.ts); a
 * title alone over labelled fact lines one work; Devanagari names (devanagari.ts), Hindi labels (`लेखक:`,
 * `अनुवादक:`, `प्रकाशक:`), a Hindi store button, Hindi prose credits (`अनुवाद X ने किया`, `X ने छापा`;
 * hindi-prose.ts) and kinds (`<a>T</a> कोर्स`; hindi-links.ts); Ukrainian `«Title» Чарлза Дахіґґа` (the genitive read
 * back) and `переклав X`; `— подкаст від Maker`, `Це … курс Name`, `Веде Name` (cyrillic-links.ts); a video's address
 * under a sentence opening with a full name and a verb made by that person (video-maker.ts). Round 27 with both:
 * precision 100 (57/57), recall 100 (55/55), people 100, publisher 96.0, date 100; no other post lost anything.
 * Round 28, scored after round 27's rules (3cacc10's parents, before its own): precision 87.5 (35/40), recall 58.3
 * (35/60), publisher 45.5: round 27's rules, like round 26's before them, moved no work of the next round.
 * Round 28's rules: bibliography records whose parts the markup names by class (jekyll-scholar/al-folio's `title`,
 * `author` and `periodical` divs, a theme's `book-title`/`book-author`/`book-meta` card), read as one work, the
 * address its `PDF`/`DOI` button's, a journal its paper's publisher, a proceedings none (records.ts); Greek names;
 * tables headed in the languages of Europe, Vietnam, Korea and Russia (`Título | Autor | Editorial | Año`, `Khóa học |
 * Giảng viên | Nền tảng`, `Курс | Преподаватель`) and those languages' kind words; Korean labelled facts (`역자:`,
 * `외` closing the names, a Hangul name in a label's list, `출판사: X (Year)`); a volume note (`(1, 2권)`, `(vols.
 * 1–3)`) no part of a title; on any page, a work cited in passing, a title-case run before brackets of its people and
 * then its year (`Engineering a Compiler (Cooper & Torczon, 3rd ed., Morgan Kaufmann 2022)`), not after a by-word.
 * Round 28: precision 94.1 (48/51), recall 81.7 (49/60), per-post F1 85.5, people 73.3, publisher 90.5, date 90.3;
 * hn-thread-books' last leftover (`Out of the Tar Pit (Moseley and Marks, 2006)`, round 5) is found. All posts:
 * precision 99.3 (1189/1197), recall 97.3 (1152/1184), per-post F1 98.4, kind 98.6, people 95.1, publisher 94.5, date
 * 96.5; the readability noise stayed at 1.08 items/page and the seed post is exact.
 * Posts marked `"holdout": 29` (gitlab-wiki-sre-onboarding-reading, fa-virgool-ketab-pishnahadi,
 * bookwyrm-list-solarpunk, nl-buttondown-zondagse-leesvoer) were written after round 28's rules (a GitLab 17 wiki page
 * of books, papers and talks; a Persian Virgool post of numbered books over labelled lines, right to left; a BookWyrm
 * list's cards; a Dutch Buttondown issue, `Title van Name (Publisher, Year)` and `vert.`), and scored with round 28's
 * rules, none written for them: precision 94.1 (16/17), recall 40.5 (15/37), per-post F1 42.5, kind 100, people 61.5
 * (8/13), publisher 80.0 (4/5), date 91.7 (11/12); the GitLab page exact but three people, the Persian post 1/9, the
 * BookWyrm list 0/9, the Dutch issue 3/8. Rounds 5-29 pooled, before their rules: precision 89.2 (554/621), recall
 * 57.0 (524/914).
 * Round 29's rules: a classed record's title may open with its list's number and its people with `by` (BookWyrm's
 * list cards, read by round 28's records.ts: 0/9 -> 9/9); Dutch `van` a by-word after a title (`<strong>Title</strong>
 * van Name (House, Year)`), and a run after any by-word a byline's names, no title cited in passing (3/8 -> 4/8).
 * Round 29: precision 100 (26/26), recall 67.6 (25/37), per-post F1 71.7; the Persian post is 1/9, untouched. All
 * posts: precision 99.3 (1215/1223), recall 96.4 (1177/1221), per-post F1 97.7, kind 98.6, people 94.8, publisher
 * 94.3, date 96.4; noise 1.08 items/page; the seed post exact.
 * Leftover rules of rounds 27-29 and older (session hv24, from bbf2e08), each a structure many pages share, with a
 * minimal page of its own (round-29-leftovers.test.ts): right-to-left labelled lines under a numbered heading, Persian
 * and Hebrew labels joined to the shared label lists (`نویسنده:`, `مترجم:`, `ناشر:`, `תרגום:`), Persian's spaced `و`
 * between names, a zero-width non-joiner inside a name; a credit line's translator and house fields (`Name، با ترجمه‌ی
 * X، انتشارات Y`, `Name / ترجمه‌ی X`), a house named after its word (`הוצאת מטר, 2013.`), a label's names ending at
 * their sentence's stop; a heading's quoted title whole before its slash (`1. ״Title, Subtitle״ / Name`), a Hebrew
 * initial; names in the page's script followed by their Latin spelling in brackets credited as the brackets spell
 * them; a Persian title set apart with its author right after it up to a particle (`«Title» Name رو`); a chat
 * embed's record no longer swallowing the next message; a stand-in glossed in brackets (`TAPL (Types and Programming
 * Languages, Pierce)`, a bare address and `(Title, Name)`, `the Name podcast (Full Name)`, `(<a>Title</a>, A, B &
 * C)`); a bare address's title after a label's colon and its host after `with`; Greek by-words, `και`, kind words and
 * genitive owners; Hebrew `בהנחיית` anywhere in the clause, `ההרצאה של X <a>`; a bold label naming a kind
 * (`<b>Kurs:</b>`), `bei Prof. Dr. X`, `– der Podcast von A und B`; `Name, <a>Title</a> (Venue Year)` a talk by Name.
 * fa-virgool 1/9 -> 8/9, discord-export 6/11 -> 10/11, el-hugo-papermod 7/11 -> 10/11, he-wordpress 8/12 -> 12/12
 * (people wrong on 6 of the 8 found -> none), de-tumblr 9/11 -> 10/11, lemmy-thread 9/10 -> 10/10; no post lost a work
 * and no extra was added. Round 27 unchanged (100/100); round 28 precision 94.1 -> 94.8 (55/58), recall 81.7 -> 93.3
 * (56/60), per-post F1 85.5 -> 93.9, people 73.3 -> 82.7; round 29 precision 100 (33/33), recall 67.6 -> 86.5 (32/37),
 * per-post F1 71.7 -> 90.2, people 82.6 -> 93.3. All posts: precision 99.3 -> 99.4 (1235/1243), recall 96.4 -> 98.0
 * (1197/1221), per-post F1 97.7 -> 98.7, kind 98.6 -> 98.5, people 94.8 -> 96.1, publisher 94.3 -> 94.6, date 96.4;
 * noise 1.08 items/page; the seed post exact. Left: the Persian podcast (`<a>Name</a> پادکست Name‌ـه`) and the TED talk
 * credited to `خود نویسنده` (the author herself), chibicc's bare repository address (a repository in passing is a
 * tool), Hard Land (`<b>Name</b> mit »Title«`) and `(Ullstein 2017)` with no comma, Korean honorific and bracket
 * credits (`조영호 님의 『…』`, `(인프런, 김영한)`).
 * Posts marked `"holdout": 30` (bsky-thread-urbanism-books, ca-eleventy-prestatgeria-dl,
 * hu-blog-hu-programozos-konyvek, nb-bibliotek-ansatte-anbefaler, ro-slack-export-invatare) were written after round
 * 29's rules (a Bluesky thread of books cited every which way in prose; a Catalan Eleventy bookshelf of `<dl>` records,
 * the term written several ways and a `<dd class="meta">` credit; a Hungarian blog.hu post of numbered bold `Names:
 * Title (House, Year)` lines over a comment; a Norwegian library's staff picks,
 * `<h3><a>Title</a></h3><p>Author</p><p>Publisher, Year</p>` cards; a Romanian Slack export of prose posts and
 * unfurls), and scored with round 29's rules (bbf2e08), none written for them: precision 83.3 (15/18), recall 23.4
 * (15/64), per-post F1 33.0, people 35.7 (5/14), publisher 30.0 (3/10), date 50.0 (6/12); the staff picks 0/12, the
 * bookshelf 3/13, the thread 2/14. Rounds 5-30 pooled, before their rules: precision 89.0 (569/639), recall 55.1
 * (539/978).
 * Round 30's rules: a credit stacked in blocks under a title, the names alone, then `Publisher, Year` maybe after a
 * translator's sentence (stacked-credit.ts; `oversatt av`, `omsett av`, `traducció de`, `versió de` translators'
 * words); a definition list's terms read as records, the title set apart (`<cite>`, a link) and its people beside it
 * any way (`Name — <cite>T</cite>`, `<cite>T</cite>, d'Name`, `<cite>T</cite>, Name`), the description under it its
 * credit in parts between middle dots, a term under a heading of works given up on (`Abandonats`) none
 * (term-records.ts), and a term's first description no page meta (main-content.ts); a paragraph whose first line is a
 * numbered item over a comment of sentences parted from it (numbered-lead.ts); a list item naming its people before a
 * colon, joined by dashes, commas or an `and` word, or one name with an initial, or the title set apart after it
 * (colon-authors.ts; `Operating Systems: …` stays a title); on any prose line, a work cited by `(House, Year)` right
 * after its title, its people before it (possessive, comma, dash) or after its `by` (cited-prose.ts); a title set apart
 * with its people after a comma and then its year or imprint, or before it opening the clause, and titles with a year
 * alone in the note under a record (`seguiu amb <cite>T</cite> (1974)`) its people's further works (marked-credits.ts).
 * Round 30 after them: precision 98.2 (54/55), recall 82.8 (53/64), per-post F1 89.7, people 90.4, publisher 84.6, date
 * 90.9; staff picks 12/12, bookshelf 13/13, blog.hu 9/11, thread 10/14, Slack 9/14 (left: podcasts and a course named
 * in prose with no title marks, a quoted paper and video, a documentary by possessive). All posts: precision 99.3
 * (1271/1280), recall 95.8 (1231/1285), per-post F1 97.5, kind 98.6, people 94.6, publisher 93.5, date 96.0 (before:
 * 99.1, 92.8, 95.6); no post lost a work; noise 1.08 items/page; the seed post exact.
 * Posts marked `"holdout": 31` (zh-csdn-yunyuansheng-ziyuan, zh-cnblogs-shujuku-neihe-ziliao,
 * jekyll-minima-books-shaped-software, kit-newsletter-read-this-quarter, justthedocs-course-ir-resources) were written
 * at bbf2e08, alongside round 30, and kept from everyone writing rules that session (a CSDN post of cloud-native
 * resources, 《》 books with 著/译 and their houses, a table, a column and repositories; a 博客园 post on database
 * internals, courses, a book table with translators and papers in a nested list; a Jekyll Minima essay naming books
 * in prose; a Kit newsletter's quarter of reading; a Just the Docs course page, a textbook table and author-first
 * citations linked by `pdf`). At bbf2e08: precision 92.9 (39/42), recall 67.9 (36/53), per-post F1 77.4, people 61.8,
 * publisher 42.3, date 64.3. After the leftover and round-30 rules, none written for them: precision 90.7 (39/43),
 * recall 67.9 (36/53), per-post F1 76.4: the session's rules moved nothing here. Rounds 5-31 pooled, before their
 * rules: precision 89.3 (608/681), recall 55.8 (575/1031). Studied from b6de5f1, round 31's rules read a work's
 * credit from its own item: a table's translators' column, a people cell crediting each name by the role after it
 * (`[美] A 著；B 译`, `A、B 等著`), a `出版社 / 年份` or `出版信息` cell (`机械工业出版社，2021`) and a title cell's
 * `<a>Title</a> (House, Year)` as its publisher and year (tables.ts); a numbered `1.《Title》` alone credited by the
 * paragraph under it (`A 著，出版社，2016 年。<br>…`), a team or laboratory named before its role mark, capitals amid
 * Han kept (index.ts, people.ts). Round 31 after them: precision 90.7 (39/43), recall 67.9 (36/53), per-post F1 76.4
 * (unmoved: no work found or lost), people 58.8 -> 76.5 (26/34), publisher 42.3 -> 84.6 (22/26), date 64.3 -> 89.3
 * (25/28). All posts: precision 99.0, recall 96.2 (unchanged), people 94.8 -> 95.3, publisher 91.1 -> 93.3, date 94.7
 * -> 95.8; no other post moved; noise 1.08 items/page; the seed post exact.
 * Posts marked `"holdout": 32` (zh-segmentfault-qianduan-shudan, en-astro-resources-i-recommend,
 * ko-brunch-soseol-chucheon) were written late in session 24 without reading src, for session 25 to study: a
 * SegmentFault list of 《》 books with 著/译/出版社, 极客时间 courses and a repository; an Astro blog's resources mixing
 * works and tools; a Korean Brunch post of `Author, 『Title』` books. Only their summary was read: with round 31's
 * rules precision 86.4 (19/22), recall 70.4 (19/27), per-post F1 63.6, people 66.7, publisher 50.0, date 61.5, as
 * before round 31's rules. Studied in session 25 (from e56f3c4, with round 31's leftovers: author-first citations
 * linked by `[pdf]` alone, books named in prose): Korean headings `N. Author, 『Title』` and the imprint paragraph
 * under them, a store button no host list knows, `A 著，B 译，出版社，2015。` under a heading, a platform's heading
 * over its courses, the site's own sibling posts, a year after a venue or a byline, possessives owning a linked title,
 * `<a>Course</a> from School (A, B and C)`, labelled citations (labelled-citation.ts), quoted citations
 * (quoted-citation.ts), numbered headings' short Han names (heading-names.ts), a title named bare in the prose after
 * a list of heading works (after-list.ts), a bold lead with `(School, Year) — Name’s <kind>` (bold-lead.ts). Round 32
 * after them: precision 100 (27/27), recall 100 (27/27), per-post F1 100, every field 100; round 31 precision 100
 * (56/56), recall 100 (53/53), people 96.0, publisher 92.6, date 100. All posts: precision 98.8 -> 99.3, recall 95.7
 * -> 97.6, per-post F1 97.1 -> 98.6 (before round 33 was added); noise 1.08. Rounds 5-32 pooled, before their rules:
 * precision 89.2 (627/703), recall 56.1 (594/1058).
 * Posts marked `"holdout": 33` (ru-habr-kursy-tablica, it-wp-top10-libri-amazon, id-facebook-post-buku-programmer,
 * ko-tistory-gaebal-seojeok, ja-scrapbox-yondeyokatta-gijutsusho) were written in session 25 at e56f3c4 without
 * reading src: a Habr table of courses whose title cells have no link, an Italian GeneratePress top ten with details
 * lists and store buttons, an Indonesian Facebook post naming works in prose with tagged people and redirected bare
 * addresses, a Tistory post of headings over Yes24/Kyobo link previews and labelled credit lines, a Scrapbox page of
 * indented lines with 『』 titles and colophon lines. At e56f3c4: precision 65.0 (13/20), recall 25.0 (12/48),
 * per-post F1 30.0, people 58.3, publisher 50.0, date 77.8; after round 32's rules, none written for them: precision
 * 68.2 (15/22), recall 29.2 (14/48), per-post F1 34.9. Rounds 5-33 pooled, before their rules: precision 88.5
 * (640/723), recall 54.8 (606/1106). Studied at the end of session 25: an outliner's `『Title』` line over its
 * colophon lines (outline-titles.ts), a heading over a store's link preview and labelled fact lines
 * (preview-headings.ts), a table whose title cell has no link, its columns known by what their cells hold
 * (unlinked-title-table.ts), a heading whose first labelled line gives the full title (full-title-label.ts), works
 * named in prose by a by-word and their people (made-by-prose.ts: `Title karya|dari|by Name (…, House, Year)`, a
 * tagged profile's link the name), Russian and Ukrainian `«Title» Name-genitive (House, Year)` (quoted-genitive.ts),
 * a title named again in passing (passing-mentions.ts), a button ending as the page's calls to action end
 * (call-to-action.ts). After them: precision 98.0 (48/49), recall 97.9 (47/48), per-post F1 97.9, people, publisher
 * and date 100. All posts: precision 99.3 (1423/1433), recall 97.6 (1379/1413), per-post F1 98.5, people 96.1,
 * publisher 94.8, date 97.0; noise 1.08 items/page; the seed post exact.
 * Posts marked `"holdout": 34` (zh-yuque-houduan-fenbushi-shudan, th-pantip-nangsue-phatthana-ton,
 * es-cl-kadence-autoras-latinoamericanas, en-gitbook-appsec-recommended-resources,
 * fr-transistor-cafe-compile-livres-cites) were written in session 26 at 7306ceb without reading src: a 语雀 doc of
 * 《》 books credited `[美] A 著 / B 译` with houses and dates written several ways, a table block, courses and papers;
 * a Thai Pantip thread of bold Thai titles over their English ones, `สนพ.` houses, bare store addresses, replies and
 * duplicates; a Chilean Kadence blog's numbered `Title – Autora (Editorial, Año)` lists with affiliate links and
 * buttons; a GitBook page mixing books, a `role=table` course table, playlists, talks, podcasts and tools; a French
 * Transistor episode's show notes citing books, talks, papers and a course. Scored at b2f75bd, none of the rules
 * written for them: precision 81.5 (66/81), recall 81.6 (62/76), per-post F1 76.5, kind 85.5, people 71.2, publisher
 * 76.9, date 76.6; the Pantip thread 2/11. Rounds 5-34 pooled, before their rules: precision 87.8 (706/804), recall
 * 56.5 (668/1182).
 * Posts marked `"holdout": 35` (de-wp-tt4-data-science-buecher, ja-ameblo-boki-fp-benkyou, zh-sspai-shuju-fenxi-zixue,
 * vi-spiderum-tu-hoc-marketing, pt-br-ips-clubedohardware-programacao) were written in session 26 at 988e250 without
 * reading src, in everyday styles on platforms no fixture had: a German Twenty Twenty-Four post of numbered `Titel –
 * Autor` headings over covers, publisher lines and affiliate buttons; an Ameba blog of bold `①『書名』` lines over
 * affiliate cards; a 少数派 article of 《》 headings over `作者 著，译者 译，出版社，年` lines, courses and podcasts; a
 * Spiderum post of `Tên sách – Tác giả` headings over italic credit lines; a Clube do Hardware forum thread with
 * quotes and signatures. Kept from the session's rule writers, to measure round 34's rules held out. At 988e250:
 * precision 97.8 (45/46), recall 72.2 (39/54), per-post F1 74.0, kind 82.1, people 51.4, publisher 20.6, date 81.0.
 * Round 34 studied (from 45943f5): docs renderers' nested headings and list items, an editor's own elements (`ne-p`,
 * `ne-oli`), Thai credits (`ของ`, `โดย`, `แปลโดย`, `สนพ.`), a whole-work host's sibling pages, an imprint's full name
 * (`(Literatura Random House, 2017)`), a line ending on its store button, ARIA tables and an organisation in a people
 * column, a kind word before a Chinese colon, French show notes' credits, a music credit, `, 2nd ed.`, a time's two
 * digits. Round 34 after them: precision 95.2 (80/84), recall 100 (76/76), per-post F1 98.3, kind 97.4, people 97.1,
 * publisher 97.9, date 100. Held out, round 35 after them: precision 97.8, recall 72.2, per-post F1 74.0, people 51.4
 * (all unmoved), publisher 20.6 -> 38.2. All posts: precision 99.0 (1548/1563), recall 96.8 (1494/1543), per-post F1
 * 97.8, kind 98.1, people 95.2, publisher 92.0, date 96.8 (rounds 34 and 35 in them); noise 1.08; seed exact.
 * Round 35 then studied briefly (from a3a1907): a forum's thread wrapped in one page-wide form is content, its posts'
 * author panes no link previews (main-content.ts); a publisher before an edition in brackets (`(Novatec, 2ª edição
 * de 2022)`, `(Hanser, 3. Auflage 2019)`). Round 35 after them: precision 98.1 (52/53), recall 85.2 (46/54), per-post
 * F1 90.4, kind 84.8, people 57.1, publisher 45.0, date 84.0; left: the credit lines under headings (`作者 著，译者
 * 译，出版社，年`, `Tác giả | Dịch giả | NXB, năm`, `Verlag · Erschienen: 2017`), three courses of the forum thread.
 * All posts: precision 99.0 (1555/1570), recall 97.3 (1501/1543), per-post F1 98.3, kind 98.1, people 95.1, publisher
 * 91.9, date 96.8 (the thread's newly found works, some without their fields, lower the field shares; no post lost a
 * field); noise 1.08; the seed post exact.
 * Posts marked `"holdout": 36` (sw-jimdo-vitabu-vya-likizo, bn-somewhereinblog-boimela-talika,
 * tl-webflow-libreng-data-analytics, hr-writeas-distribuirani-sustavi, uz-teletype-dasturchi-kitoblar) were written in
 * session 27 at 2bbbf6d without reading src, in languages and on platforms no fixture had: a Swahili Jimdo blog of
 * `N. Title — Author` headings over credit lines, a Bengali somewhereinblog post of bold lines broken by <br>, a
 * Taglish Webflow post of a heading per work, a Croatian Write.as post citing papers `Author: „Title”, Venue, month
 * year`, an Uzbek Teletype article of translated books with `Tarjimon:` lines. Scored at 2bbbf6d, before any look:
 * precision 87.5 (35/40), recall 61.5 (32/52), per-post F1 65.3, kind 84.4 (27/32), people 66.7 (20/30), publisher
 * 21.7 (5/23), date 43.5 (10/23). Rounds 5-36 pooled, before their rules: precision 88.3 (786/890), recall 57.4
 * (739/1288).
 * Round 35 studied again in session 27 (from 2bbbf6d, by a helper who never saw round 36): a credit line's `NXB …`
 * house kept whole, two houses in one label (`Verlag: O’Reilly / dpunkt.verlag`), `e`/`y`/`und` joining names only
 * as words of their own (`Renée`, `Thúy` were cut), Japanese affiliate cards (かんたんリンク, Rinker: the card's
 * name, `[ A ]` its authors, its maker the publisher), `『Title』Author（House）` with no year, a link after a Chinese
 * where-to-listen label is the line's work's page, `：Name 主持的…` a show's host, an unlinked work filed under tools
 * a book when its credit names a house or a translator, courses linked in Romance prose (`curso` before or as the
 * label, a teacher in brackets, the school after `da`/`do`), German translators in sentences (`ist von A übersetzt`),
 * a `von` byline ending at `auf`/`bei`. Round 35 after them: precision 100 (54/54), recall 90.7 (49/54), per-post F1
 * 94.5, kind 100, people 88.6, publisher 81.0, date 100. Held out, round 36 after them: unmoved (precision 87.5,
 * recall 61.5, per-post F1 65.3, people 66.7, publisher 21.7, date 43.5). All posts: precision 98.8 (1592/1611),
 * recall 96.3 (1536/1595), per-post F1 97.5, kind 98.3, people 95.4, publisher 91.6, date 95.8 (round 36 in them);
 * noise 1.08; the seed post exact.
 * Round 36 studied in session 27 (from 86e43a2, by a helper who never saw round 37): a credit line with no people of
 * its own under a titled and credited work, in the post's own words (a house after `Mchapishaji:`, `প্রকাশক:`,
 * `Nashriyot:` or bare, its place dropped; a translator after `Imetafsiriwa na`, `অনুবাদ:`, `Tarjimon:`; a year after
 * first-edition or book-fair words, Uzbek `-yil`; a kind or language word set apart ignored), Bengali names, Bengali
 * and Devanagari digits in numbered lines and years, the danda as a full stop, `<br>` paragraphs split by blank lines
 * inside a `<div>`, a numbered heading after an embedded player being the list's next item, Croatian paper citations
 * (`A i B: „Title”, Venue, srpanj 1978.`, `i sur.`). Round 36 after them: precision 92.3 (48/52), recall 86.5
 * (45/52), per-post F1 89.4, kind 91.1, people 83.7, publisher 81.8, date 94.4; left: Uzbek names joined by `va`,
 * Tagalog-worded course and podcast links, a talk cited in Croatian prose, a video's author and a podcast's host in
 * prose. All posts but round 37: precision 98.9 (1605/1623), recall 97.1 (1549/1595), per-post F1 98.2, kind 98.4,
 * people 95.7, publisher 93.5, date 97.1; noise 1.08; the seed post exact.
 * Posts marked `"holdout": 37` (et-quartz-aed-kirjutamine, sr-cyrl-mkdocs-material-python-resursi,
 * ka-google-sites-sazafxulo-sakitxavi, hy-livejournal-patmutyun-grqer, ta-mdbook-kattarra-valangal) were written at
 * the end of session 27, at 86e43a2 (after round 35's second study, before round 36's), without reading src: an
 * Estonian Quartz garden of `Author — Title` headings, a Serbian Cyrillic MkDocs Material page of tabs, tables and
 * definition lists, a Georgian school library's Google Sites page whose links go through Google's redirect, an
 * Armenian LiveJournal entry of numbered `<br>` lines, a Tamil mdBook chapter of labelled headings and a table.
 * Scored before any look, on the rules of 2000b20: precision 87.0 (20/23), recall 37.3 (19/51), per-post F1 46.9,
 * kind 94.7 (18/19), people 33.3 (6/18), publisher 25.0 (3/12), date 50.0 (5/10); after round 36's rules, the same.
 * Rounds 5-37 pooled, before their rules: precision 88.3 (806/913), recall 56.6 (758/1339).
 * Round 37 then studied briefly (from 7f52982): names in Georgian, which has no capitals (two to four Georgian words,
 * none of the language's everyday sentence words), Armenian letters as a name's capitals, a quoted title opening with
 * a Georgian letter. Round 37 after them: precision 89.7 (26/29), recall 49.0 (25/51), per-post F1 57.6 (the
 * Georgian post 2/11 -> 8/11); left: Estonian `Author — Title` headings over a credit line, the Armenian and Tamil
 * posts, Georgian houses and translators, a one-word pen name.
 * Posts marked `"holdout": 38` (mk-phpbb-makedonski-knigi-preporaki, sk-wordpresscom-sucasna-slovenska-proza,
 * kk-telegraph-studentke-kitaptar, lv-tilda-gramatnicas-rudens-ieteikumi, ur-mediawiki-bazm-e-adab-mutala) were
 * written at the start of session 28, at e6fe032, without reading src: a Macedonian phpBB thread (a numbered list, a
 * reply quoting it, bullets `Author – „Title“`), a Slovak WordPress.com post (a striped table, media-text blocks with
 * `Author: Title` headings, translators in the genitive), a Kazakh Telegraph page (`«Title» — Author (Year)`, authors
 * in the genitive in prose), a Latvian Tilda bookshop page (a card grid, `Author · House, Year` credit lines, staff
 * picks) and an Urdu MediaWiki page (a sortable table, citation templates, `Author کا "Title"`). Scored before any
 * look, on the rules of e6fe032: precision 95.0 (19/20), recall 38.8 (19/49), per-post F1 49.5, kind 100 (19/19),
 * people 84.2 (16/19), publisher 12.5 (1/8), date 46.7 (7/15); after round 37's study below, the same.
 * Rounds 5-38 pooled, before their rules: precision 88.4 (825/933), recall 56.0 (777/1388).
 * Round 37 studied in session 28 (from e6fe032): works as headings naming their authors first, `<h3>Name —
 * <i>Title</i></h3>`, a review of a few paragraphs apart (a heading's neighbour in a list is the next unnumbered
 * heading of its level); the imprint line under such a heading with its place, an edition note in brackets and a
 * translator before it (`Inglise keelest tõlkinud X. Tallinn: Varrak, 2014`; `tõlkinud`, `suomentanut`, `vertė`,
 * `tulkojis`), a house that reads as a full name (`Harper Perennial, 2006`) where the work names its authors; a table
 * headed in words no list knows, its columns told by their cells (one link each, names, years) and its rows' kinds by
 * their addresses; numbered lines a blank line apart, each work and its comment on one line, as list items; a title
 * set apart ending where its italics end (`<i>Title. Subtitle</i>. House, 2006`) and settling a `Name, <i>Title:
 * Subtitle</i>` line against the colon reading. Round 37 after them: precision 97.3 (36/37), recall 68.6 (35/51),
 * per-post F1 78.8; left: Estonian essays linked in prose in quotation marks, the Georgian houses and translators,
 * Armenian names in the genitive with the Latin name in brackets, Tamil labelled facts (`ஆசிரியர்:`, `வெளியீடு:`) and a
 * table's type column naming the house in brackets, Serbian Cyrillic houses in lowercase words.
 * Round 38 studied in session 28 (from 7ac4969): a site builder's card grid whose titles are divs a class names a
 * title (Tilda's `t776__title`, no heading; not inside a link, where link cards are read), a class `t-rec` (a
 * builder's record, not `recs`) no recommendations box, a credit line's middle dot parting the people from `House,
 * Year` (a house of two capitalised words no name), a buy button in the languages of Europe (`Pirkt`, `Kaufen`,
 * `Köp`) a store button with a card's price no line between, and table heads in Slavic, Baltic, Finnic, Arabic,
 * Persian and Urdu words (`Názov`, `Vydavateľstvo`, `Rok`, `کتاب`, `مصنف`, `سنِ اشاعت`). Round 38 after them:
 * precision 96.8 (30/31), recall 61.2 (30/49), per-post F1 76.0; left: Macedonian and Kazakh names in the genitive
 * before a quoted title, Urdu citations and `Author کا "Title"` in prose, Slovak `Name: Title` media-text headings,
 * translators in the genitive.
 * Posts marked `"holdout": 39` (cy-weebly-llyfrau-i-ddysgwyr, is-pelican-flex-haustlestur,
 * lt-drupal-vasaros-skaitiniai-pirmakursiams, sq-docsy-burime-mesimore-python, sl-dokuwiki-bralni-krozek-poletje)
 * were written in session 28 while round 38 was studied, without reading src: a Welsh Weebly page of book cards, an
 * Icelandic Pelican post, a Lithuanian university Drupal page with a table, an Albanian Docsy page, a Slovenian
 * DokuWiki page of `Avtor: //Naslov//` items with members' comments nested under each. Scored before any look, on
 * round 38's rules (bcc9fb9): precision 91.7 (22/24), recall 42.3 (22/52), per-post F1 54.2, kind 90.9, people 90.5,
 * publisher 45.5, date 94.4; on the session's starting rules (e6fe032): precision 88.0 (22/25), recall 42.3, per-post
 * F1 53.3: rounds 37 and 38's rules took one wrong item away and found none more.
 * Rounds 5-39 pooled, before their rules: precision 88.5 (847/957), recall 55.5 (799/1440).
 * Round 39 studied in session 28 (from 3fd9795): a table whose people's column is headed in known words and its title
 * column not (`Nr. | Autorius | Kūrinys | Leidykla, metai`) has its title column told by its cells (set apart or
 * linked) and a `House, Year` column read as both; a year alone in such a column is no house; a name set apart over
 * an imprint right under a title heading credits the heading's work (`<h2>Title</h2><p><b>Name</b><br>House,
 * 2018</p>`), a translator's line between them too (Welsh `Cyfieithiad gan`); items whose title is set apart
 * reach the items around them past a nested list of comments. Round 39 after them: precision 100 (38/38), recall
 * 73.1 (38/52), per-post F1 83.4; left: Icelandic names and translators in the genitive, Albanian `Title nga Author`
 * lines, Slovenian items with no year or with a quoted title, prose courses and podcasts.
 * Posts marked `"holdout": 40` (eu-zola-udako-irakurgaiak, gl-vitepress-recursos-python,
 * af-shopify-klassieke-wat-jy-moet-lees, ga-posthaven-leabhair-don-fhoghlaimeoir,
 * mn-bookstack-negdugeer-kurs-unshih-nom) were written in session 28 while round 39 was studied, without reading src:
 * a Basque Zola blog, a Galician VitePress page (a table, courses, talks `Name, «Title», Event Year`), an Afrikaans
 * Shopify blog of product cards, an Irish Posthaven post of title headings with reviews, a Mongolian BookStack page
 * with a table. Scored before any look, on round 39's rules (a9f1a6c): precision 100 (24/24), recall 44.2 (23/52),
 * per-post F1 57.1, kind 95.7, people 69.6, publisher 64.7, date 75.0.
 * Rounds 5-40 pooled, before their rules: precision 88.8 (871/981), recall 55.1 (822/1492).
 * Round 40 studied briefly in session 28 (from a9f1a6c): a table told by its cells where four in five of a column's
 * cells are names or years, Galician `Autoría`, and a talk's speaker before a comma when its linked title is in
 * quotation marks (`Name, <a>«Title»</a>, PyCon US 2015.`), its year the event's. Round 40 after them: precision 100
 * (35/35), recall 65.4 (34/52), per-post F1 73.4; left: Afrikaans product cards and `Author se “Title”`, Irish title
 * headings, Basque prose in «», a Mongolian translated book.
 * Session 29 began with rules on how many posts write, from rounds 38-40's leftovers: a short word no list knows
 * between a title and a full name is `by` when the book's year or imprint closes the name (`nga`, `gan`, `Le`); a
 * set-apart title's bracket of a house no list knows, or a person, and a year (`(Bjartur, 2003)`). Rounds 39 and 40
 * after them: recall 73.1 -> 82.7, 65.4 -> 71.2.
 * Rounds 41-45 were then written one after another by helpers who did not read src, in the languages and on the
 * platforms users save most (English, Chinese, Japanese, Korean, Spanish, French, German, Portuguese: WordPress
 * themes, GitHub READMEs, Hacker News, old Reddit, Notion, Brunch, cnblogs, WeChat, Stack Exchange…), each scored
 * before any look, on the rules of the rounds studied before it:
 * - `"holdout": 41` (en-generatepress-backend-books, zh-cnblogs-yunyuansheng-shudan, ja-hatena-engineer-hon,
 *   en-github-awesome-observability, es-neve-libros-datos), on session 28's rules (a5941f6): precision 77.4 (72/93),
 *   recall 88.5 (69/78), per-post F1 84.7 (awesome-observability's 14 tool repositories under `## Tools`);
 * - `"holdout": 42` (en-hn-ask-learn-compilers, en-notion-rust-path, zh-vuepress-fenbushi-ziliao,
 *   ko-brunch-gaebalja-pilsokseo, fr-ghost-source-ml-livres), on round 41's rules (4959642): precision 87.3
 *   (55/63), recall 58.5 (48/82), per-post F1 67.7;
 * - `"holdout": 43` (en-astra-pm-books, en-chirpy-system-design-resources, zh-weixin-go-shudan,
 *   ja-livedoor-shinjin-hon-yakusho, de-squarespace-architektur-buecher), on rounds 41-42's rules (beea05b): precision
 *   98.3 (57/58), recall 79.7 (55/69), per-post F1 86.8;
 * - `"holdout": 44` (en-blogger-contempo-data-eng-free-resources-2026, en-oldreddit-software-architecture-books-thread,
 *   zh-jianshu-python-shudan-lingjichu, pt-br-ghost-edition-livros-programacao-2026,
 *   ja-hugo-stack-gijutsusho-10sen-2026), on rounds 41-43's rules (6c3e8e6): precision 96.2 (50/52), recall 75.8
 *   (47/62), per-post F1 77.6 (the old Reddit thread 0/14: each comment's body is a form);
 * - `"holdout": 45` (en-oceanwp-kubernetes-books-courses-2026, en-stackexchange-compilers-resources,
 *   zh-github-readme-fenbushi-xuexi, ja-medium-engineer-hon-10sen, fr-hestia-livres-python), on rounds 41-44's rules
 *   (812c2d9): precision 96.9 (62/64), recall 93.8 (60/64), per-post F1 95.1.
 * Rounds 41-45 pooled, each before its own study: precision 89.7 (296/330), recall 78.6 (279/355), per-post F1 82.4.
 * Studied, each in turn (rules: a Tools heading's subsections are tools and a code host's page there software's; a
 * dash clause running on in lower case describes; Chinese `装`/`去 … 上看`, titles ending 文档/认证; table heads'
 * bracketed plurals; a bold numbered paragraph, or a bold 《title》 alone, reads as a heading over its credit; Korean
 * credit lines; a pasted link's preview card closing on its address; a card under an earlier work's address is its
 * page; lines of facts parted by middle dots, `book-meta` classes; lower-case houses; blocks named list items
 * (Notion, `role=listitem`); forms showing no field (old Reddit); typewriter-quoted titles and their written-out
 * addresses; `Title by Surname and Surname (…, Year)`; Japanese `訳：`). After: round 41 P 96.2 R 92.3 (per-post F1
 * 93.7), 42 P 94.1 R 87.8 (90.3), 43 P 98.4 R 85.5 (90.1), 44 P 96.9 R 96.8 (96.8), 45 (studied briefly) P 96.9 R
 * 93.8 (95.1). Labels mended, each a typing slip, not a judgement: rounds 41's kind `repo` is the project's
 * `repository`, round 44's Japanese dates are ISO dates; people and houses are compared with apostrophes alike
 * (`O’Reilly` is `O'Reilly`). zh-frontend-resources' Vite (a build tool under 工具和网站) was made optional, as round 41
 * labels a Tools section's repositories. Left: Yomereba cards (`booklink-box`), old Reddit's surname-only credits,
 * a table's `用途` column of tools, a course's facts under `讲师：`.
 * Session 30: `"holdout": 46` (en-medium-tds-ml-roadmap-resources, zh-feishu-wiki-houduan-shudan,
 * ja-cocoon-rinker-dokusho, ru-dzen-knigi-programmista, en-divi-developer-resources-page), written by a helper who did
 * not read src, on session 29's rules (ce4ef65): precision 83.6 (46/55), recall 60.9 (42/69), per-post F1 65.2.
 * Rounds 41-46 pooled, each before its own study: precision 88.8 (342/385), recall 75.7 (321/424). Studied (rules:
 * Russian and Ukrainian labels, a `House, Year` line under labelled people, Cyrillic initials; Rinker, Yomereba and
 * Kaereba cards under the numbered headings they name, and the credit line under a card; Japanese credits in running
 * text, `A著、B訳`, `Aさんの本（House、Year）`; a heading's work named in full under it keeps the heading's title; a
 * heading over a paragraph closing on its work's written-out address or a call to action naming it; a kind's word
 * before a title, `Podcast: Syntax`; a link preview card naming the work above it is its page; zero-width spaces;
 * a 《title》 line credited by the block under it; a table's title cell in 《》 with an aside). After: round 46 P 93.0
 * R 92.8 (per-post F1 93.3); the Yomereba cards also lifted round 41 to P 96.3 R 96.2 and round 43 to P 100 R 92.8.
 * Then: a list introduced as what was left out (`为什么没有下面这些：`, `## Чего здесь нет`) names none to save.
 * `"holdout": 47` (en-jekyll-minimal-mistakes-ml-books, en-teachable-course-reading-list, zh-hexo-next-golang-shudan,
 * de-ghost-casper-leseliste-architektur, pt-br-devto-livros-carreira-dev), written by a helper after round 46's study
 * and scored on its rules (90a1eb8, the rules of 69d992f's first parent): precision 85.0 (51/60), recall 88.9 (48/54),
 * per-post F1 87.7. Rounds 41-47 pooled, each before its own study: precision 88.3 (393/445), recall 77.2 (369/478).
 * Studied (a blog's dated addresses are its own posts; a label read as a title, `链接：`; a section saying its works
 * are no learning material; a credit line set whole in italics under its heading; a table's row read at its own
 * cells, not at a heading of the same text above, whose works it swallowed; an edition's note in a credit line;
 * `von A und B (House, Year), übersetzt von C`). After: round 47 P 94.8 R 98.1 (per-post F1 96.5), round 46 P 97.1
 * R 94.2 (95.8). All 235 posts that list works: precision 98.4 (2214/2249), recall 94.2 (2144/2276), per-post F1 96.4;
 * the seed post exact; noise unchanged (1.08 items a page). Left: a Japanese comment naming the author as `著者のXさん`,
 * a YouTube channel linked in a sentence (`Kevin Powell’s channel`, `YouTube: <a>Justin Sung</a>`), a Teachable
 * card's credit after a `<br>` in the title's bold paragraph (`Peter C. Brown, Henry L. Roediger III & Mark A.
 * McDaniel — Belknap Press, 2014`).
 * `"holdout": 48` (ja-swell-tokei-dokugaku-hon, tr-eksisozluk-felsefeye-giris-kitaplari,
 * fr-dotclear-berlin-lectures-economie, id-kompasiana-buku-pengembangan-diri, en-bearblog-self-taught-cs-syllabus),
 * written by a helper who did not read src after round 47's study, scored on those rules (ad5155d): precision 88.9
 * (32/36), recall 53.6 (30/56), per-post F1 59.8. Rounds 41-48 pooled, each before its own study: precision 88.3
 * (425/481), recall 74.7 (399/534). Studied by a helper (Indonesian credits, `alih bahasa`, `Karya`, `Oleh`, `dan`;
 * a credit line's sentence stop parting its fields; a bold title's credit broken over two lines, `— Name<br>House,
 * Year`; `trad.`; Japanese labelled fields parted by `／` or a space, `A 著（House、2020年）`; `『T』（note）`; a
 * table's `著者・訳者` header; sections of books not recommended; `講座：` a course; a video channel's page,
 * `youtube.com/@name`; `論文：「Title」A & B（2016）`). After: round 48 P 100 R 78.6 (per-post F1 83.4), round 47 P 96.6
 * R 100; all 240 posts P 98.5 (2267/2301) R 94.1 (2194/2332), per-post F1 96.2; noise 1.08, the seed post exact.
 * `"holdout": 49` (zh-oschina-caozuoxitong-shudan, it-joomla-cassiopeia-scrivere-la-tesi,
 * pl-xenforo-ksiazki-astronomia-dla-poczatkujacych, ru-pikabu-nauchpop-biologiya,
 * es-patreon-libros-historia-para-oyentes), written by a helper who did not read src while round 48 was studied,
 * scored on that study's rules (the merge of study48): precision 88.6 (31/35), recall 72.1 (31/43), per-post F1 78.3.
 * Rounds 41-49 pooled, each before its own study: precision 88.4 (456/516), recall 74.5 (430/577). Studied (a
 * forum's thread looked for above a post's own article, XenForo's; a section warning a beginner off its books, `劝退`,
 * `не советую`; a table's header joining two columns by its language's `and`, `Editore e anno`; a title set apart
 * before a middle dot, `<em>Title</em> · Name · House`; numbered bold lines read some as headings and some as items
 * one numbered list). After: round 49 P 100 R 86.0 (per-post F1 91.8); all 245 posts P 98.5 (2305/2339) R 93.9
 * (2231/2375), per-post F1 96.1; noise 1.08; the seed post exact. Left: the Turkish thread's lowercase `author - title`
 * entries, `Name, <q>Title</q>, House, Year` among title-first items.
 * `"holdout": 50` (en-kaggle-discussion-time-series-resources, zh-tw-ptt-book-jingjixue-rumen,
 * ko-okky-qna-baekend-sinip-chaek, bg-wp-elementor-bylgarski-klasiki,
 * pt-pt-fenix-tecnico-bibliografia-gestao-projectos), written by a helper who did not read src, asked for the
 * styles people commonly write in, scored on round 49's study (43db0ac): precision 90.0 (27/30), recall 64.3
 * (27/42), per-post F1 71.9; people 54.2 (13/24), publisher 21.4 (3/14), date 50.0 (7/14). Rounds 41-50 pooled, each
 * before its own study: precision 88.5 (483/546), recall 73.8 (457/619). Studied by a helper (a definition list per
 * work whose terms label its fields, `Título / Autores / Referência / Ano`; a plain-text post's blank lines and text
 * rules, `=====`, as a BBS shows it; warnings off a section in traditional characters, `勸退`; Korean credits after
 * `『title』`, `A, B 지음`, `House(2019)`; surnames before a linked paper, `A, B & C — <a>Title</a> (Journal, 2022)`;
 * `出版：` and `X出版`; `A／B 譯／House Year`; `Name's micro-course`). After: round 50 P 97.6 R 95.2 (per-post F1
 * 96.3), people 94.4, publisher 87.0, date 100; all 250 posts P 98.5 (2346/2381) R 94.0 (2271/2417), per-post F1
 * 96.1; noise 1.08; the seed post exact. Left: a course named inside a line, its people in a later sentence; a repo
 * link alone in its paragraph; a book the asker says they have read; a lower-case handle's possessive.
 * `"holdout": 51` (en-mumsnet-talk-reluctant-reader-books, ja-chiebukuro-nihonshi-manabinaoshi,
 * fr-babelio-liste-polars-nordiques, sv-flashback-forum-svensk-historia-bocker,
 * it-altervista-prof-letture-estive-seconda-media), written by a helper who did not read src while round 50 was
 * studied, scored on that study's rules (6af5171): precision 91.7 (11/12), recall 29.7 (11/37), per-post F1 34.4.
 * Rounds 41-51 pooled, each before its own study: precision 88.5 (494/558), recall 71.3 (468/656). Studied in part
 * by a helper (a forum's posts as a run of boxes classed `post`, their signatures chrome; a list item parting its
 * fields by commas, `Author, Title, trad. di X, House – note`). After: round 51 P 90.5 (19/21) R 48.6 (18/37),
 * per-post F1 56.0; all 255 posts P 98.5 (2365/2402) R 93.3 (2289/2454), per-post F1 95.4; the seed post exact. Left:
 * a list of titles each a link alone in its block over a `de <a>Name</a>` line (fr-babelio 0/8), `<br>` lines `Name
 * – Title (House)`, works named inline in Q&A prose (`Xさんの『T』`), a film in prose (`regia di X, 1998`).
 * Session 33 went on with round 51 (a reading site's list of its own pages, a title linked alone over its linked
 * byline, the curator's note under it; weekday and credit words only as whole words, `Sunvault`, `Wild-Built`; a
 * QAPage's question; Japanese `『T』Name／House`, `『T』Name（House）。`, `Nameさんの『T』`, `おすすめしません`): round 51
 * P 97.0 (32/33) R 83.8 (31/37), per-post F1 86.0. Left: `Name – Title, illustrerad av X (House 1963)` lines, a
 * house alone in brackets, `regia di X`, the asker's own book named in their question (sv-flashback, gutefrage).
 * `"holdout": 52` (en-askmetafilter-infrastructure-books-teen, de-gutefrage-stoizismus-einstieg-buecher,
 * es-xataka-cursos-gratis-inteligencia-artificial, ru-vc-ru-knigi-i-podkasty-dlya-prodakta,
 * ko-clien-park-sf-soseol-ipmun-chucheon), written by a helper who did not read src, asked for posts as readers meet
 * them, scored after the first round-51 rule (1a40087): precision 95.5 (42/44), recall 78.8 (41/52), per-post F1 85.9;
 * people 67.6 (25/37), publisher 41.7 (10/24). Studied (a page title saying what it lists makes a heading linked on
 * its title a work, `Once cursos gratis…`; plural book words of southern Europe; `… - Ask MetaFilter` asks, a run of
 * capitals cut from an italic title no longer replaces it; podcast hosts, `name.libsyn.com`; `мне не зашла`). After:
 * P 97.9 (46/47) R 86.5 (45/52), per-post F1 90.7. Left: single-name authors in `Name – Title` lines (`Epiktet –
 * Handbüchlein der Moral`, `Seneca`), a house alone in brackets (`(МИФ)`), `Henry Petroski's books too, <i>T</i>`.
 * `"holdout": 53` (en-bibliocommons-staff-picks-birding, it-smf-forum-libri-fotografia,
 * fr-linuxfr-journal-livres-adminsys, pt-br-tabnews-recursos-sql, uk-dou-forum-knyhy-timlidu), written by a helper
 * while rounds 51-52 were studied, scored on their rules (2138b83): precision 83.3 (20/24), recall 46.5 (20/43),
 * per-post F1 54.3. Rounds 41-53 pooled, each before its own study: precision 88.8 (556/626), recall 70.4 (529/751).
 * Studied (a question's post with its answers in the comments after it; in a thread that asks, the first post's
 * works are the asker's; a thread's posts five levels deep, their posters' panes and signatures nearly half its
 * text; `<b>T</b>, Name (House, Year)`; `Name — «T»`, `Name, „T“`, `«T», Name.` opening a paragraph; `подкаст
 * <a>`; a catalogue heading's subtitle span; `le MOOC`, `le dépôt`; SQL's `GROUP BY` no byline). After: P 100
 * (37/37) R 86.0 (37/43), per-post F1 92.2. All 265 posts P 98.5 (2466/2503) R 93.7 (2389/2549), per-post F1 95.9;
 * noise 1.10 (a Wikipedia reference once taken for a weekday); the seed post exact. Left: three italic titles in
 * `<br>- ` lines under `la trilogia di Ansel Adams edita da Zanichelli:`, `Name, «T».` in mid-sentence, a podcast
 * named with `tem vários episódios`, a one-word course link before its colon (`<a>SQLBolt</a>: lições…`).
 * `"holdout": 54` (en-finalsite-summer-reading-grade-8, zh-douban-note-xinlixue-rumen,
 * pl-wykop-mikroblog-polska-fantastyka-na-zime, tr-donanimhaber-forum-sifirdan-yazilim-kaynak,
 * nl-tweakers-forum-beginnen-met-beleggen-boeken), written by a helper while round 53 was studied, scored on nearly
 * all of session 33's rules (da97c0a): precision 90.5 (38/42), recall 80.0 (36/45), per-post F1 81.0. Rounds 41-54
 * pooled, each before its own study: precision 88.9 (594/668), recall 71.0 (565/796). Studied in part (a question in
 * other languages' words for recommendations, `kaynak önerisi`, `tavsiye`, `Empfehlung`; Dutch `en` between two full
 * names; `我不建议新手先读的：《A》和《B》`). After: P 95.5 (42/44) R 88.9 (40/45), per-post F1 90.6. All 270 posts P 98.5
 * (2508/2547) R 93.6 (2429/2594), per-post F1 95.8; noise 1.10; the seed post exact. Left: the asker's current read
 * named in the question's own post (Tweakers: the question is one of the thread's posts no box marks as the first),
 * `Daarna <b>Title</b> (A, B, C)` read with its adverb, `Grokking Algorithms (Name, House)`.
 * `"holdout": 55` (en-bogleheads-phpbb-first-investing-books, ja-fc2-blog-shashin-shoshinsha-hon,
 * es-elpais-elcomidista-libros-aprender-cocinar, zh-tieba-riyu-zixue-jiaocai, ms-lowyat-forum-buku-sejarah-malaysia),
 * written by a helper at the start of session 34, scored on session 33's rules (00de6d5): precision 95.1 (39/41),
 * recall 85.4 (35/41), per-post F1 89.8; people 75.0 (21/28), publisher 63.6 (7/11). Rounds 41-55 pooled, each
 * before its own study: precision 89.3 (633/709), recall 71.7 (600/837). Studied (a reply's `Re:` subject; the site's
 * own page named as a kind with who gives it; academic titles; `<b>4. 『T』Name（House）</b>` over a store's button;
 * `『T』三好遥`; `挫折しました`; `<a>X</a>，…出的免费课程`; `terbitan SUARAM.`; `<a>Project Gutenberg</a>` after a title
 * set apart; a first name running into its verb; `gave up on <em>T</em>`). Round 55's two hosts relabelled as authors
 * and the eval taught that acceptKinds add to a label's kind. After: P 100 (40/40) R 92.7 (38/41). Left: `Anthony
 * Burgess <i>T</i>`, `<b>T</b> edisi A terbitan DBP`, `Bernstein again`, an illustrator, `（外研社出的那套）`.
 * `"holdout": 56` (en-lesswrong-biology-reading-for-programmers, fr-jvc-forum-debuter-en-philo-livres,
 * ko-dcinside-mgallery-hwaseonghak-dokhak-chaek, cs-abclinuxu-poradna-ucebnice-c-linux,
 * es-ar-taringa-libros-economia-argentina), written by a helper early in session 34, scored on all of session 34's
 * rules (0f5a140): precision 96.0 (24/25), recall 52.2 (24/46), per-post F1 59.7; people 77.3 (17/22), publisher 14.3
 * (1/7). Rounds 41-56 pooled, each before its own study: precision 89.5 (657/734), recall 70.7 (624/883).
 * `"holdout": 57` (en-fivebooks-interview-best-books-sleep-science, de-computerbase-forum-homelab-linux-einstieg,
 * ja-5ch-bgame-kyuisha-osusume-kisho-sure, ru-otvet-mail-ru-knigi-istoriya-drevnego-rima,
 * it-mailerlite-newsletter-il-setaccio-clima-letture), written by a helper at the start of session 35, scored on
 * session 34's rules (1c8d734): precision 78.6 (22/28), recall 46.8 (22/47), per-post F1 54.3; people 64.7 (11/17),
 * publisher 50.0 (5/10). Studied by a helper (`・` lines, a katakana given name, a work's own widget, a question's
 * microdata post, `Плутарх, «T»` in a list so written, names opening a sentence before a quoted title, one title by
 * two people two works, `· traduzione di A e B`, a title set apart after its kind's word, `非推奨`, `Name の『T』`,
 * `подкаст <b>T</b> (автор — Name)`): P 93.5 (43/46) R 91.5 (43/47), per-post F1 92.0; round 56 71.1 -> 72.2; all
 * posts R 92.5 -> 93.4. Left: fivebooks' publishers and years in prose, a course word in a book's sentence, a work
 * rejected only in the next sentence or a reply, a name from an earlier sentence.
 * `"holdout": 58` (pl-4programmers-forum-algorytmy-przed-rekrutacja, pt-br-brainly-livros-fuvest-enem,
 * tr-webtekno-ucretsiz-yazilim-kurslari, uk-codeberg-awesome-ukrainian-it, en-dreamwidth-textile-history-rec-post),
 * written by a helper during round 57's study, scored on session 34's rules (9a60486): precision 88.6 (31/35), recall
 * 55.8 (29/52), per-post F1 63.5; then on the merged round-57 rules (e226da2), still unread: 88.9 (32/36), 57.7
 * (30/52), 65.1. Rounds 41-58 pooled, each before its own study: precision 89.1 (710/797), recall 68.7 (675/982).
 * Studied by a helper (a link asking to be clicked names no work, its heading does; `7- Title` headings; a year
 * before 1900 in brackets after a byline's name): P 91.1 (41/45) R 75.0 (39/52), per-post F1 81.5; all 290 posts P
 * 98.3 (2671/2717) R 93.0 (2586/2780), per-post F1 95.2; noise 1.11 (1.10 before round 57's study); the seed post
 * exact. Left: a bold title after a label (`Na start: <b>T</b> – Name (Helion)`), `<i>Title: Subtitle</i>, Name
 * (2018)`, a list's kind from the page title (`10 Online Kurs`), works named only in informal prose (`li Capitães da
 * Areia do Jorge Amado`), the Codeberg list. Session 36 read three of those (a card is the kind its button names, else
 * the kind the page's title lists; a title set apart in prose, a dash and its people closing the sentence, their house
 * after; a title set apart opening an item is whole, its colons the title's): P 93.8 (45/48) R 82.7 (43/52),
 * per-post F1 87.5.
 * Posts marked `"holdout": 59` (de-mikrocontroller-net-forum-analogtechnik-buecher-fuer-softwareentwickler,
 * en-lichess-ublog-chess-books-courses-1400-to-1800, ko-naver-kin-hanguksa-ipmun-chaek-gangui-jikjangin,
 * es-platzi-tutorial-recursos-game-design-libros-charlas, ja-kinokuniya-store-fair-yama-no-hon-shoten-in), written by
 * a helper at session 36's start, scored on all the rules before them (0a03a45): precision 87.8 (36/41), recall 64.8
 * (35/54), per-post F1 70.8, kind 97.1 (34/35), people 71.4 (25/35), publisher 33.3 (10/30), date 90.9 (10/11).
 * Rounds 41-59 pooled, each before its own study: precision 89.0 (746/838), recall 68.5 (710/1036). Studied by a helper
 * (a record's own `<dl>` and Japanese role-after-names credits, Korean credits after a dash and names before 『』, a
 * broadcaster before a programme's 『title』, a work the question names repeated bare in an answer is the asker's, a
 * table's `House, Year (2.ª ed.)` cell, `The article <a>…</a>`, `Name's <b>T</b> series`, `<b>T Podcast</b> with Name`,
 * a whole citation line of two or more names before `:` or ` – `): P 94.2 (49/52) R 87.0 (47/54), per-post F1 88.8,
 * people 93.3, publisher 89.2. Three labels of round 59 relabelled then: translators given as bare strings, which the
 * eval cannot compare, written `{name, role}` as every other fixture writes them (people only; no work moved).
 * Posts marked `"holdout": 60` (pt-br-alura-forum-continuar-estudando-acessibilidade,
 * fr-telerama-palmares-meilleurs-podcasts-2025, de-typo3-histsem-lektueretipps-erstsemester-geschichte,
 * ru-vk-wall-post-lingvistika-s-chego-nachat, es-forocoches-hilo-libros-guerra-civil-sin-panfletos), written by a
 * helper during round 59's study, scored on the rules before it (58d19a0): precision 92.3 (24/26), recall 39.0
 * (23/59), per-post F1 47.1; then on round 59's merged rules, still unread: the same (round 59's sixteen rules moved
 * none of its works). Rounds 41-60 pooled, each before its own study: precision 89.1 (770/864), recall 66.9
 * (733/1095). Studied in session 36 (a ranking's numbered headings each a quoted title alone, of the kind the page's
 * own h1 ranks, not a consent dialog's; keycap-numbered lines and a block's numbered lines parted by blank lines; a
 * house in brackets after 『』 no name waiting for its list; the German bibliography's imprint after a comma and
 * `(Hg.)`; Russian kind words before «title» opening a list's line; links parted by spaced dashes a navigation bar; a
 * link's lowercase words closed by `here` no title): P 100 (44/44) R 74.6 (44/59), per-post F1 85.5. Left: the
 * Télérama credits lines (`<b>France Culture.</b> De A et B.`), titles in German and Spanish prose (`Ahasver von
 * Brandts <em>T</em> (…)`, `lee a Stanley G. Payne, <b>T</b>`), a label before bold (`Documental: <b>T</b>`), VK's
 * comments and a genitive teacher between the kind and the title (`Курс лекций Ирины Соколовой «T»`).
 * All 300 posts after both studies: precision 98.3 (2768/2816), recall 92.7 (2681/2893), per-post F1 95.0; kind 97.7,
 * people 90.8, publisher 84.2, date 93.7; noise 1.11; the seed post exact.
 * Session 37, first (ecd6ec42), from the pooled misses of rounds 41-60 read by how the works are written, not post by
 * post: 106 of the 117 still missed were missed by the reading, not by the page's chrome, most of them titles set
 * apart in prose with their people around them. Two rules: the full names right before a title set apart are its
 * authors (`…, Anthony Burgess <i>T</i>.`, `Енді Гроув, «T»`, German's genitive `-s`), and a bracket of two or more
 * names alone after it is its people (`<b>T</b> (A, B, C)`, a house maybe closing it). 11 works across 11 posts, no
 * extra; the readability noise went from 1.11 to 1.13 (an RFC's references, real citations).
 * Posts marked `"holdout": 61` (he-geektime-lilmod-data-science-bechinam, id-kaskus-thread-belajar-saham-dari-nol,
 * cs-mlp-tipy-knihovniku-praha-knihy-filmy-podcasty, el-blocksy-prozymi-vivlia-vinteo-mathimata,
 * vi-threads-tu-hoc-ve-digital-tai-lieu), scored on ecd6ec42: precision 77.8 (28/36), recall 54.9 (28/51), per-post
 * F1 62.3. Studied (a line its class names the author's under a title; a table's director column, a films section; `T
 * – a channel by X`, `kênh của X`; Hebrew function words in no name; `Εκδόσεις X` and `Éditions X` houses; Greek's
 * genitive article after a title; a work named short, then in full after a colon): P 90.0 (36/40) R 70.6 (36/51),
 * per-post F1 77.9.
 * Posts marked `"holdout": 62` (ro-softpedia-forum-carti-istoria-romaniei-de-unde-sa-incep,
 * en-in-linkedin-post-free-resources-tier3-to-sde, es-mx-chilango-podcasts-mexicanos-para-el-trafico,
 * da-kkb-bibliotek-kom-i-gang-med-at-strikke, pt-pt-sapo-blogs-horta-livros-videos-cursos), written during round 61's
 * study, scored on its rules (e4a73e15): precision 89.5 (17/19), recall 31.5 (17/54), per-post F1 43.9. Studied (a
 * ranking's numbered headings each a title set apart whole, and the blurb's bold names its hosts; a card classed a
 * recommendation, singular, in the text's flow; a card's author and year lines named by class inside its one link; a
 * pointing hand before an address as a colon; a full name before a title making a bracket's one word its house;
 * Romanian `al lui`): P 95.1 (39/41) R 70.4 (38/54), per-post F1 76.6. Tried and dropped: numbered paragraphs wholly
 * bold over a note as a ranking's works (pt-pt's two gained, six extras elsewhere); Indonesian `dari` as a by-word
 * (`dari Dicoding` is a platform).
 * Posts marked `"holdout": 63` (fi-iotech-forum-tietoturva-alanvaihto-kurssit-kirjat,
 * nb-nrk-kultur-paaskekrim-boker-serier-podkaster, es-ar-blogspot-profe-historia-dictadura-libros-peliculas,
 * en-gb-york-history-preparing-first-year-reading, sk-martinus-magazin-letne-tipy-knihkupcov), written at the end of
 * session 37 and scored on all its rules (823c24a3), not studied: precision 91.5 (43/47), recall 61.2 (41/67), per-post
 * F1 65.5. Martinus' staff picks gave nothing: its product cards link the shop's own `/?uItem=…` pages, which read
 * as the site's navigation and as its own pages. Then one rule from that post (dadc4f98): a shop's item page at its
 * root is another site's, and a card's author line may link the author's page: Martinus 0 -> 12 of 12, round 63 P 93.2
 * (55/59) R 79.1 (53/67), per-post F1 85.5; no other post moved. Rounds 41-63 pooled, each before its own study:
 * precision 88.8 (858/966), recall 64.6 (819/1267). All 315 posts: precision 98.0 (2909/2967), recall 91.8
 * (2815/3065), per-post F1 94.5; kind 97.4, people 90.2, publisher 82.0, date 93.6; noise 1.13; the seed post exact.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadDocument} from '../src/cli/jsonl.ts';
import {harvest, type Harvested} from '../src/extract/harvest/index.ts';
import {titleKey} from '../src/extract/harvest/text.ts';

type Want = {
	title: string; url?: string; kind: string; acceptKinds?: string[]; authors?: string[];
	contributors?: {name: string; role: string}[]; publisher?: string; publishedAt?: string; optional?: boolean;
};
type Expected = {page: string; url: string; items: Want[]; holdout?: boolean | number};

const root = path.resolve(import.meta.dirname, '..');
const sources: {dir: string; file: string}[] = [];
const fixtures = path.join(root, 'tests/fixtures/harvest');
for (const file of readdirSync(fixtures).filter(f => f.endsWith('.expected.json')).sort()) {
	sources.push({dir: fixtures, file});
}
const shared = path.resolve(root, '../shared/fixtures');
if (existsSync(path.join(shared, 'seed-post.expected.json'))) sources.push({dir: shared, file: 'seed-post.expected.json'});
else console.log('skipped: ../shared/fixtures/seed-post.expected.json not found');

const same = (want: Want, got: Harvested) =>
	titleKey(want.title) === titleKey(got.title) || (!!want.url && want.url === got.url);
/** A name or a house as written, its apostrophes alike (`O’Reilly` is `O'Reilly`: a label's typing, no reading's). */
const plain = (text: string | undefined) => text?.replace(/[’‘]/g, "'");
const people = (p: {authors?: string[]; contributors?: {name: string; role: string}[]}) => plain(
	JSON.stringify([[...(p.authors ?? [])].sort(), (p.contributors ?? []).map(c => `${c.role}:${c.name}`).sort()]));

/** One set of posts' counts: every post, and apart the posts written before the rules (held out) and the others. */
type Tally = {
	found: number; relevant: number; required: number; recalled: number; fields: Record<string, [number, number]>;
	f1s: number[];
};
const tally = (): Tally => ({found: 0, relevant: 0, required: 0, recalled: 0,
	fields: {kind: [0, 0], people: [0, 0], publisher: [0, 0], date: [0, 0]}, f1s: []});
/** Held-out rounds after the first (`"holdout": 2` …): each written after the rule changes of the round before. */
const ROUNDS = Array.from({length: 62}, (_, k) => k + 2);
const sets: Record<string, Tally> = {all: tally(), fixtures: tally(), holdout: tally(),
	...Object.fromEntries(ROUNDS.map(n => [`holdout${n}`, tally()]))};
let ms = 0;

for (const {dir, file} of sources) {
	const expected = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Expected;
	const doc = loadDocument(path.join(dir, expected.page), expected.url);
	const start = performance.now();
	const items = harvest(doc, expected.url);
	ms += performance.now() - start;
	const extra = items.filter(got => !expected.items.some(want => same(want, got)));
	const required = expected.items.filter(want => !want.optional);
	const missed = required.filter(want => !items.some(got => same(want, got)));
	const round = typeof expected.holdout === 'number' && expected.holdout > 1 ? `holdout${expected.holdout}`
		: expected.holdout ? 'holdout' : 'fixtures';
	const into = [sets['all']!, sets[round]!];
	const wrong: string[] = [];
	const checks: [string, boolean][] = [];
	for (const want of required) {
		const got = items.find(g => same(want, g));
		if (!got) continue;
		const check = (field: string, ok: boolean) => {
			checks.push([field, ok]);
			if (!ok) wrong.push(`${field}@${want.title}`);
		};
		// (the kinds a label accepts besides its own)
		check('kind', [want.kind, ...want.acceptKinds ?? []].includes(got.kind ?? ''));
		if (want.authors || want.contributors || got.authors || got.contributors) {
			check('people', people(want) === people(got));
		}
		if (want.publisher || got.publisher) check('publisher', plain(want.publisher) === plain(got.publisher));
		if (want.publishedAt || got.publishedAt) check('date', want.publishedAt === got.publishedAt);
	}
	for (const t of into) {
		t.found += items.length;
		t.relevant += items.length - extra.length;
		t.required += required.length;
		t.recalled += required.length - missed.length;
		// Each post's F1 (its own precision and recall), for posts that list works: the issue's per-post average
		if (required.length) {
			const p = items.length ? (items.length - extra.length) / items.length : 0;
			const r = (required.length - missed.length) / required.length;
			t.f1s.push(p + r ? (2 * p * r) / (p + r) : 0);
		}
		for (const [field, ok] of checks) { t.fields[field]![0] += ok ? 1 : 0; t.fields[field]![1]++; }
	}
	const extras = extra.length ? ` (${extra.map(e => e.title).join(' | ')})` : '';
	const misses = missed.length ? `  missed: ${missed.map(m => m.title).join(' | ')}` : '';
	const wrongs = wrong.length ? `  wrong: ${wrong.join(', ')}` : '';
	const counts = `found ${String(items.length).padStart(2)}  required ${required.length - missed.length}/${required.length}`;
	console.log(`${expected.page.padEnd(28)} ${counts}  extra ${extra.length}${extras}${misses}${wrongs}`);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const f1 = (p: number, r: number) => (p + r ? (200 * p * r) / (p + r) : 0);
const labels: Record<string, string> = {all: 'all posts', fixtures: 'fixtures the rules were written against',
	holdout: 'issue-19 posts marked holdout (held out only before the rule changes: see header)',
	...Object.fromEntries(ROUNDS.map(n => [`holdout${n}`,
		`issue-19 posts marked holdout ${n} (each round written after earlier rule changes: see header)`]))};
for (const [name, t] of Object.entries(sets)) {
	if (!t.found && !t.required) continue;
	console.log(`\n${labels[name]}:`);
	console.log(`precision ${pct(t.relevant, t.found)} (${t.relevant}/${t.found})   recall ${pct(t.recalled, t.required)} (${t.recalled}/${t.required})`);
	const mean = (100 * t.f1s.reduce((a, b) => a + b, 0)) / t.f1s.length;
	console.log(`F1 ${f1(t.relevant / t.found, t.recalled / t.required).toFixed(1)}   per-post F1 mean ${mean.toFixed(1)}`
		+ ` over ${t.f1s.length} posts that list works`);
	console.log(`field accuracy: ${Object.entries(t.fields).map(([f, [ok, n]]) => `${f} ${pct(ok, n)} (${ok}/${n})`).join('   ')}`);
}
console.log(`harvest time: ${ms.toFixed(1)} ms over ${sources.length} pages (jsdom)`);

const corpus = path.resolve(root, '../shared/corpora/readability/test-pages');
if (!existsSync(corpus)) console.log('skipped: noise check, ../shared/corpora/readability not found');
else {
	const counts: number[] = [];
	for (const page of readdirSync(corpus).sort()) {
		const file = path.join(corpus, page, 'source.html');
		if (!existsSync(file)) continue;
		const url = `https://example.org/${page}/`;
		counts.push(harvest(loadDocument(file, url), url).length);
	}
	const none = counts.filter(c => c === 0).length;
	console.log(`noise check (readability articles, no harvest ground truth): ${counts.length} pages, ${none} with no items, mean ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)} items/page, max ${Math.max(...counts)}`);
}
