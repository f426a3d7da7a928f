import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeImageFieldsFragment } from '../../../generated/graphql';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { ImageUploader } from './ImageUploader';
import { InitiativeImageList } from './InitiativeImageList';

export const MAX_IMAGES = 5;

/** The pictures section of the edit page: the current pictures and, below the maximum, the uploader. */
export function ImageManager({ initiativeId, images }: { initiativeId: string; images: readonly InitiativeImageFieldsFragment[] }) {
  const { t } = useTranslation();
  // Removal: its buttons are gone, so the message takes focus. Alt text and order: the button keeps it.
  const [status, setStatus] = useState<(StatusMessage & { focus: boolean }) | null>(null);
  const show = (text: string, focus: boolean) => setStatus((m) => ({ text, focus, key: (m?.key ?? 0) + 1 }));
  return (
    <section aria-labelledby="images-heading" className="dialoog-image-manager">
      <h2 id="images-heading" className="utrecht-heading-2">
        {t('images.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('images.intro', { max: MAX_IMAGES })}</p>
      <StatusMessageView message={status} focus={status?.focus ?? false} />
      <InitiativeImageList images={images} onRemoved={() => show(t('images.removed'), true)} onAnnounce={(text) => show(text, false)} />
      {images.length < MAX_IMAGES ? (
        <ImageUploader initiativeId={initiativeId} />
      ) : (
        <p className="utrecht-paragraph">{t('images.maxReached', { max: MAX_IMAGES })}</p>
      )}
    </section>
  );
}
