/**
 * A section, or a list after its lead-in line, naming the works a post left out and why (`经常有人问为什么没有下面这些：`,
 * `## Чего здесь нет и почему`, `Books you won't find here:`): what it names is not recommended.
 */
// (or says they are no works to learn from, the tools beside them: `这些不是学习资料`, `these aren't tutorials`)
const PHRASES = ['为什么没有', '为什么不推荐', '没有收录', '没有推荐', '不推荐的', '未收录', '不是(?:学习资料|教程|推荐)',
	"won['’]t find", 'not on (?:this|the|my) list', "(?:didn['’]t|did not) make (?:it|the (?:list|cut))",
	'left (?:them )?out', "what['’]s not (?:here|included)", "(?:aren['’]t|are not) (?:learning )?(?:resources|tutorials)",
	'здесь нет', 'не вошли', 'не включ', 'nicht dabei', 'ficaram de fora', 'se quedaron fuera', 'pas dans (?:cette|la) liste',
	'入れなかった', '外した本',
	// (or that they are not recommended, as a section of books to skip is headed: `初学者にはおすすめしない本`, `Ce que je
	// ne conseille pas`, `Yang tidak saya rekomendasikan`)
	'おすすめしない', 'お勧めしない', 'ne (?:conseille|recommande) pas', 'tidak (?:saya )?(?:rekomendasikan|sarankan)',
	"(?:don['’]t|do not|wouldn['’]t) recommend", 'no (?:recomiendo|recomendaría)', 'nicht empfehle', 'non consiglio',
	// (or warns a beginner off them: `劝退 / 先别碰`, `不建议新手读`)
	// (and in traditional characters: `勸退`, `先別急著看`)
	'[劝勸]退', '先[别別](?:急著?)?(?:碰|看|[读讀])', '不建[议議]', 'не (?:советую|рекомендую)', 'nie polecam', 'não recomendo', '추천하지 않'];
const LEFT_OUT = new RegExp(PHRASES.join('|'), 'iu');

/** True when a heading says its section is what was left out, or a line so says of the list it leads into. */
export const leftOut = (text: string, heading: boolean) => text.length < 120 && LEFT_OUT.test(text)
	&& (heading || /[:：]\s*$/u.test(text));
