/**
 * WCAG 2.x contrast for tests: the app's own measure (renderer/features/shared/contrast.ts), which
 * the phase chips also use to choose their text colour.
 */
export { contrastRatio, relativeLuminance } from '../../renderer/features/shared/contrast';
