import {useEffect, useState} from 'preact/hooks';
import {getSettings, onSettingsChanged} from '../../shared/settings.ts';

/**
 * Whether pages may load cover images from the web (list rows, the form's preview). False until the stored setting
 * is read, so a user who turned covers off never has a request sent for one while the page starts.
 */
export function useRemoteCovers(): boolean {
	const [covers, setCovers] = useState(false);
	useEffect(() => {
		const controller = new AbortController();
		void getSettings().then(settings => { if (!controller.signal.aborted) setCovers(settings.remoteCovers); });
		onSettingsChanged(settings => setCovers(settings.remoteCovers), controller.signal);
		return () => controller.abort();
	}, []);
	return covers;
}
