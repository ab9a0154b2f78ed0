/** A RAG's reason reads as a sentence: "Finish 1 working day late", never "1 working days". */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_RULES } from '../../../../renderer/domain/model';
import { costRag, scheduleRag, type RagInputs } from '../../../../renderer/domain/report/rag';

const inputs = (finishSlipDays: number): RagInputs => ({ finishSlipDays, spi: null, cpi: null, overrun: null, approvedChanges: 0, topRiskScore: null });

describe('schedule RAG reason', () => {
  it('writes one working day in the singular, late or early, and more in the plural', () => {
    expect(scheduleRag(inputs(1), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 1 working day late \(/);
    expect(scheduleRag(inputs(-1), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 1 working day early \(/);
    expect(scheduleRag(inputs(4), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 4 working days late \(/);
  });
});

describe('a ratio read against its limits', () => {
  const withCpi = (cpi: number): RagInputs => ({ ...inputs(0), cpi });
  const withSpi = (spi: number): RagInputs => ({ ...inputs(0), spi });
  const { cost, schedule } = DEFAULT_RAG_RULES;

  it('prints as many decimals as it takes not to read as the limit it missed', () => {
    // 7,040 earned for 7,840 spent: CPI 0.898, red below 0.90. "CPI 0.90 … red below 0.90" contradicted itself.
    const red = costRag(withCpi(7040 / 7840), { ...cost, redCpi: 0.9 });
    expect(red.rag).toBe('red');
    expect(red.reason).toMatch(/^CPI 0\.898 \(/);
    expect(scheduleRag(withSpi(0.8999), { ...schedule, redSpi: 0.9 }).reason).toMatch(/^Finish on baseline, SPI 0\.8999 \(/);
  });

  it('keeps two decimals when they already tell it from every limit, or it equals one', () => {
    expect(costRag(withCpi(0.85), cost).reason).toMatch(/^CPI 0\.85 \(/);
    expect(costRag(withCpi(cost.redCpi), cost).reason).toMatch(new RegExp(`^CPI ${cost.redCpi.toFixed(2).replace('.', '\\.')} \\(`));
  });
});
