import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { useCan } from '../auth/current-user';
import { WorkListPage } from '../worklist/WorkListPage';
import { rememberHome } from '../worklist/worklist.api';

/** The home page: the work list for those who handle cases, the regions for everyone else (as before). */
export function HomePage() {
  const canReadCases = useCan('beneficiaries:read');
  useEffect(() => rememberHome(canReadCases), [canReadCases]);
  return canReadCases ? <WorkListPage /> : <Navigate to="/regions" replace />;
}
