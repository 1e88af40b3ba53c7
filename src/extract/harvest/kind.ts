import type {Kind} from '../../core/types.ts';
import type {Bib} from './biblio.ts';
import type {HostInfo} from './hosts.ts';

// (and in Vietnamese, Korean and Russian: `khóa học`, `강의`, `курс` course, `sách`, `도서`, `книга` book)
// (in simplified and in traditional characters, as Taiwan and Hong Kong write them: 課程, 專欄, 論文, 演講; and in
// Hebrew, whose prefixes join a word, `בפודקאסט`, so it is found inside one: קורס course, פודקאסט podcast, הרצאה talk;
// and in Indonesian: `buku` book, `kursus` course; and in Czech, `kniha`, `učebnice` (a textbook) book; and in
// Finnish, whose compounds and cases carry the word inside one, `kurssi` course (`Kurssit`, `tekoälykurssi`,
// `MOOC-kurssilla`), `puhe` talk, `luento` lecture; and in Danish,
// Swedish and Norwegian, `foredrag`/`föredrag` talk; and in Greek, `μάθημα` course, `ομιλία` talk, `βιβλίο` book,
// `άρθρο` article; and in Thai, written with no spaces between words: `คอร์ส` course, `พอดแคสต์` podcast)
const CUES: [RegExp, Kind][] = [
	// (Japanese labels a course `講座：`, or says what kind it is before the word, `オンライン講座`, `無料講座`: the word alone
	// is a lecture, a talk, as Chinese writes it)
	[/(?:オンライン|無料|通信|動画)講座|講座\s*[:：]|คอร์ส|μάθημα|μαθήματ|קורס|课程|課程|专栏|專欄|网课|網課|公开课|公開課|kurssi|\bkurs(?:e)?\b|khóa học|강의|강좌|курс|\bcourses?\b|\bmooc\b|\bbootcamp\b|\bspecialization\b|\bkursus\b|\bcurricul(?:um|a)\b|\blessons\b|\bworkshops?\b/i, 'course'],
	[/论文|論文|\bpapers?\b|\barxiv\b|\bproceedings\b|\bjournal\b/i, 'paper'],
	// (and a show its hosts present, as podcasts credit theirs: `— weekly, hosted by A and B`, `presentado por X`,
	// `apresentado pelo X`)
	[/พอดแคสต์|פודקאסט|播客|ポッドキャスト|팟캐스트|\bpodcasts?\b|\bepisode\b|\bhosted by\b|\b(?:a?presentad[oa]|conducid[oa]) p(?:or|el[oa])\b/i,
		'podcast'],
	[/άρθρ|文字版|实录|\btranscript\b/i, 'article'],
	[/ομιλί|הרצא[הות]|演讲|演講|講演|视频|視頻|影片|讲座|講座|\bpuhe(?:en|et)?\b|\bluento|\bf[oö]redrag|\btalks?\b|\bkeynote\b|\bvideos?\b(?! games?\b)|\bwebinar\b|\bscreencast\b|\b(?:youtube )?channel\b|kênh|チャンネル|채널|频道|頻道/i, 'video'],
	[/βιβλί|书|手册|讲义|教材|sách|도서|книг|učebnic|\bknih|knížk|\bbooks?\b|\bhandbook\b|\bnovel\b|\bnon-?fiction\b|\be-?book\b|\bpaperback\b|\btextbooks?\b|\bedition\b|\bbuku\b/i, 'book'],
];
/**
 * Czech and Slovak headings' plurals (`Online kurzy a videa`, `Knihy`): a letter on either side is none of them (German
 * `kurz`, short, is no course).
 */
const SLAVIC_SECTIONS: [string[], Kind][] = [[['kurzy', 'kurzů', 'kurzov'], 'course'], [['videa', 'videí'], 'video'],
	[['knihy', 'knih', 'knížky'], 'book'],
	// (and films, in a section of their own, in the languages of Europe and Asia: `Filmy`, `Filme`, `Películas`, `映画`)
	[['films', 'movies', 'filmy', 'filmů', 'filme', 'películas', 'filmes', 'elokuvat', 'фильмы', 'фільми',
		'documentaries', 'documentaires', 'dokumenty'], 'video'], [['电影', '電影', '映画', '영화'], 'video']];
const SLAVIC_CUES = SLAVIC_SECTIONS.map(([words, kind]): [RegExp, Kind] =>
	[new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu'), kind]);
const SECTION_CUES: [RegExp, Kind][] = [...CUES, ...SLAVIC_CUES,
	[/书单|\breading list\b/i, 'book'], [/项目|工具|\brepos(?:itories)?\b|\btools\b|\blibraries\b|\bprojects\b/i, 'repository'],
	[/\bblog posts?\b|\barticles?\b/i, 'article'],
	// (and a section or a label of courses in Portuguese and Spanish, `<b>Curso:</b>`; after the other kinds, which a
	// heading naming several names first: `Bônus: um curso e um podcast`)
	[/\bcursos?\b/i, 'course'],
	// (books and videos in the languages of southern Europe, in the plural: `Dos libros para seguir`, `Livres`,
	// `Vídeos`; one is as often a title's word, `Il libro della giungla`)
	[/(?<!\p{L})(?:libros|livros|livres|libri)(?!\p{L})/iu, 'book'], [/(?<!\p{L})vídeos(?!\p{L})/iu, 'video']];
/** What a curated list says a tool or a site is (`Docker - Container platform`, `HN - A news site`). */
const TOOLS = ['platform', 'tool(?:kit)?s?', 'library', 'framework', 'site', 'website', 'app', 'application', 'service',
	'engine', 'editor', 'ide', 'cli', 'api', 'sdk', 'database', 'plugin', 'extension', 'community', 'forum', 'news',
	'aggregator', 'search', 'package', 'runtime', 'compiler', 'linter'];
export const TOOL = new RegExp(String.raw`\b(?:${TOOLS.join('|')})\b|工具|平台|网站|社区|框架|库|编辑器|文档|插件|浏览器|数据库|引擎`, 'i');
const BOOKISH = /handbook|\bbook\b|手册|指南|书|gitbook/i;
const REF_TYPES: Record<string, Kind> = {
	M: 'book', J: 'paper', C: 'paper', D: 'paper', R: 'paper', P: 'paper', article: 'article', film: 'video',
	// (and what APA's square brackets say a work is, apa.ts: `[MOOC]`, `[Podcast audio]`, `[Video]`)
	course: 'course', podcast: 'podcast', video: 'video',
};

const cueKind = (text: string, cues = CUES) => cues.find(([pattern]) => pattern.test(text))?.[1];

/** Every kind a question names (`What book, talk or course…?`): one, several, or none. */
export const askedKinds = (text: string) => CUES.filter(([pattern]) => pattern.test(text)).map(([, kind]) => kind);

/**
 * A title's cue word that a phrase runs on from is a plain word of the title (`Lessons in Chemistry`, `What I Talk
 * About When I Talk About Running`, `A Course in Miracles`): it names what the work is about, not what it is.
 */
const titleKind = (title: string) =>
	cueKind(title.replace(/\p{L}+(?= (?:in|of|about|from|with|for|to|on|at|and|when) )/giu, ''));

/** A university's course number in a title (`MIT 6.1810`, `CS 6120`, `CMU 15-445`, `6.S081`): a course's. */
const SCHOOLS = ['MIT', 'CMU', 'CS', 'CSE', 'EE', 'ECE', 'COS', 'COMP', 'CPSC', 'Stanford', 'Berkeley', 'Harvard'];
const COURSE_CODE = new RegExp(String.raw`\b(?:${SCHOOLS.join('|')})\s?\d{1,4}(?:[.-][A-Z]?\d{2,4})?[A-Z]?\b|\b\d\.S?\d{3,4}\b`);

/**
 * The kind of work a page's title says it lists, the first it names (`Once cursos gratis (y un par de libros)…`, `10
 * Books Every Engineer Should Read`), if any: tools are no works.
 */
export function listedKind(title: string): Kind | undefined {
	let first: [number, Kind] | undefined;
	for (const [pattern, kind] of SECTION_CUES) {
		const at = title.length < 160 ? title.search(pattern) : -1;
		if (at >= 0 && kind !== 'repository' && (!first || at < first[0])) first = [at, kind];
	}
	return first?.[1];
}

/** The kind a section heading announces ("Books", "推荐课程", "Talks"), if any. */
export const sectionKind = (heading: string) => (heading.length < 60 ? cueKind(heading, SECTION_CUES) : undefined);

/** What a careful reader would file this work as, from the strongest evidence down. */
export function guessKind(o: {
	title: string; near: string; host?: HostInfo; bib?: Bib; section?: Kind; quoted?: boolean; refType?: string;
	answers?: Kind; titled?: Kind;
}): Kind {
	if (o.refType && REF_TYPES[o.refType]) return REF_TYPES[o.refType]!;
	// A repository its line says someone wrote (著) or translated (译) is a book written there
	if (o.host?.kind === 'repository') {
		return BOOKISH.test(o.title) || /[著译](?:[，,。；;\s]|$)/u.test(o.near) ? 'book' : 'repository';
	}
	// (a channel its line calls a show or a course is one: `Podcast <a>Title</a>`; a section's name says less)
	if (o.host?.weak && (o.section === 'podcast' || o.section === 'course')
		&& cueKind(o.near.replace(o.title, '')) === o.section) return o.section;
	if (o.host) return o.host.kind;
	// (a translator or an editor says so; whoever teaches a work does not)
	if (o.bib && (o.bib.contributors.some(c => c.role !== 'instructor') || o.bib.publisher || o.bib.isbn?.length)) {
		return 'book';
	}
	// The line around the title, the title left out: its words were read above.
	return titleKind(o.title) ?? (COURSE_CODE.test(o.title) ? 'course' : o.section)
		?? cueKind(o.near.replace(o.title, '')) ?? o.answers
		?? (o.quoted || o.bib?.authors.length ? 'book' : o.titled ?? 'article');
}

/** The kinds a sentence names a work by after its name (`the CoRecursive podcast`). */
export const KIND_NOUNS = ['podcast', 'newsletter', 'course', 'book', 'talk', 'lecture series', 'video series'];

/** Kind from words alone ("极客时间专栏" -> course), for the page's own subject. */
export function kindFromWords(text: string): Kind | undefined {
	return cueKind(text);
}
