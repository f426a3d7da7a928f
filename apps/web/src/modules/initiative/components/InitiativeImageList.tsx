import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoveInitiativeImageDocument, RemoveInitiativeImageDocument, type InitiativeImageFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { ImageAltForm } from './ImageAltForm';

export interface ImageListEvents {
  onRemoved: () => void;
  /** A message for the polite status region (the control used keeps focus). */
  onAnnounce: (text: string) => void;
}

/**
 * The pictures as the author manages them: thumbnail, alt text, change the alt text (form in place),
 * move forward/back in the order, and remove (after a confirmation).
 */
export function InitiativeImageList({ images, ...events }: { images: readonly InitiativeImageFieldsFragment[] } & ImageListEvents) {
  const { t } = useTranslation();
  if (images.length === 0) {
    return <p className="utrecht-paragraph">{t('images.none')}</p>;
  }
  return (
    <ul className="dialoog-image-list">
      {images.map((image, index) => (
        <ImageItem key={image.id} image={image} index={index} count={images.length} {...events} />
      ))}
    </ul>
  );
}

type Direction = 'forward' | 'back';

function ImageItem({
  image,
  index,
  count,
  onRemoved,
  onAnnounce,
}: { image: InitiativeImageFieldsFragment; index: number; count: number } & ImageListEvents) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveInitiativeImageDocument);
  const [move] = useMutation(MoveInitiativeImageDocument);
  const action = useAsyncAction();
  const moveAction = useAsyncAction();
  const [moving, setMoving] = useState<Direction | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  // Back to "Beschrijving aanpassen" once the form has closed (saved or cancelled).
  useEffect(() => {
    if (!editing && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const forwardButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);

  const focusAfterMove = useRef<Direction | null>(null);
  // After a move (or a failed one) focus stays with this picture: on the same button if the picture
  // is not at that end now, else on its other one.
  useEffect(() => {
    const direction = focusAfterMove.current;
    if (moving === null && direction) {
      focusAfterMove.current = null;
      const same = direction === 'forward' ? forwardButton.current : backButton.current;
      const other = direction === 'forward' ? backButton.current : forwardButton.current;
      (same ?? other)?.focus();
    }
  }, [moving, index]);

  const runMove = (direction: Direction) => {
    const to = direction === 'forward' ? index - 1 : index + 1;
    setMoving(direction);
    void moveAction
      .run(() => move({ variables: { id: image.id, position: to } }))
      .then((ok) => {
        focusAfterMove.current = direction;
        setMoving(null);
        if (ok) {
          onAnnounce(t('images.moved', { from: index + 1, to: to + 1 }));
        }
      });
  };

  return (
    <li className="dialoog-image-list__item">
      <img src={image.thumbnailUrl} alt={image.alt} className="dialoog-image-list__thumb" loading="lazy" />
      <p className="utrecht-paragraph">
        <span className="dialoog-visually-hidden">{t('images.altLabel')}: </span>
        {image.alt}
      </p>
      {editing ? (
        <div role="group" aria-label={t('images.editAltLabel')}>
          <ImageAltForm
            image={image}
            onDone={(saved) => {
              setEditing(false);
              if (saved) {
                onAnnounce(t('images.altSaved'));
              }
              focusEditButton.current = true;
            }}
          />
        </div>
      ) : (
        <p className="dialoog-actions">
          <Button
            ref={editButton}
            appearance="secondary"
            aria-label={t('images.editAltNamed', { alt: image.alt })}
            onClick={() => setEditing(true)}
          >
            {t('images.editAlt')}
          </Button>
          {index > 0 ? (
            <Button
              ref={forwardButton}
              appearance="secondary"
              busy={moving === 'forward'}
              disabled={moveAction.pending}
              aria-label={t('images.moveForwardNamed', { alt: image.alt })}
              onClick={() => runMove('forward')}
            >
              {moving === 'forward' ? t('images.moving') : t('images.moveForward')}
            </Button>
          ) : null}
          {index < count - 1 ? (
            <Button
              ref={backButton}
              appearance="secondary"
              busy={moving === 'back'}
              disabled={moveAction.pending}
              aria-label={t('images.moveBackNamed', { alt: image.alt })}
              onClick={() => runMove('back')}
            >
              {moving === 'back' ? t('images.moving') : t('images.moveBack')}
            </Button>
          ) : null}
        </p>
      )}
      {moveAction.error ? <ErrorMessage error={moveAction.error} /> : null}
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
