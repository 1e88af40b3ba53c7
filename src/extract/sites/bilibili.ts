import type {Site} from './site.ts';

/**
 * A speaker's credit in a video's 简介, as conferences and schools uploading a talk write it (`讲师：A`, `主讲人：A`,
 * `嘉宾：A、B`, `分享人：A`, a note on them in brackets after): the talk's authors, not the account that uploaded it.
 */
const SPEAKER = /(?:讲师|主讲人?|嘉宾|分享人)\s*[：:]\s*([^(（\n]+)/;

/**
 * bilibili.com video pages: the video, its 简介's opening paragraph (the lines after it credit the event, the
 * subtitlers and the slides' address; the meta description glues the 简介 to play counts and related videos), its
 * speakers, else the uploader (UP主), as authors.
 */
export const bilibili: Site = {
	name: 'bilibili',
	test: /^(www\.|m\.)?bilibili\.com\/video\//,
	extract({doc, head, textAt}) {
		const about = textAt('.desc-info-text') ?? '';
		const speakers = SPEAKER.exec(about)?.[1];
		return {
			kind: 'video',
			title: doc.querySelector('h1[data-title]')?.getAttribute('data-title') ?? textAt('h1'),
			description: about.split('\n')[0],
			authors: [speakers ?? textAt('.up-name') ?? head.get('author')],
			provider: 'bilibili',
			siteName: '哔哩哔哩',
		};
	},
};
