import { useFormState, type FieldErrors, type FormState } from '../../../ui/useFormState';

export interface UsePlaceFormOptions<F extends string, I> {
  initialValues: Record<F, string>;
  /** The values of an empty form; the add form goes back to them after a save. */
  empty: Record<F, string>;
  /** Adding a new item (the form empties itself after saving) rather than changing one. */
  adding: boolean;
  /** Reads the form: the input to send, or what is wrong. */
  read: (values: Record<F, string>) => { input: I | null; errors: FieldErrors<F> };
  /** Saves; resolves with the saved name. */
  onSave: (input: I) => Promise<string>;
  onSaved: (name: string) => void;
}

/** The form state of the neighbourhood and theme forms: validate with `read`, save, empty the add form, report the name. */
export function usePlaceForm<F extends string, I>({
  initialValues,
  empty,
  adding,
  read,
  onSave,
  onSaved,
}: UsePlaceFormOptions<F, I>): FormState<F> {
  const form = useFormState<F>({
    initialValues,
    validate: (values) => read(values).errors,
    submit: async (values) => {
      const { input } = read(values);
      if (input) {
        const name = await onSave(input);
        if (adding) {
          form.reset(empty);
        }
        onSaved(name);
      }
    },
  });
  return form;
}
