import { Navigate } from 'react-router';
import { useCan } from '../auth/current-user';
import { WorkListPage } from '../worklist/WorkListPage';

/** The home page: the work list for those who handle cases, the regions for everyone else (as before). */
export function HomePage() {
  const canReadCases = useCan('beneficiaries:read');
  return canReadCases ? <WorkListPage /> : <Navigate to="/regions" replace />;
}
