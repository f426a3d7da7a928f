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
  /**
   * Staff whose municipality requires a second factor they have not set up: the access guard lets
   * them only enrol (and lowers their role to resident's for public fields).
   */
  readonly mustEnrolSecondFactor?: boolean;
  /** The client's address, for the audit log. */
  readonly ip?: string;
}

export interface DialoogRequest extends Request {
  municipality?: MunicipalityEntity;
  actor?: Actor;
}
