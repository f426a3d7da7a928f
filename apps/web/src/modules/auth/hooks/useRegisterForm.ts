import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { RegisterDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { useSessionChange } from './useSessionChange';
import { validateRegistration, type RegisterField } from './validateAuth';

export function useRegisterForm(returnTarget: string): FormState<RegisterField> {
  const [register] = useMutation(RegisterDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  return useFormState<RegisterField>({
    initialValues: { displayName: '', email: '', password: '' },
    validate: validateRegistration,
    submit: async ({ displayName, email, password }) => {
      await register({ variables: { input: { displayName: displayName.trim(), email: email.trim(), password } } });
      await sessionChanged();
      await navigate(returnTarget);
    },
  });
}
