/** What a column means for progress (progress-rules.ts), in the words the add and edit forms show. */
import type { ColumnCategory } from '../../domain/model';

export const COLUMN_CATEGORIES: readonly { readonly value: ColumnCategory; readonly label: string }[] = [
  { value: 'not-started', label: 'Not started' },
  { value: 'started', label: 'Started' },
  { value: 'done', label: 'Done' },
];

/** A <select>'s value back as a category; anything else (never offered) is null. */
export function asColumnCategory(value: string): ColumnCategory | null {
  return COLUMN_CATEGORIES.find((c) => c.value === value)?.value ?? null;
}
