import { create } from 'zustand';
import type { WorkshopStore } from './workshop-store';

/**
 * The workshop store, once a workshop page has loaded it. The store (its engine, merges and
 * random letters) is a lazy chunk, so the start and question pages do not carry it. Nothing about a
 * workshop can be unsaved before it loads, since only workshop pages write workshops; the
 * not-saved alert and the error page, which every page has, read the store through this.
 */
export const useLoadedWorkshopStore = create<{ store: WorkshopStore | null }>(() => ({
  store: null,
}));
