import { useMutation, useQuery } from '@apollo/client/react';
import {
  InitiativeProgressUpdatesDocument,
  PostProgressUpdateDocument,
  type ProgressUpdateFieldsFragment,
} from '../../../generated/graphql';
import { uploadImage } from '../../../ui/uploadImage';

/** The news was posted, but its photo was refused or could not be sent. */
export class PhotoUploadError extends Error {
  constructor(readonly serverMessage: string | null) {
    super(serverMessage ?? 'photo upload failed');
  }
}

export interface NewsPhoto {
  file: File;
  alt: string;
}

export function useProgressUpdates(initiativeId: string): {
  updates: ProgressUpdateFieldsFragment[];
  error: unknown;
  post: (title: string, body: string, photo: NewsPhoto | null) => Promise<void>;
} {
  const { data, error, refetch } = useQuery(InitiativeProgressUpdatesDocument, {
    variables: { id: initiativeId },
    fetchPolicy: 'cache-and-network',
  });
  const [postMutation] = useMutation(PostProgressUpdateDocument);
  const updates = data?.initiative?.progressUpdates ?? [];
  return {
    // Newest first, like a news list.
    updates: [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    error: data ? null : error,
    /** Posts the news, then (two steps, one form) attaches its photo: `POST /api/progress-updates/:id/photo`. */
    post: async (title, body, photo) => {
      const result = await postMutation({ variables: { initiativeId, input: { title, body } } });
      const id = result.data?.postProgressUpdate.id;
      const outcome =
        photo && id
          ? await uploadImage(`/api/progress-updates/${encodeURIComponent(id)}/photo`, photo.file, photo.alt, () => undefined)
          : null;
      await refetch();
      if (outcome?.kind === 'error') {
        throw new PhotoUploadError(outcome.message);
      }
    },
  };
}
