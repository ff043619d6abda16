export {
  countActiveAdmins,
  findUserById,
  findUserByUsername,
  findUsers,
  lockUser,
  updateUser,
} from './users.repository.js';
export { usersRoutes } from './users.routes.js';
export {
  changeUser,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  resetTotp,
  setUserStatus,
  type UsersCaller,
} from './users.service.js';
export { type UserRow, users } from './users.table.js';
