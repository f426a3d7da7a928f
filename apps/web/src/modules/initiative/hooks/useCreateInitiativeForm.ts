import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CreateInitiativeDocument } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import { validateInitiative, type InitiativeField } from './validateInitiative';

export function useCreateInitiativeForm(): FormState<InitiativeField> {
  const [createInitiative] = useMutation(CreateInitiativeDocument, {
    // Lists cached before now do not contain the new draft.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
    },
  });
  const navigate = useNavigate();
  return useFormState<InitiativeField>({
    initialValues: { title: '', summary: '', description: '', neighbourhoodId: '', themeId: '' },
    validate: validateInitiative,
    submit: async (values) => {
      const { data } = await createInitiative({
        variables: {
          input: {
            title: values.title.trim(),
            summary: values.summary.trim(),
            description: values.description.trim(),
            neighbourhoodId: values.neighbourhoodId || null,
            themeId: values.themeId || null,
          },
        },
      });
      if (data) {
        await navigate(`/initiatieven/${encodeURIComponent(data.createInitiative.id)}`);
      }
    },
  });
}
