import {useId, useState} from 'preact/hooks';
import {useRemoteCovers} from '../hooks/use-remote-covers.ts';
import {t} from '../i18n.ts';

export type CoverFieldProps = {
	value: string;
	onChange(image: string): void;
	/** For the preview's alt text. */
	title: string;
};

/**
 * The cover's address with a preview in a fixed box; the box stays empty when the image does not load, or when the
 * user turned remote covers off (Settings).
 */
export function CoverField({value, onChange, title}: CoverFieldProps) {
	const id = useId();
	const [failed, setFailed] = useState('');
	const covers = useRemoteCovers();
	const show = covers && /^https?:\/\//.test(value) && failed !== value;
	return (
		<div class="field cover-field">
			<label for={`${id}-cover`}>{t('fieldCoverUrl')}</label>
			<div class="cover-row">
				<div class="cover-box">
					{show && <img src={value} alt={t('fieldCover', title)} referrerpolicy="no-referrer" loading="lazy"
						onError={() => setFailed(value)}/>}
				</div>
				<input id={`${id}-cover`} name="image" type="url" value={value} onInput={e => onChange(e.currentTarget.value)}/>
			</div>
		</div>
	);
}
