/** MS Project stores priority 0..1000 (500 = medium); people think in five levels. */
export const PRIORITY_LEVELS = ['lowest', 'low', 'medium', 'high', 'highest'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

const LEVEL_VALUE: Record<PriorityLevel, number> = { lowest: 100, low: 300, medium: 500, high: 700, highest: 900 };

export function priorityLevel(priority: number): PriorityLevel {
  if (priority < 200) return 'lowest';
  if (priority < 400) return 'low';
  if (priority < 600) return 'medium';
  if (priority < 800) return 'high';
  return 'highest';
}

export function priorityValue(level: PriorityLevel): number {
  return LEVEL_VALUE[level];
}
