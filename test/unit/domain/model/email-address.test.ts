import { describe, expect, it } from 'vitest';
import { parseEmailAddress } from '../../../../renderer/domain/model';

describe('parseEmailAddress', () => {
  it('takes an address as a browser e-mail field does, without its surrounding spaces', () => {
    expect(parseEmailAddress('dana.finance@acme.example.com')).toEqual({ ok: true, value: 'dana.finance@acme.example.com' });
    expect(parseEmailAddress("  o'brien+plans@mail-1.acme.io ")).toEqual({ ok: true, value: "o'brien+plans@mail-1.acme.io" });
    expect(parseEmailAddress('ops@intranet')).toEqual({ ok: true, value: 'ops@intranet' });
  });
  it('takes letters of any script', () => {
    expect(parseEmailAddress('josé@exämple.de')).toEqual({ ok: true, value: 'josé@exämple.de' });
  });
  it('leaves a blank field blank: an address is optional', () => {
    expect(parseEmailAddress('')).toEqual({ ok: true, value: '' });
    expect(parseEmailAddress('   ')).toEqual({ ok: true, value: '' });
  });
  it('refuses a slip of the keyboard, naming what was typed', () => {
    expect(parseEmailAddress('bob@')).toEqual({ ok: false, error: { message: "'bob@' is not an e-mail address (one reads like name@example.com)." } });
    for (const typo of ['bob', '@example.com', 'bob.example.com', 'bob @example.com', 'bob@example..com', 'bob@example.com.', 'bob@-acme.com', 'bob@acme_1.com', 'a@b@c.com']) {
      expect([typo, parseEmailAddress(typo).ok]).toEqual([typo, false]);
    }
  });
});
