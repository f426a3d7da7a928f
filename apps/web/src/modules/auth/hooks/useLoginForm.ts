import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LoginDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { useSessionChange } from './useSessionChange';
import { validateLogin, type LoginField } from './validateAuth';

export function useLoginForm(returnTarget: string): FormState<LoginField> {
  const [login] = useMutation(LoginDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  return useFormState<LoginField>({
    initialValues: { email: '', password: '' },
    validate: validateLogin,
    submit: async ({ email, password }) => {
      await login({ variables: { input: { email: email.trim(), password } } });
      await sessionChanged();
      await navigate(returnTarget);
    },
  });
}
