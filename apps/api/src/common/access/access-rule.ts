import { SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

/**
 * Who may call a query or mutation. Every resolver field declares exactly one rule; the
 * access guard refuses a field without one, and a test prints every field with its rule.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'signedIn'; duringSecondFactorEnrolment?: true } | { kind: 'role'; roles: readonly Role[] };

export const ACCESS_RULE = 'dialoog:access-rule';

/** Field name → rule, filled by the decorators at class definition time (for the permission test). */
export const declaredAccessRules = new Map<string, AccessRule>();

function declare(rule: AccessRule): MethodDecorator {
  const setMetadata = SetMetadata(ACCESS_RULE, rule);
  return (target, propertyKey, descriptor) => {
    declaredAccessRules.set(`${target.constructor.name}.${String(propertyKey)}`, rule);
    return setMetadata(target, propertyKey, descriptor);
  };
}

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator => declare({ kind: 'public' });
/** Any signed-in person of the request's municipality. */
export const SignedIn = (): MethodDecorator => declare({ kind: 'signedIn' });
/**
 * Any signed-in person, including staff who must still set up the second factor their
 * municipality requires (every other non-public field refuses them with SECOND_FACTOR_REQUIRED).
 */
export const SignedInDuringSecondFactorEnrolment = (): MethodDecorator => declare({ kind: 'signedIn', duringSecondFactorEnrolment: true });
/** Signed-in staff with one of these roles. */
export const RequireRole = (...roles: Role[]): MethodDecorator => declare({ kind: 'role', roles });

export function describeRule(rule: AccessRule | undefined): string {
  if (!rule) {
    return 'NONE';
  }
  if (rule.kind === 'signedIn' && rule.duringSecondFactorEnrolment) {
    return 'signedIn (also before second factor)';
  }
  return rule.kind === 'role' ? `role:${rule.roles.join('|')}` : rule.kind;
}
