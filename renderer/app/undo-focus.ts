/**
 * Undo and redo by keyboard keep the keyboard on the task it was on. They re-render what they
 * change, and a board card moved back to its column is a new element: the focus fell to the page,
 * and the next arrow key scrolled it instead of moving on from the card.
 */
export async function keepingTaskFocus(run: () => Promise<unknown>): Promise<void> {
  const focused = document.activeElement;
  const taskId = focused instanceof HTMLElement ? focused.closest<HTMLElement>('[data-task-id]')?.dataset['taskId'] : undefined;
  await run();
  if (taskId === undefined) return;
  // After the frame that shows the change: only then is the task's new element in the document.
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now !== null && now !== document.body && now.isConnected) return;
    document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(taskId)}"]`)?.focus();
  });
}
