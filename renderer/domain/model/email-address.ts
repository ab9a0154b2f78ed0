/**
 * What the app takes as an e-mail address: the HTML standard's "valid e-mail address" (what a
 * browser's type=email field accepts, https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address),
 * widened to letters and digits of any script, so 'josé@exämple.de' is one. It is a check for a
 * slip of the keyboard ('bob@', 'bob.example.com', 'bob @example.com'), not proof that a mailbox exists.
 */
import { fail, ok, type Problem, type Result } from './result';

const LOCAL_PART = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * The address without surrounding spaces ('' for a blank field: an address is optional), or a
 * message naming what was typed: "'bob@' is not an e-mail address (one reads like name@example.com)."
 */
export function parseEmailAddress(text: string): Result<string> {
  const address = text.trim();
  if (address === '') return ok('');
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (at > 0 && LOCAL_PART.test(local) && labels.every((label) => DOMAIN_LABEL.test(label))) return ok(address);
  return fail(`'${address}' is not an e-mail address (one reads like name@example.com).`);
}

/**
 * `fields` with a typed e-mail address trimmed, or why it is refused, naming the field and whose
 * it is (`where`: "Team member 'Ana'"). Only an address being typed is checked: one already
 * stored (from an older file or another tool) does not block other edits.
 */
export function withEmailChecked<F extends { readonly email?: string }>(fields: F, where: string): F | Problem {
  if (fields.email === undefined) return fields;
  const email = parseEmailAddress(fields.email);
  if (!email.ok) return { message: `Email ${email.error.message}`, where };
  return { ...fields, email: email.value };
}
