import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { VerifyLoginCodeDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { useSessionChange } from './useSessionChange';

export type LoginCodeField = 'code';

/** The second step of logging in: a code from the app or a recovery code; then the session starts. */
export function useLoginCodeForm(
  returnTarget: string,
  messages: { required: string; invalid: string },
  recovery: boolean,
): FormState<LoginCodeField> {
  const [verify] = useMutation(VerifyLoginCodeDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  return useFormState<LoginCodeField>({
    initialValues: { code: '' },
    validate: ({ code }) => {
      const plain = code.replace(/\s/g, '');
      if (!plain) {
        return { code: { text: messages.required } };
      }
      return !recovery && !/^\d{6}$/.test(plain) ? { code: { text: messages.invalid } } : {};
    },
    submit: async ({ code }) => {
      await verify({ variables: { input: { code: code.trim() } } });
      await sessionChanged();
      await navigate(returnTarget);
    },
  });
}
