import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, forbidden, unauthenticated } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { ACCESS_RULE, type AccessRule } from './access-rule.js';

/**
 * Enforces each field's declared rule. A field without a rule is refused (fail closed). It is also the
 * one place that holds staff to their municipality's second-factor policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') {
      return true;
    }
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) {
      throw new AppError(ErrorCode.FORBIDDEN, 'error.forbidden');
    }
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!req.municipality) {
      throw new AppError(ErrorCode.NOT_FOUND, 'error.unknownMunicipality');
    }
    if (req.actor?.mustEnrolSecondFactor) {
      // Staff whose municipality requires a second factor they have not set up: enrolment only.
      if (rule.kind === 'role' || (rule.kind === 'signedIn' && !rule.duringSecondFactorEnrolment)) {
        throw new AppError(ErrorCode.SECOND_FACTOR_REQUIRED, 'secondFactor.requiredFirst');
      }
      // Until then their role is a resident's everywhere (set where the session is read, SessionRepository.findLive).
    }
    if (rule.kind === 'public') {
      return true;
    }
    const actor = req.actor;
    if (!actor) {
      throw unauthenticated();
    }
    if (rule.kind === 'role' && !rule.roles.includes(actor.role)) {
      throw forbidden();
    }
    return true;
  }
}
