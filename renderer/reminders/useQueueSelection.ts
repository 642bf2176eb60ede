import { useMemo, useState } from 'react';
import type { QueueItem } from '../../shared/contract/reminders.types';
import { isSelectable, itemKey } from './reminder-labels';

/**
 * The chosen actions of the queue. Only keys still in the queue and still selectable count, so an item that
 * was generated, postponed or got a problem after a reload drops out of the selection by itself.
 */
export function useQueueSelection(items: QueueItem[]) {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const selectedItems = useMemo(
    () => items.filter((item) => isSelectable(item) && keys.has(itemKey(item))),
    [items, keys],
  );
  const selected = useMemo(() => new Set(selectedItems.map(itemKey)), [selectedItems]);

  const toggle = (item: QueueItem) => {
    if (!isSelectable(item)) return;
    setKeys((current) => {
      const next = new Set(current);
      const key = itemKey(item);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  /** Select or clear every selectable item among `shown` (the rows the channel filter leaves visible). */
  const setAll = (shown: QueueItem[], select: boolean) => {
    setKeys((current) => {
      const next = new Set(current);
      for (const item of shown.filter(isSelectable)) {
        if (select) next.add(itemKey(item));
        else next.delete(itemKey(item));
      }
      return next;
    });
  };

  return { selected, selectedItems, toggle, setAll };
}
