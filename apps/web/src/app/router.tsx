import { createBrowserRouter, Navigate } from 'react-router';
import { RegionDetailPage } from '../features/regions/RegionDetailPage';
import { RegionsPage } from '../features/regions/RegionsPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/regions" replace /> },
      { path: 'regions', element: <RegionsPage /> },
      { path: 'regions/:code', element: <RegionDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
