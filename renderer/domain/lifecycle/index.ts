export { planAsTemplate, instantiateTemplate, templateInfoOf, type TemplateInfo, type InstantiateOptions } from './templates';
export { planFromSpec, type TemplateSpec, type SpecRow, type SpecRisk, type SpecPlanOptions } from './template-spec';
export { BUILTIN_TEMPLATES, builtinTemplate } from './builtin-templates';
export {
  crossProjectLoad, poolKey, summarizeProject, type Booking, type PooledPerson, type PortfolioProject, type ProjectSummary,
} from './portfolio';
export { phaseObjectWindows, phaseWindows, type PhaseObjectWindow, type PhaseWindow } from './phase-windows';
export { phaseStatuses, slipRag, type PhaseStatus } from './phase-status';
