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
  const [removed, setRemoved] = useState<StatusMessage | null>(null);
  return (
    <section aria-labelledby="images-heading" className="dialoog-image-manager">
      <h2 id="images-heading" className="utrecht-heading-2">
        {t('images.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('images.intro', { max: MAX_IMAGES })}</p>
      {/* After a removal its buttons are gone: the confirmation takes focus. */}
      <StatusMessageView message={removed} />
      <InitiativeImageList images={images} onRemoved={() => setRemoved((m) => ({ text: t('images.removed'), key: (m?.key ?? 0) + 1 }))} />
      {images.length < MAX_IMAGES ? (
        <ImageUploader initiativeId={initiativeId} />
      ) : (
        <p className="utrecht-paragraph">{t('images.maxReached', { max: MAX_IMAGES })}</p>
      )}
    </section>
  );
}
