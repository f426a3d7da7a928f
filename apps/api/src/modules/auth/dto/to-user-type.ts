import type { UserEntity } from '../user.entity.js';
import { LanguageValue, PersonType, RoleValue, UserType } from './user.type.js';

export function toUserType(user: UserEntity): UserType {
  return Object.assign(new UserType(), {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    role: user.role as RoleValue,
    language: user.language as LanguageValue,
    emailVerifiedAt: user.emailVerifiedAt,
  });
}

export function toPersonType(user: Pick<UserEntity, 'id' | 'displayName'>): PersonType {
  return Object.assign(new PersonType(), { id: user.id, displayName: user.displayName });
}
