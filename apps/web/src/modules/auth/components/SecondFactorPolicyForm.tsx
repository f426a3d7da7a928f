import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SecondFactorStatusDocument, SetSecondFactorRequiredForStaffDocument } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';

/** Admins: require a second factor for every facilitator and admin of the municipality. */
export function SecondFactorPolicyForm({ requiredForStaff }: { requiredForStaff: boolean }) {
  const { t } = useTranslation();
  const [required, setRequired] = useState(requiredForStaff);
  const [save] = useMutation(SetSecondFactorRequiredForStaffDocument, {
    refetchQueries: [SecondFactorStatusDocument],
    awaitRefetchQueries: true,
  });
  const action = useAsyncAction();
  const [saved, setSaved] = useState<StatusMessage | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    void action
      .run(() => save({ variables: { required } }))
      .then((ok) => {
        if (ok) {
          setSaved({ text: t(required ? 'secondFactor.policySavedOn' : 'secondFactor.policySavedOff'), key: Date.now() });
        }
      });
  };
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading" className="utrecht-heading-2">
        {t('secondFactor.policyTitle')}
      </h2>
      <form className="utrecht-form dialoog-form" noValidate onSubmit={submit}>
        <div className="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
          <label className="dialoog-check-label">
            <input
              type="checkbox"
              className="dialoog-checkbox utrecht-checkbox utrecht-checkbox--html-input"
              aria-describedby="policy-hint"
              checked={required}
              onChange={(event) => setRequired(event.target.checked)}
            />
            {t('secondFactor.policyLabel')}
          </label>
          <div id="policy-hint" className="utrecht-form-field__description utrecht-form-field-description">
            {t('secondFactor.policyHint')}
          </div>
        </div>
        <Button type="submit" busy={action.pending}>
          {action.pending ? t('secondFactor.policySaving') : t('secondFactor.policySave')}
        </Button>
      </form>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <StatusMessageView message={saved} focus={false} />
    </section>
  );
}
