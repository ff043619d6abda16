export {
  deleteCertification,
  findCertificationsOf,
  findEmployedStaff,
  findStaffMember,
  insertCertification,
} from './workforce.repository.js';
export { workforceRoutes } from './workforce.routes.js';
export { professionStatus } from './workforce.service.js';
export { type StaffCertificationRow, type StaffRow, staff, staffCertifications } from './workforce.table.js';
