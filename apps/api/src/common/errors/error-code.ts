/** The stable `extensions.code` values of the public API (see DESIGN.md). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The password was right and the account has a second factor: send the code with `verifyLoginCode`. */
  LOGIN_CODE_NEEDED = 'LOGIN_CODE_NEEDED',
  /** The municipality requires staff to use a second factor: set it up first (only enrolment works until then). */
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  /** The database (or another backing service) is briefly unreachable: try again in a few seconds. */
  TEMPORARILY_UNAVAILABLE = 'TEMPORARILY_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
