import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { InitiativeDetailDocument } from '../../../generated/graphql';
import { uploadImage, type UploadState } from '../../../ui/uploadImage';

export type { UploadState } from '../../../ui/uploadImage';

/**
 * Uploads one picture with its alt text to `POST /api/initiatives/:id/images` (XMLHttpRequest, for
 * the progress), then reloads the initiative so the new picture is in the cache.
 */
export function useImageUpload(initiativeId: string) {
  const client = useApolloClient();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  const upload = useCallback(
    async (file: File, alt: string): Promise<boolean> => {
      const outcome = await uploadImage(`/api/initiatives/${encodeURIComponent(initiativeId)}/images`, file, alt, setState);
      if (outcome.kind === 'success') {
        await client
          .query({ query: InitiativeDetailDocument, variables: { id: initiativeId }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
      }
      setState(outcome);
      return outcome.kind === 'success';
    },
    [client, initiativeId],
  );

  return { state, upload, reset: useCallback(() => setState({ kind: 'idle' }), []) };
}
