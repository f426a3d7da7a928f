import { useTranslation } from 'react-i18next';
import type { InitiativeImageFieldsFragment } from '../../../generated/graphql';

/** The pictures of an initiative on its page, each with its alt text; a picture opens full size. */
export function ImageGallery({ images }: { images: readonly InitiativeImageFieldsFragment[] }) {
  const { t } = useTranslation();
  if (images.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="gallery-heading">
      <h2 id="gallery-heading" className="utrecht-heading-2">
        {t('images.galleryHeading')}
      </h2>
      <ul className="dialoog-gallery">
        {images.map((image) => (
          <li key={image.id} className="dialoog-gallery__item">
            <a href={image.url} className="utrecht-link">
              <img src={image.thumbnailUrl} alt={image.alt} width={image.width} height={image.height} loading="lazy" />
              <span className="dialoog-visually-hidden"> {t('images.openFull')}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
