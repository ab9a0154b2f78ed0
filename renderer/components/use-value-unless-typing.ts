/**
 * Shows `value` in an uncontrolled text field whenever it changes, unless the person is typing in
 * that field: an undo or another window's save shows at once, and the field is never remounted to
 * show it (the focus would drop) nor its text replaced under the person's hands. Shared by
 * CommitInput and the charter's CommitField.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useValueUnlessTyping(field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const element = field.current;
    if (element && element.ownerDocument.activeElement !== element) element.value = value;
  }, [field, value]);
}
