import type { InitiativeEventEntity } from '../initiative-event.entity.js';
import type { InitiativeEntity } from '../initiative.entity.js';
import { InitiativeEventType, InitiativeType } from './initiative.type.js';

export function toInitiativeType(row: InitiativeEntity): InitiativeType {
  return Object.assign(new InitiativeType(), {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    status: row.status,
    supportCount: row.supportCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    hidden: row.hiddenAt !== null,
    hiddenReason: row.hiddenReason,
    firstResponseDueOn: row.firstResponseDueOn,
    firstResponseAt: row.firstResponseAt,
    thresholdReachedAt: row.thresholdReachedAt,
    decisionDueOn: row.decisionDueOn,
    decidedAt: row.decidedAt,
    lat: row.lat,
    lng: row.lng,
    authorId: row.authorId,
    neighbourhoodId: row.neighbourhoodId,
    themeId: row.themeId,
  });
}

export function toInitiativeEventType(event: InitiativeEventEntity): InitiativeEventType {
  return Object.assign(new InitiativeEventType(), {
    id: String(event.id),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    createdAt: event.createdAt,
    actorId: event.actorId,
  });
}
