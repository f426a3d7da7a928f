export interface RichTextProps {
  /** HTML sanitised by the API (Initiative.descriptionHtml): safe by contract, never built here. */
  html: string;
}

/** Shows server-sanitised HTML (paragraphs, lists, emphasis, links). No inline styles or scripts reach it. */
export function RichText({ html }: RichTextProps) {
  return <div className="dialoog-rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
