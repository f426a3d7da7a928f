import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CreateInitiativeDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { evictInitiativeLists } from './useInitiativeMutations';
import {
  EMPTY_INITIATIVE,
  INITIATIVE_FIELD_ALIASES,
  toInitiativeInput,
  validateInitiative,
  type InitiativeField,
} from './validateInitiative';

export function useCreateInitiativeForm(): FormState<InitiativeField> {
  // Lists cached before now do not contain the new draft.
  const [createInitiative] = useMutation(CreateInitiativeDocument, { update: evictInitiativeLists });
  const navigate = useNavigate();
  return useFormState<InitiativeField>({
    initialValues: EMPTY_INITIATIVE,
    validate: validateInitiative,
    fieldAliases: INITIATIVE_FIELD_ALIASES,
    submit: async (values) => {
      const { data } = await createInitiative({ variables: { input: toInitiativeInput(values) } });
      if (data) {
        await navigate(`/initiatieven/${encodeURIComponent(data.createInitiative.id)}`);
      }
    },
  });
}
