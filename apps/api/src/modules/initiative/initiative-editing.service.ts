import { Injectable } from '@nestjs/common';
import { canSeeInitiative } from '#domain';
import { AppError, forbidden, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import type { UpdateInitiativeInput } from './dto/initiative.input.js';
import { InitiativeRepository, visibleFacts, type InitiativeRow } from './initiative.repository.js';
import { InitiativeService, viewerOf } from './initiative.service.js';

/** The author edits their initiative while it is a draft or changes were asked for. */
@Injectable()
export class InitiativeEditingService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly reader: InitiativeService,
  ) {}

  async update(actor: Actor, id: string, input: UpdateInitiativeInput): Promise<InitiativeRow> {
    const content = await this.reader.content(actor.municipalityId, input);
    await this.initiatives.transaction(async (manager) => {
      const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, id);
      if (!current || !canSeeInitiative(visibleFacts(current), viewerOf(actor))) {
        throw notFound();
      }
      if (current.authorId !== actor.userId) {
        throw forbidden();
      }
      if (current.status !== 'draft' && current.status !== 'changes_requested') {
        throw new AppError(ErrorCode.CONFLICT, 'initiative.notEditable');
      }
      await this.initiatives.updateContent(manager, id, content);
    });
    return this.reader.get(actor.municipalityId, id, actor);
  }
}
