export interface PlainTextProps {
  text: string;
}

/**
 * Shows user-written text as plain paragraphs: a blank line starts a new paragraph and single
 * line breaks are kept (CSS white-space: pre-line). Never interpreted as HTML.
 */
export function PlainText({ text }: PlainTextProps) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return (
    <div className="dialoog-plain-text">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="utrecht-paragraph">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
