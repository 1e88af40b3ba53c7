import type {Kind} from '../../core/types.ts';

/** One outline glyph per kind (24 × 24, drawn in the text colour): no emoji font or image file needed. */
const PATHS: Record<Kind, string> = {
	book: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3z M5 17a3 3 0 0 1 3-3h11',
	course: 'M2 9.5 12 5l10 4.5-10 4.5z M6 11.5v4.5c3.5 2.5 8.5 2.5 12 0v-4.5 M22 9.5v5',
	article: 'M6 3h9l4 4v14H6z M9 10h7 M9 14h7 M9 18h4',
	video: 'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z M10 9l5 3-5 3z',
	repository: 'M8 7l-5 5 5 5 M16 7l5 5-5 5 M14 4l-4 16',
	paper: 'M6 3h9l4 4v14H6z M14 3v5h5 M9 13h6 M9 17h6',
	podcast: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z M5 11a7 7 0 0 0 14 0 M12 18v3',
	other: 'M6 3h12v18l-6-4-6 4z',
};

/** What a row shows in the cover's place when a work has no cover, its cover fails to load, or covers are off. */
export function KindIcon({kind}: {kind: Kind}) {
	return (
		<svg class="kind-icon" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor"
			stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
			<path d={PATHS[kind] ?? PATHS.other}/>
		</svg>
	);
}
