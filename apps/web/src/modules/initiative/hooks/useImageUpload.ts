import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { InitiativeDetailDocument } from '../../../generated/graphql';
import { currentLanguage } from '../../../app/i18n/i18n';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'pending'; loaded: number; total: number }
  | { kind: 'success' }
  | { kind: 'error'; message: string | null; fields: Record<string, string> };

interface ErrorBody {
  errors?: Array<{ message?: string; extensions?: { fields?: Array<{ field: string; message: string }> } }>;
}

function readError(xhr: XMLHttpRequest): UploadState {
  try {
    const first = (JSON.parse(xhr.responseText) as ErrorBody).errors?.[0];
    const fields: Record<string, string> = {};
    for (const entry of first?.extensions?.fields ?? []) {
      fields[entry.field] ??= entry.message;
    }
    return { kind: 'error', message: first?.message ?? null, fields };
  } catch {
    return { kind: 'error', message: null, fields: {} };
  }
}

/**
 * Uploads one picture with its alt text to `POST /api/initiatives/:id/images` (XMLHttpRequest, for
 * the progress), then reloads the initiative so the new picture is in the cache.
 */
export function useImageUpload(initiativeId: string) {
  const client = useApolloClient();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  const upload = useCallback(
    (file: File, alt: string): Promise<boolean> =>
      new Promise((resolve) => {
        const form = new FormData();
        form.append('alt', alt);
        form.append('file', file);
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/initiatives/${encodeURIComponent(initiativeId)}/images`);
        // A header no cross-site form can send (the server refuses the upload without it).
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        xhr.setRequestHeader('Accept-Language', currentLanguage());
        xhr.upload.onprogress = (event) =>
          setState({ kind: 'pending', loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
        xhr.onerror = () => {
          setState({ kind: 'error', message: null, fields: {} });
          resolve(false);
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            void client
              .query({ query: InitiativeDetailDocument, variables: { id: initiativeId }, fetchPolicy: 'network-only' })
              .catch(() => undefined)
              .then(() => {
                setState({ kind: 'success' });
                resolve(true);
              });
            return;
          }
          setState(readError(xhr));
          resolve(false);
        };
        setState({ kind: 'pending', loaded: 0, total: file.size });
        xhr.send(form);
      }),
    [client, initiativeId],
  );

  return { state, upload, reset: useCallback(() => setState({ kind: 'idle' }), []) };
}
