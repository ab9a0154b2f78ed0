import { describe, expect, it } from 'vitest';
import { splitTags } from '../../../../renderer/domain/model';

describe('splitTags', () => {
  it("splits at ';' and ',' alike, trimmed, each tag once in the order first written", () => {
    expect(splitTags('api; backend, api')).toEqual(['api', 'backend']);
    expect(splitTags('payments,api;;  ,docs ')).toEqual(['payments', 'api', 'docs']);
  });
  it('keeps tags as written: a space inside a tag stays, case makes two tags', () => {
    expect(splitTags('needs review, API; api')).toEqual(['needs review', 'API', 'api']);
  });
  it('gives no tags for a blank field', () => {
    expect(splitTags('')).toEqual([]);
    expect(splitTags(' ; , ')).toEqual([]);
  });
});
