/** A RAG's reason reads as a sentence: "Finish 1 working day late", never "1 working days". */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_RULES } from '../../../../renderer/domain/model';
import { scheduleRag, type RagInputs } from '../../../../renderer/domain/report/rag';

const inputs = (finishSlipDays: number): RagInputs => ({ finishSlipDays, spi: null, cpi: null, overrun: null, approvedChanges: 0, topRiskScore: null });

describe('schedule RAG reason', () => {
  it('writes one working day in the singular, late or early, and more in the plural', () => {
    expect(scheduleRag(inputs(1), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 1 working day late \(/);
    expect(scheduleRag(inputs(-1), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 1 working day early \(/);
    expect(scheduleRag(inputs(4), DEFAULT_RAG_RULES.schedule).reason).toMatch(/^Finish 4 working days late \(/);
  });
});
