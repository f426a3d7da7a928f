import type { Request } from 'express';
import type { Role } from '#domain';
import type { MunicipalityEntity } from '../../modules/municipality/municipality.entity.js';

/** The signed-in person, as the rest of the API sees them. */
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly municipalityId: string;
  readonly role: Role;
  readonly displayName: string;
  /** Whether the person confirmed their e-mail address (see `requireVerifiedEmail`). */
  readonly emailVerified: boolean;
  /** The client's address, for the audit log. */
  readonly ip?: string;
}

export interface DialoogRequest extends Request {
  municipality?: MunicipalityEntity;
  actor?: Actor;
}
