/** A small argv reader: positional arguments, `--flag`, `--option value` and `--option=value`. */
import { fail, ok, type Result } from '../renderer/domain/model/result';

export interface OptionSpec {
  /** Options that take a value ('--status-date 2026-03-02'); every other option is a flag. */
  readonly valued: readonly string[];
  readonly flags: readonly string[];
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/** Reads argv against the command's options; an unknown option is a Problem naming it. */
export function parseArgs(argv: readonly string[], spec: OptionSpec): Result<ParsedArgs> {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    // A one-letter alias of a valued option ('-o OUT'), when the command declares the letter.
    if (/^-[a-z]$/.test(arg) && spec.valued.includes(arg.slice(1))) {
      const value = argv[++i];
      if (value === undefined || value === '') return fail(`${arg} needs a value.`);
      options.set(arg.slice(1), value);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.valued.includes(name)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return fail(`--${name} needs a value.`);
      options.set(name, value);
    } else if (spec.flags.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      return fail(`Unknown option '${arg}'.`);
    }
  }
  return ok({ positional, options, flags });
}
