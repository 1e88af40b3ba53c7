import type {Catalog} from './catalog.ts';

/**
 * The names of the domain's own words, kinds, statuses and contributor roles, in every shipped language: the UI shows
 * them, and so do published pages (src/formats), which may not reach into the UI's catalogs.
 */
export default {
	kind_book: {en: 'Book', zh_CN: '书'},
	kind_course: {en: 'Course', zh_CN: '课程'},
	kind_article: {en: 'Article', zh_CN: '文章'},
	kind_video: {en: 'Video', zh_CN: '视频'},
	kind_repository: {en: 'Repository', zh_CN: '代码仓库'},
	kind_paper: {en: 'Paper', zh_CN: '论文'},
	kind_podcast: {en: 'Podcast', zh_CN: '播客'},
	kind_other: {en: 'Other', zh_CN: '其他'},
	status_want: {en: 'Want', zh_CN: '想读'},
	status_reading: {en: 'Reading', zh_CN: '在读'},
	status_done: {en: 'Done', zh_CN: '读完'},
	status_dropped: {en: 'Dropped', zh_CN: '放弃'},
	role_translator: {en: 'Translator', zh_CN: '译者'},
	role_editor: {en: 'Editor', zh_CN: '编者'},
	role_narrator: {en: 'Narrator', zh_CN: '朗读'},
	role_instructor: {en: 'Instructor', zh_CN: '讲师'},
	role_other: {en: 'Contributor', zh_CN: '贡献者'},
} satisfies Catalog;
