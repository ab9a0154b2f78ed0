/**
 * The Cost each task states in an MSPDI file, by UID, and the project summary's (UID 0), in currency
 * units (MSPDI stores hundredths), read with the app's XML parser.
 */
import { parseXml } from '../../../../renderer/domain/formats/xml/xml-parser';
import { child, childrenNamed, childText } from '../../../../renderer/domain/formats/xml/xml-tree';

export function fileCosts(text: string): { tasks: Map<number, number>; project: number | null } {
  const xml = parseXml(text, { maxChars: Number.MAX_SAFE_INTEGER });
  if (!xml.ok) throw new Error(xml.error.message);
  const tasks = new Map<number, number>();
  let project: number | null = null;
  const container = child(xml.value, 'Tasks');
  for (const el of container ? childrenNamed(container, 'Task') : []) {
    const uid = Number(childText(el, 'UID'));
    const cost = childText(el, 'Cost');
    if (cost === undefined || !Number.isFinite(uid)) continue;
    if (uid === 0 && childText(el, 'OutlineLevel') === '0') project = Number(cost) / 100;
    else tasks.set(uid, Number(cost) / 100);
  }
  return { tasks, project };
}
