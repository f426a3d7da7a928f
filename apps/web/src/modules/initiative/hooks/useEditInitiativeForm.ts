import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { UpdateInitiativeDocument, type InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { useFormState, type FormState } from '../../../ui/useFormState';
import type { InitiativeDetailState } from '../pages/InitiativeDetailPage';
import { evictInitiativeLists } from './useInitiativeMutations';
import {
  formatCoordinate,
  INITIATIVE_FIELD_ALIASES,
  toInitiativeInput,
  validateInitiative,
  type InitiativeField,
  type InitiativeValues,
} from './validateInitiative';

export function initiativeValues(initiative: InitiativeDetailFieldsFragment): InitiativeValues {
  return {
    title: initiative.title,
    summary: initiative.summary,
    description: initiative.description,
    neighbourhoodId: initiative.neighbourhood?.id ?? '',
    themeId: initiative.theme?.id ?? '',
    lat: initiative.location ? formatCoordinate(initiative.location.lat) : '',
    lng: initiative.location ? formatCoordinate(initiative.location.lng) : '',
  };
}

/** The create form, prefilled; saving calls updateInitiative and returns to the initiative. */
export function useEditInitiativeForm(initiative: InitiativeDetailFieldsFragment): FormState<InitiativeField> {
  const [updateInitiative] = useMutation(UpdateInitiativeDocument, { update: evictInitiativeLists });
  const navigate = useNavigate();
  return useFormState<InitiativeField>({
    initialValues: initiativeValues(initiative),
    validate: validateInitiative,
    fieldAliases: INITIATIVE_FIELD_ALIASES,
    submit: async (values) => {
      await updateInitiative({ variables: { id: initiative.id, input: toInitiativeInput(values) } });
      const state: InitiativeDetailState = { saved: true };
      await navigate(`/initiatieven/${encodeURIComponent(initiative.id)}`, { state });
    },
  });
}
