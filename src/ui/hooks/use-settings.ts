import {useEffect, useState} from 'preact/hooks';
import {DEFAULT_SETTINGS, type Settings, getSettings, onSettingsChanged} from '../../shared/settings.ts';

/** The settings, kept current as they change (on this page, another one, or another synced browser). */
export function useSettings(): Settings {
	const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
	useEffect(() => {
		const controller = new AbortController();
		void getSettings().then(value => { if (!controller.signal.aborted) setSettings(value); });
		onSettingsChanged(setSettings, controller.signal);
		return () => controller.abort();
	}, []);
	return settings;
}

/**
 * Puts the theme setting on `<html data-theme>`: theme.css follows prefers-color-scheme unless the
 * attribute says light or dark.
 */
export function useThemeAttribute(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
	useEffect(() => {
		if (theme === 'auto') root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', theme);
	}, [theme, root]);
}
