import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/** Headings, rules, code blocks and images are not part of a conversation: they become plain paragraphs or text. */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'blockquote', 'code', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'p',
    h2: 'p',
    h3: 'p',
    h4: 'p',
    h5: 'p',
    h6: 'p',
    pre: 'p',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
  },
};

/**
 * Markdown-lite for comments and progress updates: emphasis, lists, quotes, inline code and
 * links, sanitised on the server (no raw HTML, no scripts, no `javascript:` links).
 */
export function renderMarkdownLite(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, OPTIONS);
}
