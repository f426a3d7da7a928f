import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canEditImages, canRemoveImage, canSeeInitiative, IMAGE_LIMITS, isStaff, type InitiativeStatus } from '#domain';
import { AppError, conflict, forbidden, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { InitiativeRepository, visibleFacts } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { removeImageFiles, saveImage } from './image-files.js';
import { processImage } from './image-processing.js';
import { IMAGE_KEY, IMAGE_STORAGE, type ImageStorage } from './image-storage.js';
import { InitiativeImageRepository, type ImageWithInitiative, type InitiativeImageRow } from './initiative-image.repository.js';

/** A stored file as the media route sends it. */
export interface ServedImage {
  readonly data: Buffer;
  readonly contentType: string;
  readonly filename: string;
  /** Whether anyone may see it (its initiative is public): shared caches may keep it. */
  readonly public: boolean;
}

/** Why the author may not change the images of this initiative, as an error (or nothing when they may). */
function editRefusal(initiative: { authorId: string; status: InitiativeStatus }, actor: Actor): AppError | null {
  if (canEditImages(initiative, actor.userId)) {
    return null;
  }
  return initiative.authorId === actor.userId ? new AppError(ErrorCode.CONFLICT, 'initiative.notEditable') : forbidden();
}

/** Uploading, describing, ordering, removing and serving the images of initiatives. */
@Injectable()
export class InitiativeImageService {
  constructor(
    private readonly images: InitiativeImageRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly audit: AuditRepository,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
  ) {}

  async upload(actor: Actor, initiativeId: string, bytes: Buffer, alt: string): Promise<InitiativeImageRow> {
    // Refuse early, before the (costly) decoding; checked again under the row lock below.
    const visible = await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor));
    if (!visible) {
      throw notFound();
    }
    const early = editRefusal(visible, actor);
    if (early) {
      throw early;
    }
    const image = await processImage(bytes);
    const id = await saveImage(this.storage, image, (keys, writeFiles) =>
      this.initiatives.transaction(async (manager) => {
        const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, initiativeId);
        if (!current || !canSeeInitiative(visibleFacts(current), viewerOf(actor))) {
          throw notFound();
        }
        const refusal = editRefusal(current, actor);
        if (refusal) {
          throw refusal;
        }
        if ((await this.images.countFor(manager, initiativeId)) >= IMAGE_LIMITS.perInitiative) {
          throw conflict('image.tooMany', { max: IMAGE_LIMITS.perInitiative });
        }
        await writeFiles();
        return this.images.insert(manager, {
          municipalityId: actor.municipalityId,
          initiativeId,
          uploadedBy: actor.userId,
          ...keys,
          sourceType: image.sourceType,
          alt,
          width: image.full.width,
          height: image.full.height,
          byteSize: image.full.data.length,
        });
      }),
    );
    return this.byId(actor.municipalityId, initiativeId, id);
  }

  /** Removes an image: the author while editable, or staff (moderation, audited). Returns the initiative's id. */
  async remove(actor: Actor, imageId: string): Promise<string> {
    const removed = await this.initiatives.transaction(async (manager) => {
      const image = await this.lockVisible(manager, actor, imageId);
      if (!canRemoveImage(image, actor)) {
        throw editRefusal(image, actor) ?? forbidden();
      }
      await this.images.delete(manager, image);
      if (isStaff(actor.role) && image.authorId !== actor.userId) {
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          actorId: actor.userId,
          action: 'initiative.imageRemoved',
          targetType: 'initiative',
          targetId: image.initiativeId,
          summary: { imageId: image.id, alt: image.alt },
          ip: actor.ip,
        });
      }
      return image;
    });
    await removeImageFiles(this.storage, removed);
    return removed.initiativeId;
  }

  async updateAlt(actor: Actor, imageId: string, alt: string): Promise<InitiativeImageRow> {
    return this.initiatives.transaction(async (manager) => {
      const image = await this.lockVisible(manager, actor, imageId);
      const refusal = editRefusal(image, actor);
      if (refusal) {
        throw refusal;
      }
      const updated = await this.images.setAlt(manager, image.id, alt);
      if (!updated) {
        throw notFound();
      }
      return updated;
    });
  }

  /** Moves an image to a 0-based position among its initiative's images. Returns the initiative's id. */
  async move(actor: Actor, imageId: string, position: number): Promise<string> {
    return this.initiatives.transaction(async (manager) => {
      const image = await this.lockVisible(manager, actor, imageId);
      const refusal = editRefusal(image, actor);
      if (refusal) {
        throw refusal;
      }
      await this.images.move(manager, image, position);
      return image.initiativeId;
    });
  }

  /** A stored file, only to viewers who may see its initiative (the one visibility rule). */
  async serve(municipalityId: string, key: string, actor: Actor | null): Promise<ServedImage> {
    if (!IMAGE_KEY.test(key)) {
      throw notFound();
    }
    const found = await this.images.findByKey(municipalityId, key);
    if (!found || !canSeeInitiative(found.facts, viewerOf(actor))) {
      throw notFound();
    }
    const data = await this.storage.get(key);
    if (!data) {
      throw notFound();
    }
    return { data, contentType: found.contentType, filename: key, public: canSeeInitiative(found.facts, null) };
  }

  private async byId(municipalityId: string, initiativeId: string, id: string): Promise<InitiativeImageRow> {
    const found = (await this.images.imagesOf(municipalityId, [initiativeId])).find((image) => image.id === id);
    if (!found) {
      throw notFound();
    }
    return found;
  }

  private async lockVisible(manager: EntityManager, actor: Actor, imageId: string): Promise<ImageWithInitiative> {
    // The initiative row is locked first, as uploads do, so concurrent changes queue instead of deadlocking.
    const initiativeId = await this.images.initiativeOf(manager, actor.municipalityId, imageId);
    const initiative = initiativeId ? await this.initiatives.lockForUpdate(manager, actor.municipalityId, initiativeId) : null;
    if (!initiative || !canSeeInitiative(visibleFacts(initiative), viewerOf(actor))) {
      throw notFound();
    }
    const image = await this.images.lockWithInitiative(manager, actor.municipalityId, imageId);
    if (!image) {
      throw notFound();
    }
    return image;
  }
}
