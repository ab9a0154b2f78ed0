/** Status reports: plan + baseline + previous report + status date -> a report model; writers beside it. */
export { buildStatusReport, findBaseline, projectHealth, reportsBefore, type ProjectHealth, type StatusReportOptions } from './build-report';
export { freezeFigures, issuedReport } from './freeze';
export { worstRag } from './rag';
export { reportDate, REPORT_DATES, type ReportDates, RAG_COLOURS, RAG_WORDS, slipWords, standingText, workingDays, money } from './text';
export * from './types';
export { writeReportMarkdown, mdText } from './markdown';
export { writeReportHtml, reportBodyHtml, REPORT_CSP, type ReportPaper } from './html';
export { html as escapeHtml, cssString } from './escape-html';
export { buildPlanDocument, PLAN_DOCUMENT_SECTIONS, type PlanDocumentContext, type PlanDocumentOptions, type PlanDocSectionBuilder } from './plan-document';
export type { PlanDocBlock, PlanDocSection, PlanDocument } from './plan-document-types';
export { writePlanDocumentHtml, planDocumentBodyHtml } from './plan-document-html';
export { writePlanDocumentMarkdown } from './plan-document-markdown';
export { costReference, FORECAST_NAMES, headlineForecast, overrunPercent, varianceWords, type CostForecast, type CostReference, type ForecastMethod } from './cost-forecast';
