import type { RouteObject } from 'react-router';
import { AccountPage } from '../routes/AccountPage.tsx';
import { AcceptInvitationPage } from '../routes/AcceptInvitationPage.tsx';
import { AuditPage } from '../routes/AuditPage.tsx';
import { BranchesPage } from '../routes/BranchesPage.tsx';
import { ForgotPasswordPage } from '../routes/ForgotPasswordPage.tsx';
import { HomePage } from '../routes/HomePage.tsx';
import { MailboxPage } from '../routes/MailboxPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { ResetPasswordPage } from '../routes/ResetPasswordPage.tsx';
import { SignInPage } from '../routes/SignInPage.tsx';
import { UsersPage } from '../routes/UsersPage.tsx';
import { RequireAuth } from './guards.tsx';
import { Shell } from './Shell.tsx';

/** Every page of the app. Pages that need a session or an ability say so here. */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { path: '/', element: <RequireAuth><HomePage /></RequireAuth> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/account', element: <RequireAuth><AccountPage /></RequireAuth> },
      { path: '/admin/users', element: <RequireAuth ability="users.manage"><UsersPage /></RequireAuth> },
      { path: '/admin/branches', element: <RequireAuth ability="branches.manage"><BranchesPage /></RequireAuth> },
      { path: '/admin/audit', element: <RequireAuth ability="audit.read"><AuditPage /></RequireAuth> },
      { path: '/dev/mailbox', element: <MailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
