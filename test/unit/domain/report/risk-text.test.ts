/**
 * The report's risk lines move in the register's trend words (SCORE_TREND_LABELS: what its arrows
 * are called and its CSV writes), in lower case within the sentence.
 */
import { describe, expect, it } from 'vitest';
import { SCORE_TREND_LABELS } from '../../../../renderer/domain/raid';
import { riskText } from '../../../../renderer/domain/report/section-text';
import type { RiskLine } from '../../../../renderer/domain/report';

const line = (trend: RiskLine['trend'], previousScore: number | null): RiskLine => ({ code: 'R-001', title: 'Vendor API late', score: 16, previousScore, trend, owner: 'Ana' });

describe('a risk line in the status report', () => {
  it('says how the score moved in the register’s words, mid-sentence', () => {
    expect(riskText(line('up', 9))).toBe('R-001 Vendor API late: score 16 of 25, rising from 9; owner Ana');
    expect(riskText(line('down', 20))).toBe('R-001 Vendor API late: score 16 of 25, falling from 20; owner Ana');
    expect(riskText(line('flat', 16))).toBe('R-001 Vendor API late: score 16 of 25, unchanged; owner Ana');
    expect(riskText(line('new', null))).toBe('R-001 Vendor API late: score 16 of 25, new since the last report; owner Ana');
  });

  it('uses the words the register shows for each trend', () => {
    for (const trend of ['up', 'down', 'flat'] as const) expect(riskText(line(trend, 9))).toContain(`, ${SCORE_TREND_LABELS[trend].toLowerCase()}`);
  });
});
