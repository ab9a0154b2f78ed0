/** The Markdown and HTML writers: hostile text stays text, the HTML is self-contained and script-free. */
import { describe, expect, it } from 'vitest';
import { issueReport } from '../../../../renderer/domain/commands';
import { buildStatusReport, writeReportHtml, writeReportMarkdown } from '../../../../renderer/domain/report';
import { runOk, testContext } from '../../../support/plan-builder';
import { agreedPlan, day, edit, onTrackAt10March, onTrackAt4March } from './report-plans';

const HOSTILE = 'All good <script>alert(1)</script> <img src=x onerror=alert(2)> **bold** [link](http://evil.example)';

function model(audience: 'executive' | 'team') {
  const plan = edit(onTrackAt4March(agreedPlan()), 'Build', { durationMinutes: 9 * 480, name: 'Build <b>API</b>' });
  return buildStatusReport({ ...plan, project: { ...plan.project, name: 'Relaunch </style><script>x()</script>' } },
    { statusDate: day('2026-03-04'), audience, headline: 'Launch <i>slips</i>', narrative: `${HOSTILE}\n\nSecond paragraph.` });
}

describe('report writers', () => {
  it('writes HTML with no script, no event handler and no external URL, whatever the plan says', () => {
    for (const audience of ['executive', 'team'] as const) {
      const doc = writeReportHtml(model(audience), { paper: 'Letter' });
      expect(doc).not.toMatch(/<script/i);
      const tags = doc.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((t) => /^<(?:img|iframe|link|object|embed|base|a)\b/i.test(t))).toEqual([]);
      expect(tags.filter((t) => /\son\w+=|\s(?:src|href|srcset|action)=/i.test(t))).toEqual([]);
      expect(doc).not.toMatch(/url\(|@import/i);
      expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(doc).toContain("Content-Security-Policy\" content=\"default-src 'none'");
      expect(doc).toContain('@page{size:Letter');
      expect(doc).toContain('counter(page)');
      // The project name in the CSS page header cannot close the <style> element.
      expect(doc.match(/<\/style>/g)).toHaveLength(1);
    }
  });

  it('writes the slipped milestone with its days in both formats', () => {
    const team = model('team');
    expect(writeReportHtml(team)).toContain('4 working days late');
    const md = writeReportMarkdown(team);
    expect(md).toContain('Launch: 4 working days late, now Thu 19 Mar 2026 (baseline Fri 13 Mar 2026)');
  });

  it('escapes Markdown so a narrative with HTML or markup shows as typed', () => {
    const md = writeReportMarkdown(model('executive'));
    expect(md).toContain('All good \\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](http://evil.example)');
    expect(md).toContain('## Launch \\<i\\>slips\\</i\\>');
  });

  it('keeps WBS codes out of the executive summary and in the team report', () => {
    expect(writeReportMarkdown(model('team'))).toMatch(/- 2 Build/);
    expect(writeReportMarkdown(model('executive'))).not.toMatch(/- 2 Build/);
  });

  it('shows no RAG trend in the first report, and says it appears from the second; the second shows it', () => {
    const NO_TREND = 'The trend of each RAG appears from the second report: issue this one to compare the next with it.';
    const firstPlan = onTrackAt4March(agreedPlan());
    const first = buildStatusReport(firstPlan, { statusDate: day('2026-03-04'), audience: 'team' });
    const firstHtml = writeReportHtml(first);
    expect(firstHtml).not.toContain('>Trend</th>');
    expect(firstHtml).toContain(NO_TREND);
    const firstMd = writeReportMarkdown(first);
    expect(firstMd).toContain('| Dimension | RAG | Why |\n| --- | --- | --- |\n| Schedule | Green | ');
    expect(firstMd).toContain(`*${NO_TREND}*`);

    const issued = runOk(issueReport, firstPlan, { statusDate: '2026-03-04', audience: 'team', headline: '', narrative: '' }, testContext('rep-')).plan;
    const second = buildStatusReport(onTrackAt10March(issued), { statusDate: day('2026-03-10'), audience: 'team' });
    const secondHtml = writeReportHtml(second);
    expect(secondHtml).toContain('>Trend</th>');
    expect(secondHtml).not.toContain(NO_TREND);
    const secondMd = writeReportMarkdown(second);
    expect(secondMd).toContain('| Dimension | RAG | Trend | Why |');
    expect(secondMd).toMatch(/\| Schedule \| Green \| Green → Green \| /);
    expect(secondMd).not.toContain(NO_TREND);
  });
});
