/**
 * The one doorway to the date-holidays package (an offline, maintained dataset of public holidays
 * for about 200 countries and their regions). It is loaded on first use, so the app starts
 * without its data; the mapping to calendar exceptions is the domain's (publicHolidayExceptions).
 */
import { useEffect, useState } from 'react';
import { holidayYears, publicHolidayExceptions } from '../../domain/calendar';
import type { CalendarException } from '../../domain/model';

export interface HolidayRegion {
  /** 'US', 'GB-ENG': country, then an optional state or region, as date-holidays names them. */
  readonly code: string;
  readonly name: string;
}

export interface HolidayLibrary {
  readonly countries: readonly HolidayRegion[];
  /** A country's states or regions (empty when it has none). */
  regionsOf(country: string): HolidayRegion[];
  /** The public holidays of a region in those years, as non-working exceptions. */
  holidays(region: string, years: readonly number[]): CalendarException[];
  /** "United Kingdom — England" for 'GB-ENG'. */
  describe(region: string): string;
}

let loading: Promise<HolidayLibrary> | null = null;
/** The library once loaded: a dialog opened after that shows its lists in its first frame. */
let loaded: HolidayLibrary | null = null;

export function loadHolidayLibrary(): Promise<HolidayLibrary> {
  loading ??= import('date-holidays').then(({ default: Holidays }) => {
    const catalogue = new Holidays();
    const countryNames = catalogue.getCountries('en');
    const countries = Object.entries(countryNames)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const regionsOf = (country: string): HolidayRegion[] => Object.entries(catalogue.getStates(country, 'en') ?? {})
      .map(([code, name]) => ({ code: `${country}-${code}`, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    loaded = {
      countries,
      regionsOf,
      holidays: (region, years) => {
        const [country = '', state] = region.split('-');
        const source = state === undefined ? new Holidays(country) : new Holidays(country, state);
        return publicHolidayExceptions(years.flatMap((year) => source.getHolidays(year, 'en')));
      },
      describe: (region) => {
        const [country = '', state] = region.split('-');
        const countryName = countryNames[country] ?? country;
        const stateName = state === undefined ? undefined : regionsOf(country).find((r) => r.code === region)?.name;
        return stateName === undefined ? countryName : `${countryName} — ${stateName}`;
      },
    };
    return loaded;
  });
  return loading;
}

/**
 * Starts loading the library on the way to a dialog that lists its countries (the pointer over
 * New project, or the keyboard on it): the dataset (about 1.4 MB of script) is read while the
 * person clicks, and the Country list is there when the dialog opens. Opened cold, it said
 * "Loading…" for about 0.6 s (a new user's first dialog, December 2026).
 */
export function loadHolidayLibrarySoon(): void {
  void loadHolidayLibrary();
}

/** Props for a button that opens such a dialog: hovering or focusing it starts the load. */
export const LOADS_HOLIDAYS_ON_INTENT = { onPointerEnter: loadHolidayLibrarySoon, onFocus: loadHolidayLibrarySoon } as const;

/** The library once loaded (null while it loads). */
export function useHolidayLibrary(): HolidayLibrary | null {
  const [library, setLibrary] = useState<HolidayLibrary | null>(() => loaded);
  useEffect(() => {
    if (library) return undefined;
    let live = true;
    void loadHolidayLibrary().then((ready) => { if (live) setLibrary(ready); });
    return () => { live = false; };
  }, [library]);
  return library;
}

/** Years to fill for a plan from `start` (and its finish, when scheduled): two years of margin for a new plan. */
export function yearsToFill(start: string, finish: string | null): number[] {
  return holidayYears(start, finish, finish === null ? 2 : 1);
}
