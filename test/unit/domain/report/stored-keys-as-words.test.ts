/**
 * A report says stored keys in the words the app's pickers use: an issue's priority "High", not
 * 'high' (section-text issueText, both writers), and each RAG dimension "Schedule" from the one
 * map the issued reports' dots and the portfolio read too (RAG_DIMENSION_LABELS).
 */
import { describe, expect, it } from 'vitest';
import { RAG_DIMENSION_LABELS, type LocalDate } from '../../../../renderer/domain/model';
import { REPORT_DATES } from '../../../../renderer/domain/report';
import { issueText } from '../../../../renderer/domain/report/section-text';

describe('a report’s stored keys as words', () => {
  it('an open issue’s line names its priority as the issue log’s picker does', () => {
    expect(issueText({ code: 'I-002', title: 'Vendor contract unsigned', priority: 'high', dueOn: null }, REPORT_DATES)).toBe('I-002 Vendor contract unsigned (High priority)');
    expect(issueText({ code: '', title: 'Site access', priority: 'critical', dueOn: '2026-03-09' as LocalDate }, REPORT_DATES)).toMatch(/^Site access \(Critical priority, decide by /);
  });

  it('names each RAG dimension in words', () => {
    expect(Object.values(RAG_DIMENSION_LABELS)).toEqual(['Schedule', 'Cost', 'Scope', 'Risk']);
  });
});
