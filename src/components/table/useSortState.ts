// Shared by the workbench's sortable tables (Outcomes' met matrix and plan table, Compare's gap table).
// A table's sort state: which column and which way. A click on the sorted column turns it round; a click on another
// column sorts by it, ascending. `ariaSort` gives each header the value screen readers announce.
import { ref, type Ref } from 'vue';

export type AriaSort = 'ascending' | 'descending' | 'none';

/** The `aria-sort` of a column header: none unless it is the sorted column. */
export function ariaSortOf(sorted: boolean, descending: boolean): AriaSort {
  if (!sorted) return 'none';
  return descending ? 'descending' : 'ascending';
}

export interface SortState<K extends string> {
  readonly sortKey: Ref<K>;
  readonly descending: Ref<boolean>;
  sortBy(key: K): void;
  ariaSort(key: K): AriaSort;
  /** An ascending comparison's result turned round when the sort is descending. */
  directed(order: number): number;
}

export function useSortState<K extends string>(initial: K): SortState<K> {
  const sortKey = ref(initial) as Ref<K>;
  const descending = ref(false);
  return {
    sortKey,
    descending,
    sortBy(key) {
      if (sortKey.value === key) descending.value = !descending.value;
      else {
        sortKey.value = key;
        descending.value = false;
      }
    },
    ariaSort: (key) => ariaSortOf(sortKey.value === key, descending.value),
    directed: (order) => (descending.value ? -order : order),
  };
}
