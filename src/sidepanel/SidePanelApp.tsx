import {useCallback, useEffect, useMemo, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {getSettings} from '../shared/settings.ts';
import {useSettings, useThemeAttribute} from '../ui/hooks/use-settings.ts';
import {t} from '../ui/i18n.ts';
import {optionsUrl} from '../ui/options-url.ts';
import {PopupApp} from '../popup/PopupApp.tsx';
import {SideList} from './SideList.tsx';
import {type FollowedTab, useFollowedTab} from './use-followed-tab.ts';

function openList() {
	void browser.runtime.openOptionsPage();
}

function openSync() {
	void browser.tabs.create({url: optionsUrl('#sync')});
}

/** Pages the panel may not read yet: it sees their address only with a host permission. */
function FollowOffer({onGranted}: {onGranted(): void}) {
	const ask = async () => {
		if (await browser.permissions.request({origins: ['<all_urls>']})) onGranted();
	};
	return (
		<div class="side-follow">
			<button type="button" onClick={() => void ask()}>{t('sideFollow')}</button>
			<p class="hint">{t('sideFollowHint')}</p>
		</div>
	);
}

/** The popup's save and harvest, for the tab the panel follows. */
function ThisPage({tab, onSettled}: {tab: FollowedTab; onSettled(): void}) {
	const loadTab = useMemo(() => () => Promise.resolve(tab), [tab]);
	return (
		<PopupApp loadTab={loadTab} loadDefaults={getSettings} openList={openList} openSync={openSync}
			onSettled={onSettled}/>
	);
}

/** The side panel (Chrome) or sidebar (Firefox): the current tab's save and harvest on top, the list below. */
export function SidePanelApp() {
	useThemeAttribute(useSettings().theme);
	const {tab, refresh} = useFollowedTab();
	// The list asks the background for its first rows, topics and posts: it waits until this page is read, so
	// the form on top is as quick as the popup's
	const [listShown, setListShown] = useState(false);
	const showList = useCallback(() => setListShown(true), []);
	useEffect(() => { if (tab === null) showList(); }, [tab, showList]);
	return (
		<div class="side-panel">
			<section class="side-page" aria-label={t('sidePageHeading')} data-tab={tab?.id}>
				{tab === undefined && <p role="status" class="muted">{t('popupLoading')}</p>}
				{tab === null && <p role="status">{t('sideNoPage')}</p>}
				{tab && !tab.url && <FollowOffer onGranted={refresh}/>}
				{tab && <ThisPage key={`${tab.id} ${tab.url} ${tab.load}`} tab={tab} onSettled={showList}/>}
			</section>
			{listShown && <SideList/>}
		</div>
	);
}
