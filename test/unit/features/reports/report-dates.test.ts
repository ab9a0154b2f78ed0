/**
 * The status report and the plan document write their days as the app writes them on every
 * screen (shared/format.ts formatDate), on screen and in the exported files: the writers are given
 * APP_REPORT_DATES. They wrote "Mon 2 Mar 2026" while the task table, the top bar and the report's
 * own "Still showing" note wrote "Mon, Mar 2, 26".
 */
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../renderer/domain/model';
import { buildPlanDocument, buildStatusReport, writePlanDocumentMarkdown, writeReportHtml, writeReportMarkdown } from '../../../../renderer/domain/report';
import { APP_REPORT_DATES } from '../../../../renderer/features/reports/report-dates';
import { formatDate } from '../../../../renderer/features/shared/format';
import { agreedPlan, day, onTrackAt4March } from '../../domain/report/report-plans';

/** "Wed 4 Mar 2026": the writers' own day, which the app no longer shows. */
const OWN_DAY = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b/;

describe('a report’s days as the app writes them', () => {
  const model = buildStatusReport(onTrackAt4March(agreedPlan()), { statusDate: day('2026-03-04'), audience: 'team' });

  it('in the report’s HTML (the screen, the PDF and the .html file) and its Markdown', () => {
    const page = writeReportHtml(model, { dates: APP_REPORT_DATES });
    const md = writeReportMarkdown(model, APP_REPORT_DATES);
    for (const text of [page, md]) {
      expect(text).toContain(formatDate('2026-03-04'));
      expect(text).not.toMatch(OWN_DAY);
    }
    expect(md.split('\n')[0]).toBe(`# ${model.projectName}: status report, ${formatDate('2026-03-04')}`);
  });

  it('in the plan document', () => {
    const md = writePlanDocumentMarkdown(buildPlanDocument(agreedPlan(), { asOf: day('2026-03-04'), dates: APP_REPORT_DATES }));
    expect(md).toContain(`As of ${formatDate('2026-03-04')}`);
    expect(md).not.toMatch(OWN_DAY);
  });

  it('beside a timeline milestone, the same day without its weekday', () => {
    const short = APP_REPORT_DATES.short('2026-03-04' as LocalDate);
    expect(formatDate('2026-03-04')).toContain(short);
    expect(short).not.toMatch(/Wed/);
    expect(short).toMatch(/Mar/);
  });
});
