/**
 * A show's notes credit the music it plays (`Musique : « Night Owl » par Broke For Free (CC BY)`, `Music: "Title" by
 * Artist`, `音乐：《…》`): a title after a music label is the episode's credit, no work the post recommends.
 */
import type {Candidate} from './item.ts';

const LABELS = ['music', 'musique', 'musik', 'música', 'musica', 'muziek', 'muzyka', 'theme music', 'générique',
	'soundtrack', 'bande originale', 'intro music', 'outro music', '音乐', '配乐', 'bgm'];
/** A music label and its colon closing the text before the title, a quotation mark maybe after it. */
const MUSIC_LABEL = new RegExp(`(?:^|[\\s.;|·•—–-])(?:${LABELS.join('|')})\\s*[:：]\\s*[«"“„「『《]?\\s*$`, 'iu');

/** True when the work's sentence names it right after a music label. */
export function isMusicCredit(c: Candidate): boolean {
	const at = c.context?.indexOf(c.title) ?? -1;
	return at > 0 && MUSIC_LABEL.test(c.context!.slice(Math.max(0, at - 40), at));
}
