import { Alert } from '../../../ui/Alert';
import { TextLink } from '../../../ui/TextLink';
import { withReturnTarget } from '../hooks/useReturnTarget';

export interface LoginRequiredProps {
  /** Where to come back to after logging in, e.g. "/initiatieven/nieuw". */
  returnTo: string;
  message: string;
  loginLabel: string;
  registerLabel: string;
}

export function LoginRequired({ returnTo, message, loginLabel, registerLabel }: LoginRequiredProps) {
  return (
    <Alert type="info">
      <p className="utrecht-paragraph">{message}</p>
      <ul className="utrecht-unordered-list dialoog-link-list">
        <li className="utrecht-unordered-list__item">
          <TextLink to={withReturnTarget('/inloggen', returnTo)}>{loginLabel}</TextLink>
        </li>
        <li className="utrecht-unordered-list__item">
          <TextLink to={withReturnTarget('/registreren', returnTo)}>{registerLabel}</TextLink>
        </li>
      </ul>
    </Alert>
  );
}
