import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export interface InitiativeSearchProps {
  /** The search words in the address; remount (key) the component when they change elsewhere. */
  initialValue: string;
  onSearch: (value: string) => void;
}

export const SEARCH_MAX_LENGTH = 200;

/** The search box: searching starts on Enter or the button, not on every key (quiet for screen readers). */
export function InitiativeSearch({ initialValue, onSearch }: InitiativeSearchProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialValue);
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <form
      role="search"
      className="dialoog-search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value);
      }}
    >
      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {t('search.label')}
          </label>
        </div>
        <div id={hintId} className="utrecht-form-field__description utrecht-form-field-description">
          {t('search.hint')}
        </div>
        <div className="dialoog-search__row">
          <input
            id={id}
            type="search"
            name="zoek"
            enterKeyHint="search"
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby={hintId}
            className="utrecht-textbox utrecht-textbox--html-input dialoog-search__input"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </div>
      </div>
    </form>
  );
}
