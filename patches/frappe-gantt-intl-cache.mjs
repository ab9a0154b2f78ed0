// frappe-gantt 1.2.2 builds two Intl.DateTimeFormat objects on every date_utils.format() call,
// and formats every header column on every render: thousands of constructions per render.
// Cache one formatter per (language, month style). See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:intl-cache', [
    [
      `const i = new Intl.DateTimeFormat(e, {
      month: "long"
    }), s = new Intl.DateTimeFormat(e, {
      month: "short"
    }),`,
      `const i = plotlineMonthFormat(e, "long") /* plotline:intl-cache */, s = plotlineMonthFormat(e, "short"),`,
    ],
    [
      `const v = "year",`,
      `const plotlineFormats = new Map();
function plotlineMonthFormat(lang, month) {
  const key = lang + "|" + month;
  let f = plotlineFormats.get(key);
  if (!f) plotlineFormats.set(key, (f = new Intl.DateTimeFormat(lang, { month })));
  return f;
}
const v = "year",`,
    ],
  ]);
}
