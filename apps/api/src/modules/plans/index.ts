export { recordGoalProgress } from './plan-decisions.service.js';
export { PLANNABLE_CASE_STATUSES } from './plan-rules.js';
export { openGoalText } from './plans.present.js';
export { findActivePlanRow, findGoals, findServices } from './plans.repository.js';
export { plansRoutes } from './plans.routes.js';
export {
  interventionPlans,
  type PlanGoalRow,
  type PlanRow,
  planEvents,
  planGoals,
  planServices,
} from './plans.table.js';
