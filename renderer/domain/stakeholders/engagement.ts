/**
 * The power / interest grid (Mendelow's matrix) and the engagement gap. Scores are 1..5; 3 and
 * above count as high, so a middling stakeholder lands in a quadrant that keeps them in view
 * rather than in "monitor".
 */
import { ENGAGEMENT_LEVELS, type EngagementLevel, type Stakeholder } from '../model/stakeholders';

export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

export const QUADRANT_LABELS: Readonly<Record<Quadrant, string>> = {
  'manage-closely': 'Manage closely', 'keep-satisfied': 'Keep satisfied', 'keep-informed': 'Keep informed', monitor: 'Monitor',
};

export const HIGH_SCORE = 3;

export interface Scores {
  readonly influence: number;
  readonly interest: number;
}

/** Which quadrant a pair of scores falls in. */
export function quadrantOf(scores: Scores): Quadrant {
  const isPowerful = scores.influence >= HIGH_SCORE;
  const isInterested = scores.interest >= HIGH_SCORE;
  if (isPowerful) return isInterested ? 'manage-closely' : 'keep-satisfied';
  return isInterested ? 'keep-informed' : 'monitor';
}

/** A score kept within 1..5 and whole. */
export function clampScore(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

/**
 * Arrow keys on a focused chip: up/down change influence (the vertical axis), right/left
 * interest (the horizontal one). Null for any other key, or when the chip is already at the edge.
 */
export function nudgeScores(scores: Scores, key: string): Scores | null {
  const step = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] }[key];
  if (!step) return null;
  const next = { influence: clampScore(scores.influence + (step[0] ?? 0)), interest: clampScore(scores.interest + (step[1] ?? 0)) };
  return next.influence === scores.influence && next.interest === scores.interest ? null : next;
}

/**
 * The scores under a point of the grid: the grid is 5 x 5 cells, interest 1..5 left to right,
 * influence 5..1 top to bottom. `x`, `y` are relative to the grid's top-left corner; a point
 * outside is clamped to the nearest cell, so a drop just past the edge still lands.
 */
export function scoresAtPoint(x: number, y: number, width: number, height: number): Scores {
  const column = Math.floor((x / width) * 5);
  const row = Math.floor((y / height) * 5);
  return { interest: clampScore(column + 1), influence: clampScore(5 - row) };
}

/**
 * How many levels a stakeholder must move from current to desired engagement: positive = must be
 * brought up (resistant -> supportive is 2), negative = more engaged than needed, null = not assessed.
 */
export function engagementGap(s: Pick<Stakeholder, 'currentEngagement' | 'desiredEngagement'>): number | null {
  if (!s.currentEngagement || !s.desiredEngagement) return null;
  return ENGAGEMENT_LEVELS.indexOf(s.desiredEngagement) - ENGAGEMENT_LEVELS.indexOf(s.currentEngagement);
}

/** "resistant → supportive (+2)", or '' when there is no gap to close. */
export function describeGap(s: Pick<Stakeholder, 'currentEngagement' | 'desiredEngagement'>): string {
  const gap = engagementGap(s);
  if (gap === null || gap === 0) return '';
  return `${s.currentEngagement ?? ''} → ${s.desiredEngagement ?? ''} (${gap > 0 ? '+' : ''}${String(gap)})`;
}

export function isEngagementLevel(value: string): value is EngagementLevel {
  return (ENGAGEMENT_LEVELS as readonly string[]).includes(value);
}
