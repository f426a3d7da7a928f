import { Alert } from '../../../ui/Alert';
import { TextLink } from '../../../ui/TextLink';
import { withReturnTarget } from '../hooks/useReturnTarget';

export interface LoginRequiredProps {
  /** Where to come back to after logging in, e.g. "/initiatieven/nieuw". */
  returnTo: string;
  title: string;
  message: string;
  loginLabel: string;
  registerLabel: string;
}

export function LoginRequired({ returnTo, title, message, loginLabel, registerLabel }: LoginRequiredProps) {
  return (
    <Alert type="info">
      <h2 className="utrecht-heading-2">{title}</h2>
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
