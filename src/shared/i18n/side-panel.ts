import type {Catalog} from '../../core/catalog.ts';

export default {
	sidePanelTitle: {en: 'Shelfmark beside the page', zh_CN: 'Shelfmark 侧边栏'},
	commandOpenSidePanel: {en: 'Open Shelfmark beside the page', zh_CN: '在页面旁打开 Shelfmark'},
	menuOpenSidePanel: {en: 'Open Shelfmark beside the page', zh_CN: '在页面旁打开 Shelfmark'},
	sidePageHeading: {en: 'This page', zh_CN: '当前页面'},
	sideListHeading: {en: 'Your list', zh_CN: '你的清单'},
	sideFollow: {en: 'Follow the pages I read', zh_CN: '跟随我正在阅读的页面'},
	sideFollowHint: {
		en: 'To read each page you switch to, Shelfmark needs to see the pages you visit. It reads them only here, on your device.',
		zh_CN: '要读取你切换到的每个页面，Shelfmark 需要访问你浏览的页面。页面只在你的设备上读取。',
	},
	sideNoPage: {en: 'No web page is active in this window.', zh_CN: '此窗口中没有活动的网页。'},
} as const satisfies Catalog;
