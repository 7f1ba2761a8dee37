// The overview's choices, kept across domain tabs and views: the order of the dots and the province and plan-kind filters.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { OverviewOrder } from '../core/compare/overview';
import type { DocumentKind } from '../core/types';

export const useOverview = defineStore('overview', () => {
  /** High to low first: each dot plot then reads as a falling curve with the benchmark across it. */
  const order = ref<OverviewOrder>('value-desc');
  /** Short province names (NO_PROVINCE for unknown); empty: every province. */
  const provinces = ref<string[]>([]);
  /** Empty: every plan kind. */
  const kinds = ref<DocumentKind[]>([]);
  return { order, provinces, kinds };
});
