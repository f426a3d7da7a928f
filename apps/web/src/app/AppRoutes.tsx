import { Route, Routes } from 'react-router';
import { AdminHomePage } from '../modules/admin/pages/AdminHomePage';
import { AuditLogPage } from '../modules/admin/pages/AuditLogPage';
import { MatchingPage } from '../modules/admin/pages/MatchingPage';
import { PlacesAndThemesPage } from '../modules/admin/pages/PlacesAndThemesPage';
import { ForgotPasswordPage } from '../modules/auth/pages/ForgotPasswordPage';
import { LoginPage } from '../modules/auth/pages/LoginPage';
import { RegisterPage } from '../modules/auth/pages/RegisterPage';
import { ResetPasswordPage } from '../modules/auth/pages/ResetPasswordPage';
import { SecurityPage } from '../modules/auth/pages/SecurityPage';
import { VerifyEmailPage } from '../modules/auth/pages/VerifyEmailPage';
import { CreateInitiativePage } from '../modules/initiative/pages/CreateInitiativePage';
import { EditInitiativePage } from '../modules/initiative/pages/EditInitiativePage';
import { InitiativeDetailPage } from '../modules/initiative/pages/InitiativeDetailPage';
import { InitiativeListPage } from '../modules/initiative/pages/InitiativeListPage';
import { MyInitiativesPage } from '../modules/initiative/pages/MyInitiativesPage';
import { InboxPage } from '../modules/inbox/pages/InboxPage';
import { ModerationPage } from '../modules/moderation/pages/ModerationPage';
import { NotificationSettingsPage } from '../modules/notification/pages/NotificationSettingsPage';
import { NotificationsPage } from '../modules/notification/pages/NotificationsPage';
import { UnsubscribePage } from '../modules/notification/pages/UnsubscribePage';
import { PartnerPage } from '../modules/partner/pages/PartnerPage';
import { MyPledgesPage } from '../modules/pledge/pages/MyPledgesPage';
import { FiguresPage } from '../modules/stats/pages/FiguresPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<InitiativeListPage />} />
        <Route path="initiatieven" element={<InitiativeListPage />} />
        <Route path="initiatieven/nieuw" element={<CreateInitiativePage />} />
        <Route path="initiatieven/:id" element={<InitiativeDetailPage />} />
        <Route path="initiatieven/:id/bewerken" element={<EditInitiativePage />} />
        <Route path="mijn-initiatieven" element={<MyInitiativesPage />} />
        <Route path="mijn-hulp" element={<MyPledgesPage />} />
        <Route path="partner" element={<PartnerPage />} />
        <Route path="cijfers" element={<FiguresPage />} />
        <Route path="meldingen" element={<NotificationsPage />} />
        <Route path="meldingen/instellingen" element={<NotificationSettingsPage />} />
        <Route path="meldingen/afmelden" element={<UnsubscribePage />} />
        <Route path="beheer/moderatie" element={<ModerationPage />} />
        <Route path="beheer/inbox" element={<InboxPage />} />
        <Route path="beheer" element={<AdminHomePage />} />
        <Route path="beheer/logboek" element={<AuditLogPage />} />
        <Route path="beheer/buurten-en-themas" element={<PlacesAndThemesPage />} />
        <Route path="beheer/matching" element={<MatchingPage />} />
        <Route path="inloggen" element={<LoginPage />} />
        <Route path="registreren" element={<RegisterPage />} />
        <Route path="e-mail-bevestigen" element={<VerifyEmailPage />} />
        <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
        <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
        <Route path="account/beveiliging" element={<SecurityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
