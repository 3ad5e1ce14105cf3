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
import { AccessLogPage } from '../features/consent/AccessLogPage.tsx';
import { ConsentsPage } from '../features/consent/ConsentsPage.tsx';
import { MyAccessLogPage } from '../features/consent/MyAccessLogPage.tsx';
import { MyConsentsPage } from '../features/consent/MyConsentsPage.tsx';
import { MyDataPage } from '../features/consent/MyDataPage.tsx';
import { ClientsPage } from '../features/clients/ClientsPage.tsx';
import { DossierLayout } from '../features/clients/dossier.tsx';
import { IdentityPage } from '../features/clients/IdentityPage.tsx';
import { NewClientPage } from '../features/clients/NewClientPage.tsx';
import { OverviewPage } from '../features/clients/OverviewPage.tsx';
import { TrajectoryPage } from '../features/clients/TrajectoryPage.tsx';
import { ContactPage } from '../features/contact/ContactPage.tsx';
import { EngagementPage } from '../features/contact/EngagementPage.tsx';
import { PlanPage } from '../features/plan/PlanPage.tsx';
import { MyAppointmentsPage } from '../features/portal/MyAppointmentsPage.tsx';
import { MyOverviewPage } from '../features/portal/MyOverviewPage.tsx';
import { MyPlanPage } from '../features/portal/MyPlanPage.tsx';
import { MyProfilePage } from '../features/portal/MyProfilePage.tsx';
import { PortalLayout } from '../features/portal/portal.tsx';
import { ProfileHistoryPage } from '../features/profile/ProfileHistoryPage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { SharedClientPage } from '../features/shared/SharedClientPage.tsx';
import { SharedClientsPage } from '../features/shared/SharedClientsPage.tsx';
import { CapacityHistoryPage } from '../features/capacity/CapacityHistoryPage.tsx';
import { CapacityPage } from '../features/capacity/CapacityPage.tsx';
import { ComparePage } from '../features/capacity/ComparePage.tsx';
import { EmployerPage } from '../features/employers/EmployerPage.tsx';
import { EmployersPage } from '../features/employers/EmployersPage.tsx';
import { ClientMatchesPage } from '../features/matching/ClientMatchesPage.tsx';
import { MatchChecklistPage } from '../features/matching/MatchChecklistPage.tsx';
import { VacancyMatchesPage } from '../features/matching/VacancyMatchesPage.tsx';
import { WeightsPage } from '../features/matching/WeightsPage.tsx';
import { NewPlacementPage } from '../features/placements/NewPlacementPage.tsx';
import { PlacementPage } from '../features/placements/PlacementPage.tsx';
import { PlacementsPage } from '../features/placements/PlacementsPage.tsx';
import { CompetenceProfilePage } from '../features/vacancies/CompetenceProfilePage.tsx';
import { JobAnalysisPage } from '../features/vacancies/JobAnalysisPage.tsx';
import { NewVacancyPage } from '../features/vacancies/NewVacancyPage.tsx';
import { VacanciesPage } from '../features/vacancies/VacanciesPage.tsx';
import { VacancyLayout } from '../features/vacancies/vacancy.tsx';
import { VacancyOverviewPage } from '../features/vacancies/VacancyOverviewPage.tsx';
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
      { path: '/admin/matching', element: <RequireAuth ability="matching.weights"><WeightsPage /></RequireAuth> },
      // The coaching team's dossiers: caseload, a new client, and one client's pages.
      { path: '/clients', element: <RequireAuth ability="clients.update"><ClientsPage /></RequireAuth> },
      { path: '/clients/new', element: <RequireAuth ability="clients.create"><NewClientPage /></RequireAuth> },
      {
        path: '/clients/:id',
        element: <RequireAuth ability="clients.update"><DossierLayout /></RequireAuth>,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'identity', element: <IdentityPage /> },
          { path: 'trajectory', element: <TrajectoryPage /> },
          { path: 'engagement', element: <EngagementPage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'profile/history', element: <ProfileHistoryPage /> },
          { path: 'plan', element: <PlanPage /> },
          { path: 'capacity', element: <CapacityPage /> },
          { path: 'capacity/history', element: <CapacityHistoryPage /> },
          { path: 'capacity/compare/:vacancyId', element: <ComparePage /> },
          { path: 'matches', element: <ClientMatchesPage /> },
          { path: 'placements', element: <PlacementsPage /> },
          { path: 'placements/new', element: <NewPlacementPage /> },
          { path: 'placements/:placementId', element: <PlacementPage /> },
          { path: 'contact', element: <ContactPage /> },
          { path: 'consents', element: <ConsentsPage /> },
          { path: 'access-log', element: <AccessLogPage /> },
        ],
      },
      // The coaching team's employers, vacancies and the job match (EUSE phases 3–4).
      { path: '/employers', element: <RequireAuth ability="employers.write"><EmployersPage /></RequireAuth> },
      { path: '/employers/:id', element: <RequireAuth ability="employers.write"><EmployerPage /></RequireAuth> },
      { path: '/vacancies', element: <RequireAuth ability="vacancies.write"><VacanciesPage /></RequireAuth> },
      { path: '/vacancies/new', element: <RequireAuth ability="vacancies.write"><NewVacancyPage /></RequireAuth> },
      {
        path: '/vacancies/:id',
        element: <RequireAuth ability="matching.read"><VacancyLayout /></RequireAuth>,
        children: [
          { index: true, element: <VacancyOverviewPage /> },
          { path: 'analysis', element: <JobAnalysisPage /> },
          { path: 'competences', element: <CompetenceProfilePage /> },
          { path: 'matches', element: <VacancyMatchesPage /> },
          { path: 'matches/:clientId', element: <MatchChecklistPage /> },
        ],
      },
      // Employers and intermediaries: clients shared with them by consent, for a purpose.
      { path: '/shared', element: <RequireAuth ability="clients.shared"><SharedClientsPage /></RequireAuth> },
      { path: '/shared/:id', element: <RequireAuth ability="clients.shared"><SharedClientPage /></RequireAuth> },
      // The client portal: their own dossier, in easy language.
      {
        path: '/my',
        element: <RequireAuth ability="portal.use"><PortalLayout /></RequireAuth>,
        children: [
          { index: true, element: <MyOverviewPage /> },
          { path: 'profile', element: <MyProfilePage /> },
          { path: 'plan', element: <MyPlanPage /> },
          { path: 'appointments', element: <MyAppointmentsPage /> },
          { path: 'consents', element: <MyConsentsPage /> },
          { path: 'access-log', element: <MyAccessLogPage /> },
          { path: 'data', element: <MyDataPage /> },
        ],
      },
      { path: '/dev/mailbox', element: <MailboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
