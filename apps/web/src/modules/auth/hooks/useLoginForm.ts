import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { readAppError } from '../../../app/graphql-errors';
import { LoginDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { useSessionChange } from './useSessionChange';
import { validateLogin, type LoginField } from './validateAuth';

/** The password step. With a second factor on, the API answers LOGIN_CODE_NEEDED: `onCodeNeeded` shows the code step. */
export function useLoginForm(returnTarget: string, onCodeNeeded: () => void): FormState<LoginField> {
  const [login] = useMutation(LoginDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  return useFormState<LoginField>({
    initialValues: { email: '', password: '' },
    validate: validateLogin,
    submit: async ({ email, password }) => {
      try {
        await login({ variables: { input: { email: email.trim(), password } } });
      } catch (error) {
        if (readAppError(error).code === 'LOGIN_CODE_NEEDED') {
          onCodeNeeded();
          return;
        }
        throw error;
      }
      await sessionChanged();
      await navigate(returnTarget);
    },
  });
}
