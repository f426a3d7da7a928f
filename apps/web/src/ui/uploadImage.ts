import { currentLanguage } from '../app/i18n/i18n';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'pending'; loaded: number; total: number }
  | { kind: 'success' }
  | { kind: 'error'; message: string | null; fields: Record<string, string> };

interface ErrorBody {
  errors?: Array<{ message?: string; extensions?: { fields?: Array<{ field: string; message: string }> } }>;
}

function readError(xhr: XMLHttpRequest): UploadState & { kind: 'error' } {
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
 * Sends one picture with its alt text to an upload route of the API (multipart `file` and `alt`)
 * with XMLHttpRequest, for the progress. Resolves with the final state: success or the server's error.
 */
export function uploadImage(url: string, file: File, alt: string, onProgress: (state: UploadState) => void): Promise<UploadState> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('alt', alt);
    form.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    // A header no cross-site form can send (the server refuses the upload without it).
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) =>
      onProgress({ kind: 'pending', loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.onerror = () => resolve({ kind: 'error', message: null, fields: {} });
    xhr.onload = () => resolve(xhr.status >= 200 && xhr.status < 300 ? { kind: 'success' } : readError(xhr));
    onProgress({ kind: 'pending', loaded: 0, total: file.size });
    xhr.send(form);
  });
}
