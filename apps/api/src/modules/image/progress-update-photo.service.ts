import { Inject, Injectable } from '@nestjs/common';
import { canSeeInitiative } from '#domain';
import { AppError, conflict, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeRepository, visibleFacts } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { OutboxRepository } from '../notification/outbox.repository.js';
import { ProgressUpdateRepository, type ProgressUpdateRow } from '../progress-update/progress-update.repository.js';
import { saveImage } from './image-files.js';
import { processImage } from './image-processing.js';
import { IMAGE_STORAGE, type ImageStorage } from './image-storage.js';

/**
 * The one optional photo of a progress update: the initiator attaches it after posting the update
 * (the web form does both in one go). Processed as initiative pictures are (sniffed, re-encoded,
 * no camera data) and served under /media with the initiative's visibility.
 */
@Injectable()
export class ProgressUpdatePhotoService {
  constructor(
    private readonly updates: ProgressUpdateRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly outbox: OutboxRepository,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
  ) {}

  async attach(actor: Actor, updateId: string, bytes: Buffer, alt: string): Promise<ProgressUpdateRow> {
    // Refuse early, before the (costly) decoding; checked again under the row locks below.
    const early = await this.updates.find(actor.municipalityId, updateId);
    refuse(actor, early, early && (await this.initiatives.findVisible(actor.municipalityId, early.initiativeId, viewerOf(actor))));
    const image = await processImage(bytes);
    await saveImage(this.storage, image, (keys, writeFiles) =>
      this.initiatives.transaction(async (manager) => {
        // The initiative row first, as other changes to it lock it, then the update.
        const initiative = await this.initiatives.lockForUpdate(manager, actor.municipalityId, early!.initiativeId);
        const update = await this.updates.lock(manager, actor.municipalityId, updateId);
        refuse(actor, update, initiative && canSeeInitiative(visibleFacts(initiative), viewerOf(actor)) ? initiative : null);
        await writeFiles();
        await this.updates.setPhoto(manager, updateId, {
          ...keys,
          sourceType: image.sourceType,
          alt,
          width: image.full.width,
          height: image.full.height,
        });
        // Viewers who fetched the update before its photo came see it once this commits.
        await this.outbox.add(manager, {
          municipalityId: actor.municipalityId,
          kind: 'progress_update_changed',
          initiativeId: early!.initiativeId,
          actorId: actor.userId,
          subjectId: updateId,
        });
      }),
    );
    return (await this.updates.find(actor.municipalityId, updateId))!;
  }
}

/** Throws unless the actor is the initiator of the update's initiative (visible to them) and the update has no photo yet. */
function refuse(actor: Actor, update: ProgressUpdateRow | null, visibleInitiative: { authorId: string } | null): void {
  if (!update || !visibleInitiative) {
    throw notFound();
  }
  if (visibleInitiative.authorId !== actor.userId) {
    throw new AppError(ErrorCode.FORBIDDEN, 'progressUpdate.onlyInitiator');
  }
  if (update.photo) {
    throw conflict('progressUpdate.photoExists');
  }
}
