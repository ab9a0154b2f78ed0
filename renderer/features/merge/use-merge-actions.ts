/**
 * File → Compare with… and Merge a colleague's copy…: pick a plan file, read it through the
 * import gate, and (for a merge) find the common ancestor in this machine's saved revisions.
 * Nothing touches the open plan here; the dialogs apply only when the person says so.
 */
import { useMemo } from 'react';
import { findCommonAncestor, NEVER_SEEN_MESSAGE, noHistoryMessage } from '../../domain/diff';
import { detectFormat, identityNotCarriedInFile, importPlanFile, parsePlotline, type FileFormat, type NotCarried } from '../../domain/formats';
import type { Plan } from '../../domain/model';
import { useSessionStore } from '../../store';
import { FORMAT_LABELS } from '../files/file-jobs';
import { problemText } from '../files/read-file';
import { exportSource } from '../shared/export-source';
import { useServices } from '../shared/services';
import { knownLineage, revisionText } from './lineage-store';
import { useComparisonStore } from './comparison';
import { useMergeDialogs } from './merge-dialogs';

export interface MergeActions {
  /** Opens the Compare dialog's choice: a plan file, a baseline or a snapshot. */
  readonly compare: () => Promise<void>;
  /** Picks a plan file and compares the open plan with it. */
  readonly compareFile: () => Promise<void>;
  readonly mergeCopy: () => Promise<void>;
}

interface PickedCopy {
  readonly name: string;
  readonly text: string;
  readonly plan: Plan;
  readonly format: FileFormat;
  /** What the file has no place for, so the read made it up (formats/not-carried.ts). */
  readonly notCarried: NotCarried | undefined;
}

export function useMergeActions(): MergeActions {
  const { platform, repository, newId, now } = useServices();
  const dialogs = useMergeDialogs();
  const session = useSessionStore();
  const comparison = useComparisonStore();

  return useMemo<MergeActions>(() => {
    const pick = async (verb: string): Promise<PickedCopy | null> => {
      const outcome = await platform.openFile();
      if (outcome.kind === 'cancelled') return null;
      if (outcome.kind === 'failed') {
        dialogs.show({ kind: 'error', title: `Could not ${verb} “${outcome.name}”`, message: outcome.message });
        return null;
      }
      const { name, text } = outcome.file;
      dialogs.show({ kind: 'busy', message: `Reading “${name}”…` });
      const imported = importPlanFile(name, text, { newId, now: now() });
      if (!imported.ok) {
        dialogs.show({ kind: 'error', title: `Could not ${verb} “${name}”`, message: `The open plan is unchanged. ${problemText(imported.error)}` });
        return null;
      }
      return { name, text, plan: imported.value.plan, format: detectFormat(name, text), notCarried: identityNotCarriedInFile(name, text) };
    };

    const mergeCopy = async (): Promise<void> => {
      const ours = session.getState().plan;
      if (!ours) return;
      // A merge applied now would land in the proposal's sandbox, not the live plan: ask first.
      const proposalCode = exportSource(session.getState(), 'live')?.proposalCode ?? null;
      if (proposalCode !== null) {
        dialogs.show({
          kind: 'error', title: 'Finish the proposal first',
          message: `A proposal (${proposalCode}) is open, so a merge would be recorded into it rather than the live plan. Press Done on the proposal, then merge the copy.`,
        });
        return;
      }
      const copy = await pick('merge');
      if (copy === null) return;
      const search = findCommonAncestor(await knownLineage(repository, ours), copy.plan.project.lineage);
      if (search.kind !== 'found') {
        // Only a .plotline keeps lineage: a CSV or MS Project file may well be a copy of this plan, so say why there is no ancestor.
        const why = copy.format === 'plotline' ? search.message : noHistoryMessage(FORMAT_LABELS[copy.format]);
        dialogs.show({ kind: 'two-way', name: copy.name, theirs: copy.plan, notCarried: copy.notCarried, why });
        return;
      }
      // Only a .plotline carries lineage, so a copy with an ancestor has nothing made up (no notCarried).
      const text = await revisionText(repository, search.revision.id);
      const base = text === undefined ? null : parsePlotline(text);
      if (base === null || !base.ok) {
        dialogs.show({ kind: 'two-way', name: copy.name, theirs: copy.plan, notCarried: copy.notCarried, why: NEVER_SEEN_MESSAGE });
        return;
      }
      dialogs.show({ kind: 'merge', name: copy.name, base: base.value.plan, theirs: copy.plan, theirText: copy.text });
    };

    return {
      compare: () => {
        dialogs.show({ kind: 'compare-choose' });
        return Promise.resolve();
      },
      compareFile: async () => {
        const copy = await pick('compare with');
        if (copy === null) return;
        comparison.show({ kind: 'file', name: copy.name, other: copy.plan, notCarried: copy.notCarried });
        dialogs.show({ kind: 'compare' });
      },
      mergeCopy,
    };
  }, [platform, repository, newId, now, dialogs, session, comparison]);
}
