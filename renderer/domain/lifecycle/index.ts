export { planAsTemplate, instantiateTemplate, templateInfoOf, type TemplateInfo, type InstantiateOptions } from './templates';
export { planFromSpec, type TemplateSpec, type SpecRow, type SpecRisk, type SpecPlanOptions } from './template-spec';
export { BUILTIN_TEMPLATES, builtinTemplate } from './builtin-templates';
export {
  crossProjectLoad, digestProject, DIGEST_FORMAT, poolKey, summarizeProject, type Booking, type PersonDigest, type PooledPerson, type PortfolioProject,
  type ProjectDigest, type ProjectSummary,
} from './portfolio';
export { createPhaseObjectWindows, namedPhaseWindows, phaseObjectWindows, phaseWindows, type NamedPhaseWindow, type PhaseObjectWindow, type PhaseWindow } from './phase-windows';
export { phaseStatuses, slipRag, type PhaseStatus } from './phase-status';
export {
  canDeliver, charterOf, charterProblems, charterRaid, closureOf, closureOffer, deliverableViews, isLastGatePassed, linkedTaskText,
  numberText, objectiveStatusText, objectiveView, objectiveViews, readObjectiveValue, TOP_RISK_COUNT, type DeliverableView, type ObjectiveView,
} from './charter-status';
export { charterSummary, type CharterSummary, type CharterSummarySection } from './charter-summary';
export {
  bookingsElsewhere, deletionRefusal, linkToPool, matchPoolPeople, otherLoadByResource, otherProjectsLoad, poolPeople,
  type OtherBookings, type PoolBooking, type PoolMatch, type PoolMatchKind, type PoolPerson,
} from './pool';
