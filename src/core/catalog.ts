/** A UI string in every shipped language. `$1`…`$9` are substitutions (supported directly by Chrome and Firefox). */
export type Message = {en: string; zh_CN: string};
export type Catalog = Record<string, Message>;
export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];
