import {useId} from 'preact/hooks';
import browser, {type Permissions} from 'webextension-polyfill';
import {KindSelect} from '../ui/components/KindSelect.tsx';
import {StatusSelect} from '../ui/components/StatusSelect.tsx';
import {errorMessage, t} from '../ui/i18n.ts';
import {missingFeatures} from '../ui/missing-features.ts';
import {AppError} from '../core/errors.ts';
import {type Settings, setSettings} from '../shared/settings.ts';

export type SettingsViewProps = {
	settings: Settings;
	onMessage(message: string, error?: boolean): void;
};

const THEMES: Settings['theme'][] = ['auto', 'light', 'dark'];
const TABS: Permissions.Permissions = {permissions: ['tabs']};
/** Opt-in detection reads every page the user visits: asked for from the click, dropped when turned off. */
const ALL_SITES: Permissions.Permissions = {origins: ['<all_urls>']};

/** Preferences, saved as they change (only values that differ from the defaults are stored). */
export function SettingsView({settings, onMessage}: SettingsViewProps) {
	const id = useId();
	const save = (patch: Partial<Settings>) => setSettings(patch).then(
		() => onMessage(t('optSettingsSaved')),
		(error: unknown) => onMessage(errorMessage(error), true),
	);
	const onBadge = (checked: boolean) => {
		if (!checked) {
			void save({badgeAllTabs: false});
			void browser.permissions.remove(TABS).catch(() => false); // Keeping an unused grant is harmless
			return;
		}
		// The request must come straight from the click: browsers refuse permission prompts after an await.
		browser.permissions.request(TABS).then(granted => {
			if (granted) return save({badgeAllTabs: true});
			onMessage(errorMessage(new AppError('PERMISSION_DENIED', 'tabs')), true);
			return undefined;
		}, (error: unknown) => onMessage(errorMessage(error), true));
	};
	const onDetect = (checked: boolean) => {
		if (!checked) {
			// The background unregisters the detector when the setting or the permission goes
			// (src/background/detect.ts).
			void save({autoDetect: false}).then(() => browser.permissions.remove(ALL_SITES)).catch(() => false);
			return;
		}
		browser.permissions.request(ALL_SITES).then(granted => {
			if (granted) return save({autoDetect: true});
			onMessage(errorMessage(new AppError('PERMISSION_DENIED', '<all_urls>')), true);
			return undefined;
		}, (error: unknown) => onMessage(errorMessage(error), true));
	};
	return (
		<section class="panel settings" aria-labelledby="settings-heading">
			<h2 id="settings-heading">{t('optSettingsHeading')}</h2>
			{missingFeatures(browser).map(feature => <p key={feature} class="hint notice-missing">{t(`optMissing_${feature}`)}</p>)}
			<div class="field">
				<label for={`${id}-theme`}>{t('optTheme')}</label>
				<select id={`${id}-theme`} value={settings.theme}
					onChange={e => save({theme: e.currentTarget.value as Settings['theme']})}>
					{THEMES.map(theme => <option key={theme} value={theme}>{t(`optTheme_${theme}`)}</option>)}
				</select>
			</div>
			<StatusSelect label={t('optDefaultStatus')} value={settings.defaultStatus}
				onChange={status => status && save({defaultStatus: status})}/>
			<KindSelect label={t('optDefaultKind')} value={settings.defaultKind ?? undefined}
				emptyLabel={t('optDefaultKindGuess')} onChange={kind => save({defaultKind: kind ?? null})}/>
			<div class="check">
				<input id={`${id}-badge`} type="checkbox" checked={settings.badgeAllTabs} aria-describedby={`${id}-badge-hint`}
					onChange={e => onBadge(e.currentTarget.checked)}/>
				<label for={`${id}-badge`}>{t('optBadgeAllTabs')}</label>
				<p id={`${id}-badge-hint`} class="hint">{t('optBadgeAllTabsHint')}</p>
			</div>
			<div class="check">
				<input id={`${id}-detect`} type="checkbox" checked={settings.autoDetect} aria-describedby={`${id}-detect-hint`}
					onChange={e => onDetect(e.currentTarget.checked)}/>
				<label for={`${id}-detect`}>{t('optAutoDetect')}</label>
				<p id={`${id}-detect-hint`} class="hint">{t('optAutoDetectHintOn')}</p>
			</div>
			<div class="check">
				<input id={`${id}-covers`} type="checkbox" checked={settings.remoteCovers} aria-describedby={`${id}-covers-hint`}
					onChange={e => void save({remoteCovers: e.currentTarget.checked})}/>
				<label for={`${id}-covers`}>{t('optRemoteCovers')}</label>
				<p id={`${id}-covers-hint`} class="hint">{t('optRemoteCoversHint')}</p>
			</div>
		</section>
	);
}
