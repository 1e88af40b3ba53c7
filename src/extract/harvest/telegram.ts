/**
 * Telegram's public web preview of a channel (`t.me/s/name`), in Telegram's own stable markup: the channel's history
 * (`tgme_channel_history`) is the page's content, a run of messages (`tgme_widget_message`), each a post: its text
 * (`tgme_widget_message_text`) and the link preview it shows (`tgme_widget_message_link_preview`) are what the post
 * says. The rest of a message (its owner's name, `Forwarded from`, a poll, the views and time) is Telegram's frame,
 * and so is the preview's site name (`link_preview_site_name`: `YouTube`, `GitHub`) over the page's own title.
 */

/** The classes of a message's parts that hold what its post says (the rest is `widget` chrome to main-content.ts). */
const POST_PART = /(?:^|\s)tgme_widget_message(?:_wrap|_bubble|_text|_link_preview)?(?=\s|$)/;

/** The channel's history, when the page is Telegram's preview of a channel. */
export function telegramHistory(doc: Document): Element | undefined {
	return doc.getElementsByClassName('tgme_channel_history')[0] ?? undefined;
}

/** The site's name over a link preview's title: the site's, no title of the page it links. */
const SITE_NAME = /(?:^|\s)link_preview_site_name(?=\s|$)/;

/** True for the site's name a Telegram link preview shows over the page's title. */
export const telegramSiteName = (el: Element) => SITE_NAME.test(el.getAttribute('class') ?? '');

/** True for the part of a Telegram message that holds its post (its text, its link preview, the frame around them). */
export const telegramPost = (el: Element) => POST_PART.test(el.getAttribute('class') ?? '');
