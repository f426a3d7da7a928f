import type { FieldErrors } from '../../../ui/useFormState';

export const PASSWORD_MIN_LENGTH = 10;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type LoginField = 'email' | 'password';
export type RegisterField = 'displayName' | 'email' | 'password';

export function validateLogin(values: Record<LoginField, string>): FieldErrors<LoginField> {
  const errors: FieldErrors<LoginField> = {};
  const email = values.email.trim();
  if (!email) {
    errors.email = { key: 'validation.emailRequired' };
  } else if (!EMAIL_PATTERN.test(email)) {
    errors.email = { key: 'validation.emailInvalid' };
  }
  if (!values.password) {
    errors.password = { key: 'validation.passwordRequired' };
  }
  return errors;
}

export function validateRegistration(values: Record<RegisterField, string>): FieldErrors<RegisterField> {
  const errors: FieldErrors<RegisterField> = {};
  if (!values.displayName.trim()) {
    errors.displayName = { key: 'validation.displayNameRequired' };
  }
  const { email } = validateLogin({ email: values.email, password: 'x' });
  if (email) {
    errors.email = email;
  }
  if (!values.password) {
    errors.password = { key: 'validation.passwordRequired' };
  } else if (values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = { key: 'validation.passwordTooShort' };
  }
  return errors;
}

export type ForgotPasswordField = 'email';
export type ResetPasswordField = 'newPassword';

export function validateForgotPassword(values: Record<ForgotPasswordField, string>): FieldErrors<ForgotPasswordField> {
  const { email } = validateLogin({ email: values.email, password: 'x' });
  return email ? { email } : {};
}

export function validateResetPassword(values: Record<ResetPasswordField, string>): FieldErrors<ResetPasswordField> {
  if (!values.newPassword) {
    return { newPassword: { key: 'validation.passwordRequired' } };
  }
  if (values.newPassword.length < PASSWORD_MIN_LENGTH) {
    return { newPassword: { key: 'validation.passwordTooShort' } };
  }
  return {};
}
