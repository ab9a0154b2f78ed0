/**
 * An amount of money as a person types it into a field (Budget, a rate, a risk's cost impact),
 * read exactly or refused with a message naming the field, what was typed and what to type.
 *
 * The grammar is what a spreadsheet user types in an English-locale Excel or MS Project:
 * - digits with an optional decimal point: `25000`, `25000.50`, `.5`;
 * - thousands grouped in threes by commas, spaces or apostrophes, one kind per amount:
 *   `25,000.50`, `25 000`, `1'200`;
 * - the project's currency before or after, as its symbol or its code: `$90`, `USD 90`, `90 USD`;
 * - a leading minus where the field may be negative; spaces around.
 * Refused, never guessed: exponents (`1e6`, which Excel would read but nobody means in a budget),
 * suffixes (`25k`, `2.5M`: Excel does not read them either, and `M` is a thousand to an
 * accountant and a million to everyone else), units (`75/h`), groups not in threes (`1,20`:
 * a decimal comma or a typo?), another currency, and anything above {@link MAX_MONEY}, the bound
 * the import gate holds files to (formats/plan-bounds.ts), so a typed value is always one a file
 * could hold. Files are read by formats/csv/csv-money.ts `parseAmount`, which also takes a decimal
 * comma (`1.200,50`) because a file may come from any locale; a person typing here sees the
 * example in the message instead of a guess.
 */
import { MAX_MONEY } from '../formats/plan-bounds';
import { fail, ok, type Result } from '../model/result';

/** A field amounts are typed into. */
export interface AmountField {
  /** What the field is called where the person sees it ("Budget", "Rate of Ana Lopez"). */
  readonly label: string;
  /** The project's currency code (ISO 4217, "USD"); its symbol and code are accepted around the number. */
  readonly currency: string;
  /** Whether a negative amount means something here (none of today's fields: budgets, rates and impacts are zero or more). */
  readonly canBeNegative?: boolean;
  /** The field's noun for the negative refusal ("a rate cannot be below 0"); defaults to "the amount". */
  readonly noun?: string;
}

/** Same-kind grouping in threes after 1–3 leading digits, or plain digits; then an optional decimal part. */
const NUMBER = /^(?:\d{1,3}(?:([,\u0020\u00a0\u202f'])\d{3}(?:\1\d{3})*)|\d+)?(?:\.\d*)?$/;

/** Symbols a person may type for the currency, as Intl knows them in English ("$" for USD and, narrow, for CAD); none for a code Intl refuses. */
function currencySymbols(currency: string): string[] {
  const symbols: string[] = [];
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    try {
      const part = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay }).formatToParts(0).find((p) => p.type === 'currency');
      if (part && !symbols.includes(part.value)) symbols.push(part.value);
    } catch {
      // Not a code Intl knows: only the code itself is accepted.
    }
  }
  return symbols;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Bare = { readonly kind: 'number'; readonly text: string; readonly isNegative: boolean } | { readonly kind: 'other-currency'; readonly mark: string } | { readonly kind: 'not-amount' };

/** The number's text without the currency mark and minus, or why there is none. */
function stripMarks(text: string, currency: string): Bare {
  const marks = [currency, ...currencySymbols(currency)].sort((a, b) => b.length - a.length).map(escape).join('|');
  const own = new RegExp(`^(-?)\\s*(?:(?:${marks})\\s*)?(-?)\\s*(.*?)\\s*(?:${marks})?$`, 'i');
  const match = own.exec(text);
  const sign = `${match?.[1] ?? ''}${match?.[2] ?? ''}`;
  const rest = match?.[3] ?? '';
  if (match && sign.length <= 1 && /^[\d.]/.test(rest) && /\d$|\.$/.test(rest)) return { kind: 'number', text: rest, isNegative: sign === '-' };
  // A code is upper case ("EUR 90"), so "abc 5" reads as a mistake, not as a currency.
  const foreign = /^-?\s*([A-Z]{3}|[$€£¥₹₩₽¢])\s*-?\s*\d|\d\s*([A-Z]{3}|[$€£¥₹₩₽¢])$/.exec(text);
  const mark = foreign?.[1] ?? foreign?.[2];
  if (mark !== undefined) return { kind: 'other-currency', mark };
  return { kind: 'not-amount' };
}

const grouped = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Reads what a person typed into an amount field. Empty (or only spaces) is `null`: the caller
 * decides whether that clears the value or means zero. A refusal is a message for the person that
 * names the field and what was typed, and shows an amount that would be read.
 */
export function readTypedAmount(typed: string, field: AmountField): Result<number | null> {
  const text = typed.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return ok(null);
  const bare = stripMarks(text, field.currency);
  if (bare.kind === 'other-currency') {
    return fail(`${field.label}: '${typed.trim()}' is not in ${field.currency}; this project's amounts are in ${field.currency}. Type the amount in ${field.currency}, e.g. 25000.`);
  }
  const match = bare.kind === 'number' && bare.text !== '.' ? NUMBER.exec(bare.text) : null;
  if (bare.kind === 'not-amount' || match === null) {
    return fail(`${field.label}: '${typed.trim()}' is not an amount. Type digits, e.g. 25000 or 25,000.50.`);
  }
  const separator = match[1];
  const digits = separator === undefined ? bare.text : bare.text.split(separator).join('');
  const magnitude = Number(digits);
  if (bare.isNegative && magnitude !== 0 && field.canBeNegative !== true) {
    return fail(`${field.label}: '${typed.trim()}' is negative; ${field.noun ?? 'the amount'} cannot be below 0.`);
  }
  if (!Number.isFinite(magnitude) || magnitude > MAX_MONEY) {
    return fail(`${field.label}: '${typed.trim()}' is more than ${grouped(MAX_MONEY)}, the largest amount a plan holds.`);
  }
  return ok(bare.isNegative && magnitude !== 0 ? -magnitude : magnitude);
}
