/** What formats without a RAID log (MS Project XML) cannot hold, said in the export's summary. */
import type { Plan } from '../model/plan';

const NOUNS = [['risks', 'risk'], ['issues', 'issue'], ['assumptions', 'assumption'], ['decisions', 'decision']] as const;

/**
 * "Not written (MS Project XML has no place for them): 3 risks, 1 issue." or null when the RAID
 * log is empty and nothing else is lost. MSPDI has no risk or issue elements; Project Web App
 * keeps them on a server. `alsoLost`: the format's other losses in the same words, appended
 * ("the approved budget (USD 25,000)"), so one sentence names all of them.
 */
export function raidNotExported(plan: Plan, formatName: string, alsoLost: readonly string[] = []): string | null {
  const parts = NOUNS.flatMap(([collection, noun]) => {
    const n = Object.keys(plan[collection]).length;
    return n === 0 ? [] : [`${String(n)} ${n === 1 ? noun : collection}`];
  });
  const all = [...parts, ...alsoLost];
  return all.length === 0 ? null : `Not written (${formatName} has no place for them): ${all.join(', ')}.`;
}
