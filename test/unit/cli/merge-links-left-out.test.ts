/** Which copy `plotline merge` names for a link it left out: the copy, or copies, that have it. */
import { describe, expect, it } from 'vitest';
import { linkLeftOut } from '../../../cli/commands/merge';
import type { MergeConflict } from '../../../renderer/domain/diff';

const FILES = ['dir/base.csv', 'dir/ours.csv', 'dir/theirs.csv'];
const notice: MergeConflict = {
  id: 'link-loop:links/L1', kind: 'link-loop', collection: 'links', entityId: 'L1', label: "link 'Docs' → 'Design'",
  message: "Your link 'Docs' → 'Design' would close a loop (...), so it was left out.", resolution: 'ours', isChoosable: false,
};

describe('linkLeftOut', () => {
  it('names our copy, their copy or both, as the notice says which of them has the link', () => {
    const tail = ', which would close a loop (the warning above shows it)';
    expect(linkLeftOut({ ...notice, ours: {} }, FILES)).toBe(`the link 'Docs' → 'Design' of ours.csv${tail}`);
    expect(linkLeftOut({ ...notice, theirs: {} }, FILES)).toBe(`the link 'Docs' → 'Design' of theirs.csv${tail}`);
    expect(linkLeftOut({ ...notice, ours: {}, theirs: {} }, FILES)).toBe(`the link 'Docs' → 'Design' of ours.csv and theirs.csv${tail}`);
  });
});
