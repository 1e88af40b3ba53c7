/**
 * Two ways Chinese posts credit a work in the clause after its title, without a role's colon: the author called by
 * the honorific `老师` (teacher), as readers call writers they know, a clause of its own (`《Title》，还是周志明老师，
 * 机械工业出版社`: again Teacher Zhou Zhiming's), and `作者` (author) before a pen name or handle with the real name in
 * brackets (`作者 Draveness（左书祺）`): the real name, as a catalogue would credit the work.
 */
import {HAN} from './text.ts';

/** A clause that is a name and `老师` alone, maybe after `还是` (again), `也是` (also), `就是` (just). */
const TEACHER = new RegExp(`(?:^|[，,；;])\\s*(?:还是|也是|就是|是)?\\s*([${HAN}]{2,3})(?:老师|老師)\\s*(?=[，,。；;]|$)`, 'u');
/** `作者` with a space, a handle, then the real name in brackets. */
const REAL_NAME = new RegExp(`(?:^|[，,；;\\s])作者\\s+[^\\s，,（(]{2,30}\\s*[（(]([${HAN}·]{2,6})[)）]`, 'u');

/** The author a Chinese clause credits by honorific or by real name, if it does. */
export function hanCredit(text: string): string | undefined {
	return TEACHER.exec(text)?.[1] ?? REAL_NAME.exec(text)?.[1];
}
