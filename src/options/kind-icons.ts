import type {Kind} from '../core/types.ts';

/** What a row shows in the cover's place when a work has no cover, its cover fails to load, or covers are off. */
export const KIND_ICONS: Record<Kind, string> = {
	book: '📘', course: '🎓', article: '📰', video: '🎬', repository: '📦', paper: '📄', podcast: '🎙️', other: '🔖',
};
