import { useTranslation } from 'react-i18next';
import type { NotificationFrequency, NotificationKind } from '../../../generated/graphql';
import { FREQUENCIES } from '../hooks/useNotificationPreferences';

export interface FrequencyRadioGroupProps {
  kind: NotificationKind;
  value: NotificationFrequency | undefined;
  onChange: (frequency: NotificationFrequency) => void;
}

/** How often to get e-mail about one kind of notification: a fieldset with four radio buttons. */
export function FrequencyRadioGroup({ kind, value, onChange }: FrequencyRadioGroupProps) {
  const { t } = useTranslation();
  const name = `frequency-${kind}`;
  return (
    <fieldset className="utrecht-form-fieldset dialoog-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t(`notifications.kinds.${kind}`)}</legend>
      <div className="dialoog-radio-row">
        {FREQUENCIES.map((frequency) => (
          <div key={frequency} className="utrecht-form-field utrecht-form-field--radio dialoog-choice">
            <input
              id={`${name}-${frequency}`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name={name}
              value={frequency}
              checked={value === frequency}
              onChange={() => onChange(frequency)}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${name}-${frequency}`}>
              {t(`notifications.frequency.${frequency}`)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
