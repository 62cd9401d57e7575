/**
 * The responsibility (RACI) matrix: the directions, the default roles and
 * matrix, how a range of cells is read, the checks, and their words. The
 * Roles tab, the sidebar and the custom functions all go through here, so
 * the rules live once.
 */
export { DIRECTIONS, type Direction, type DirectionId } from './directions';
export { DEFAULT_ROLES, type Role, type RoleId } from './default-roles';
export { DEFAULT_ASSIGNMENTS, defaultRaciMatrix } from './default-matrix';
export {
  RACI_LETTERS,
  formatRaciCell,
  hasLetter,
  raciCell,
  type RaciCell,
  type RaciLetter,
  type RaciMatrix,
} from './raci-letter';
export { readRaciCell, type RaciCellProblem, type RaciCellReading } from './read-cell';
export { readRaciMatrix, type InvalidRaciCell, type LabelHint, type RaciMatrixReading } from './read-matrix';
export { checkDirection, checkDirections, type DirectionCheck, type DirectionFault } from './direction-check';
export { DEFAULT_MAX_RESPONSIBLE, roleLoads, type RoleLoad } from './role-load';
export {
  MID_SIZE_COMPANY_HEADCOUNT,
  MIN_DEPARTMENT_PEOPLE,
  checkStaffing,
  type StaffingCheck,
  type StaffingVerdict,
} from './staffing';
export { reviewRaci, type RaciFinding, type RaciReview, type RaciReviewInput } from './review';
export {
  directionName,
  directionStatusText,
  explainFinding,
  roleLoadText,
  roleName,
  staffingStatusText,
  type ExplainedFinding,
  type RaciLabels,
} from './explanation';
