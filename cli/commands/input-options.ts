/**
 * The options of every command that reads plan files, on how to read them: --sheet (which .xlsx
 * sheet) and --locale (whose short dates a CSV or sheet holds, as the app's CSV export writes them
 * with "dates in my locale's format").
 */
import { fail, ok, type Result } from '../../renderer/domain/model/result';
import type { ParsedArgs } from '../args';
import type { ReadOptions } from '../plan-files';

export const INPUT_OPTIONS = ['sheet', 'locale'] as const;

/**
 * The locale as its canonical BCP 47 tag. A tag that is not BCP 47 (de_DE) or names no language
 * the platform has date formats for (xx-YY) is a usage mistake: Intl would quietly read the file
 * in another locale's format instead.
 */
function localeOption(text: string): Result<string> {
  let tag: string | undefined;
  try {
    [tag] = Intl.getCanonicalLocales(text);
  } catch {
    const suggestion = /^[a-z]{2,3}_[a-z]{2}$/i.test(text) ? ` (${text.replace('_', '-')})` : '';
    return fail(`--locale '${text}' is not a BCP 47 language tag; write it as language-REGION, e.g. de-DE or ko-KR${suggestion}.`);
  }
  if (tag === undefined || Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) {
    return fail(`--locale '${text}' is not a locale Plotline knows dates for; give a language it has, e.g. de-DE, ko-KR or ar-EG.`);
  }
  return ok(tag);
}

/** --sheet and --locale as read options; a bad --locale is a Problem for the usage message. */
export function inputOptions(args: ParsedArgs): Result<ReadOptions> {
  const sheet = args.options.get('sheet');
  const localeText = args.options.get('locale');
  const locale = localeText === undefined ? undefined : localeOption(localeText);
  if (locale !== undefined && !locale.ok) return locale;
  return ok({ ...(sheet === undefined ? {} : { sheet }), ...(locale === undefined ? {} : { locale: locale.value }) });
}
