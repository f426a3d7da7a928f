import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeCardFieldsFragment } from '../../../generated/graphql';
import { TextLink } from '../../../ui/TextLink';
import { StatusBadge } from './StatusBadge';

export interface InitiativeCardProps {
  initiative: InitiativeCardFieldsFragment;
  /** Move focus to the title link (first item of a page loaded with "Meer laden"). */
  focusTitle?: boolean;
}

export function InitiativeCard({ initiative, focusTitle = false }: InitiativeCardProps) {
  const { t } = useTranslation();
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusTitle) {
      linkRef.current?.focus();
    }
  }, [focusTitle]);
  return (
    <article className="dialoog-card">
      <h3 className="utrecht-heading-3 dialoog-card__title">
        <TextLink ref={linkRef} to={`/initiatieven/${encodeURIComponent(initiative.id)}`}>
          {initiative.title}
        </TextLink>
      </h3>
      <p className="utrecht-paragraph dialoog-card__summary">{initiative.summary}</p>
      <dl className="dialoog-meta">
        <div className="dialoog-meta__item">
          <dt>{t('initiative.status')}</dt>
          <dd>
            <StatusBadge status={initiative.status} />
            {initiative.hidden ? (
              <>
                {' '}
                <span className="utrecht-status-badge dialoog-status dialoog-status--hidden">{t('list.hiddenBadge')}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div className="dialoog-meta__item">
          <dt>{t('initiative.neighbourhood')}</dt>
          <dd>{initiative.neighbourhood?.name ?? t('initiative.noNeighbourhood')}</dd>
        </div>
        <div className="dialoog-meta__item">
          <dt>{t('initiative.theme')}</dt>
          <dd>{initiative.theme?.name ?? t('initiative.noTheme')}</dd>
        </div>
        <div className="dialoog-meta__item">
          <dt>{t('initiative.support')}</dt>
          <dd>{t('list.support', { count: initiative.supportCount })}</dd>
        </div>
      </dl>
    </article>
  );
}
