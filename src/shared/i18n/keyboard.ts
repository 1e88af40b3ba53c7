import type {Catalog} from '../../core/catalog.ts';

/** Strings of the keyboard shortcuts: the list's keys and their help, the popup checklist's save key. */
export default {
	keysTitle: {en: 'Keyboard shortcuts', zh_CN: '键盘快捷键'},
	keysShow: {en: 'Keys (?)', zh_CN: '快捷键 (?)'},
	keysIntro: {en: 'In the list, when you are not typing in a field:', zh_CN: '在清单中（不在输入框里输入时）：'},
	keysOr: {en: 'or', zh_CN: '或'},
	keysClose: {en: 'Close', zh_CN: '关闭'},
	keys_next: {en: 'Next work', zh_CN: '下一个作品'},
	keys_previous: {en: 'Previous work', zh_CN: '上一个作品'},
	keys_open: {en: 'Edit the work', zh_CN: '编辑该作品'},
	keys_toggle: {en: 'Select or unselect the work', zh_CN: '选中或取消选中该作品'},
	keys_search: {en: 'Search', zh_CN: '搜索'},
	keys_topic: {en: 'Add a topic to the selected works (or to this one)', zh_CN: '为选中的作品（或当前作品）添加主题'},
	keys_help: {en: 'Show these keys', zh_CN: '显示这些快捷键'},
	keysEscape: {en: 'Close the editor or this window', zh_CN: '关闭编辑器或本窗口'},
	/** The harvest checklist's save button: the chord that presses it. */
	keysHarvestSave: {en: 'Ctrl+Enter saves; ↑ ↓ move between works, Space ticks', zh_CN: 'Ctrl+Enter 保存；↑ ↓ 在作品间移动，空格勾选'},
} satisfies Catalog;
