import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, forbidden, unauthenticated } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { ACCESS_RULE, type AccessRule } from './access-rule.js';

/** Enforces each field's declared rule. A field without a rule is refused (fail closed). */
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
