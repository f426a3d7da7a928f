import { useMutation } from '@apollo/client/react';
import { RegisterDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { validateRegistration, type RegisterField } from './validateAuth';
import { rememberVerificationReturn } from './verificationReturn';

/**
 * Registration creates an unconfirmed account and mails a confirmation link; it does not sign in.
 * `onRegistered` gets the API's message ("kijk in uw mailbox").
 */
export function useRegisterForm(returnTarget: string, onRegistered: (message: string) => void): FormState<RegisterField> {
  const [register] = useMutation(RegisterDocument);
  return useFormState<RegisterField>({
    initialValues: { displayName: '', email: '', password: '' },
    validate: validateRegistration,
    submit: async ({ displayName, email, password }) => {
      const { data } = await register({ variables: { input: { displayName: displayName.trim(), email: email.trim(), password } } });
      rememberVerificationReturn(returnTarget);
      onRegistered(data?.register.message ?? '');
    },
  });
}
