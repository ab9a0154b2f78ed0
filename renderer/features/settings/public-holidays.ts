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
    return {
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
  });
  return loading;
}

/** The library once loaded (null while it loads). */
export function useHolidayLibrary(): HolidayLibrary | null {
  const [library, setLibrary] = useState<HolidayLibrary | null>(null);
  useEffect(() => {
    let live = true;
    void loadHolidayLibrary().then((loaded) => { if (live) setLibrary(loaded); });
    return () => { live = false; };
  }, []);
  return library;
}

/** Years to fill for a plan from `start` (and its finish, when scheduled): two years of margin for a new plan. */
export function yearsToFill(start: string, finish: string | null): number[] {
  return holidayYears(start, finish, finish === null ? 2 : 1);
}
