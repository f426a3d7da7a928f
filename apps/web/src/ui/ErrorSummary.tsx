import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** The id of the field the error belongs to; the summary links to it. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  /** Changes on every failed submit; the summary then takes focus so it is read out. */
  focusKey: number;
}

/**
 * Error summary (NL Design System / GOV.UK pattern): at the top of a form, lists every problem
 * with a link that moves focus to the field. Focused after a failed submit.
 */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems && focusKey > 0) {
      ref.current?.focus();
    }
  }, [focusKey, hasItems]);

  if (!hasItems) {
    return null;
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  }

  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error dialoog-error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 id={titleId} className="utrecht-heading-2">
            {t('errorSummary.title')}
          </h2>
          <ul className="utrecht-unordered-list">
            {items.map((item, index) => (
              <li key={`${item.fieldId ?? 'general'}-${index}`} className="utrecht-unordered-list__item">
                {item.fieldId ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${item.fieldId}`}
                    onClick={(event) => focusField(event, item.fieldId as string)}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
