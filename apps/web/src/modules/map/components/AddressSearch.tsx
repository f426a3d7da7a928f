import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import type { AddressMatch } from '../geocoder';
import { useAddressSearch } from '../hooks/useAddressSearch';

export interface AddressSearchProps {
  /** The server's geocoder URL template (`{query}`). */
  template: string;
  onChoose: (match: AddressMatch) => void;
}

/**
 * "Zoek een adres": a text field and a button (it sits inside another form, so Enter searches here
 * instead of submitting that form). The matches are buttons; choosing one hands its point over,
 * says so in the polite status line and puts focus back in the field.
 */
export function AddressSearch({ template, onChoose }: AddressSearchProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [emptyError, setEmptyError] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const { state, search, reset } = useAddressSearch(template);

  const start = () => {
    setChosen(null);
    if (!query.trim()) {
      setEmptyError(true);
      reset();
      inputRef.current?.focus();
      return;
    }
    setEmptyError(false);
    void search(query);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      start();
    }
  };
  const choose = (match: AddressMatch) => {
    onChoose(match);
    reset();
    setChosen(match.name);
    inputRef.current?.focus();
  };

  const matches = state.kind === 'done' ? state.matches : [];
  const status =
    state.kind === 'pending'
      ? t('map.addressSearching')
      : state.kind === 'done'
        ? matches.length > 0
          ? t('map.addressResults', { count: matches.length })
          : t('map.addressNone')
        : chosen
          ? t('map.addressChosen', { address: chosen })
          : '';
  return (
    <div className="dialoog-address-search">
      <div className="dialoog-address-search__row">
        <TextField
          id={fieldId}
          ref={inputRef}
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          label={t('map.addressLabel')}
          hint={t('map.addressHint')}
          error={emptyError ? t('map.addressEmpty') : undefined}
          value={query}
          onValueChange={setQuery}
          onKeyDown={onKeyDown}
        />
        {/* Not disabled while searching: focus stays on it (a new search replaces the running one). */}
        <Button appearance="secondary" onClick={start}>
          {t('map.addressSearch')}
        </Button>
      </div>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      {state.kind === 'failed' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('map.addressFailed')}</p>
        </Alert>
      ) : null}
      {matches.length > 0 ? (
        <ul className="dialoog-address-search__results" aria-label={t('map.addressResultsLabel')}>
          {matches.map((match) => (
            <li key={match.id}>
              <Button appearance="subtle" onClick={() => choose(match)}>
                {match.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
