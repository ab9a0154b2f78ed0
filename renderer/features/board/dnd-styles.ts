/**
 * Keeps dnd-kit's drag styles in the document for the board's whole life instead of per drag.
 *
 * dnd-kit 0.5's StyleInjector prepends <style> elements to <head> when a drag starts and removes
 * them when it ends. Any change to the document's style sheets makes Chromium restyle and lay out
 * every element again ("Style rule change" + "Fonts changed" for all 1,500 layout objects in a
 * trace), and dnd-kit then reads element rectangles several times during the pick-up: on the
 * 2,000-card bench that was most of a ~180 ms pick-up, and again on drop.
 *
 * Registered before Feedback, this plugin takes over StyleInjector.register: the rules go into ONE
 * <style> element written once, so a pick-up only flips attributes on the dragged card. That is
 * only right for rules scoped to drag attributes (Feedback's `[data-dnd-dragging]` …): the plugins
 * with unconditional rules (Cursor's and PreventSelection's `* { … }`) are replaced by board CSS
 * keyed on `.board[data-dragging]` (see BoardView.tsx and board.css).
 */
import { Plugin } from '@dnd-kit/abstract';
import { StyleInjector, type DragDropManager } from '@dnd-kit/dom';

export class PermanentDragStyles extends Plugin<DragDropManager> {
  constructor(manager: DragDropManager) {
    super(manager);
    const injector = manager.registry.plugins.get(StyleInjector);
    if (!injector || typeof document === 'undefined') return;
    const style = document.createElement('style');
    style.dataset['board'] = 'dnd-kit';
    // First in <head>, as dnd-kit places its own, so its @layer has the lowest priority.
    document.head.prepend(style);
    const rules = new Set<string>();
    const write = (): void => { style.textContent = [...rules].join('\n'); };
    injector.register = (cssRules: string) => {
      rules.add(cssRules);
      write();
      return () => { rules.delete(cssRules); write(); };
    };
    const destroy = this.destroy.bind(this);
    this.destroy = () => { style.remove(); destroy(); };
  }
}
