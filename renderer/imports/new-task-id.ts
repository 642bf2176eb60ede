/** An id for a long call, so its progress events can be told apart and it can be cancelled. */
export function newTaskId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `import-${random}`;
}
