import {useState} from 'preact/hooks';
import type {Item} from '../../core/types.ts';
import {KindIcon} from './KindIcon.tsx';
import './cover.css';

export type ItemCoverProps = {
	item: Pick<Item, 'kind' | 'image'>;
	/** Whether a cover from the web may load (the remoteCovers setting); off shows the kind's icon. */
	remote: boolean;
	/** The popup's smaller box. */
	small?: boolean;
};

/**
 * A work's cover in a fixed box that never grows with what it holds: the image, loaded lazily and without a referrer
 * (cover hosts need not learn what the user reads), or the kind's icon when there is none or it fails to load. The
 * box is decorative (`alt=""`, hidden from screen readers): the title beside it already names the work.
 */
export function ItemCover({item, remote, small}: ItemCoverProps) {
	const [failed, setFailed] = useState<string>();
	const src = remote && item.image && failed !== item.image ? item.image : undefined;
	return (
		<span class={`cover ${small ? 'small' : ''} ${src ? '' : 'cover-icon'}`} aria-hidden="true" data-kind={item.kind}>
			{src
				? <img src={src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" draggable={false}
					onError={() => setFailed(src)}/>
				: <KindIcon kind={item.kind}/>}
		</span>
	);
}
