import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCalendarFeedDocument } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';

/** "Agenda-abonnement": makes a (new) secret feed URL and shows it, selected, to copy into a calendar app. */
export function CalendarFeed() {
  const { t } = useTranslation();
  const [rotate] = useMutation(RotateCalendarFeedDocument);
  const action = useAsyncAction();
  const [url, setUrl] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (url) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [url]);

  return (
    <section className="dialoog-panel" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading" className="utrecht-heading-2">
        {t('myPledges.feedHeading')}
      </h2>
      <p className="utrecht-paragraph">{t('myPledges.feedIntro')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <Button
        appearance="secondary"
        busy={action.pending}
        onClick={() =>
          void action.run(async () => {
            const result = await rotate();
            setUrl(result.data?.rotateCalendarFeed ?? null);
          })
        }
      >
        {action.pending ? t('common.busy') : url ? t('myPledges.feedRotate') : t('myPledges.feedButton')}
      </Button>
      <div role="status">
        {url ? (
          <div className="utrecht-form-field utrecht-form-field--text dialoog-feed">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="calendar-feed-url">
                {t('myPledges.feedUrlLabel')}
              </label>
            </div>
            <div id="calendar-feed-hint" className="utrecht-form-field__description utrecht-form-field-description">
              {t('myPledges.feedCopyHint')}
            </div>
            <input
              ref={inputRef}
              id="calendar-feed-url"
              className="utrecht-textbox utrecht-textbox--html-input dialoog-feed__url"
              readOnly
              value={url}
              aria-describedby="calendar-feed-hint"
              onFocus={(event) => event.target.select()}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
