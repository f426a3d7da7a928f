import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveInitiativeImageDocument, type InitiativeImageFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';

/** The pictures as the author manages them: thumbnail, alt text, and remove (after a confirmation). */
export function InitiativeImageList({ images, onRemoved }: { images: readonly InitiativeImageFieldsFragment[]; onRemoved: () => void }) {
  const { t } = useTranslation();
  if (images.length === 0) {
    return <p className="utrecht-paragraph">{t('images.none')}</p>;
  }
  return (
    <ul className="dialoog-image-list">
      {images.map((image) => (
        <ImageItem key={image.id} image={image} onRemoved={onRemoved} />
      ))}
    </ul>
  );
}

function ImageItem({ image, onRemoved }: { image: InitiativeImageFieldsFragment; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveInitiativeImageDocument);
  const action = useAsyncAction();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);

  return (
    <li className="dialoog-image-list__item">
      <img src={image.thumbnailUrl} alt={image.alt} className="dialoog-image-list__thumb" loading="lazy" />
      <p className="utrecht-paragraph">
        <span className="dialoog-visually-hidden">{t('images.altLabel')}: </span>
        {image.alt}
      </p>
      {confirming ? (
        <div role="group" aria-label={t('images.confirmLabel')}>
          <p className="utrecht-paragraph">{t('images.confirm', { alt: image.alt })}</p>
          <p className="dialoog-actions">
            <Button
              ref={confirmButton}
              busy={action.pending}
              onClick={() =>
                void action
                  .run(() => remove({ variables: { id: image.id } }))
                  .then((ok) => {
                    if (ok) {
                      onRemoved();
                    }
                  })
              }
            >
              {action.pending ? t('images.removing') : t('images.confirmRemove')}
            </Button>
            <Button
              appearance="secondary"
              onClick={() => {
                setConfirming(false);
                action.reset();
                requestAnimationFrame(() => removeButton.current?.focus());
              }}
            >
              {t('images.cancel')}
            </Button>
          </p>
          {action.error ? <ErrorMessage error={action.error} /> : null}
        </div>
      ) : (
        <Button
          ref={removeButton}
          appearance="secondary"
          aria-label={t('images.removeNamed', { alt: image.alt })}
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmButton.current?.focus());
          }}
        >
          {t('images.remove')}
        </Button>
      )}
    </li>
  );
}
