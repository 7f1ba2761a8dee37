// Routes of the workbench; each view owns one.
import { createRouter, createWebHashHistory } from 'vue-router';
import CompareView from './views/CompareView.vue';
import DocumentView from './views/DocumentView.vue';
import LibraryView from './views/LibraryView.vue';
import OutcomesView from './views/OutcomesView.vue';
import ReviewView from './views/ReviewView.vue';

export function createAppRouter() {
  return createRouter({
    // Hash history works from file:// in Electron and from any static server.
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: '/compare' },
      { path: '/library', name: 'library', component: LibraryView },
      { path: '/compare', name: 'compare', component: CompareView },
      { path: '/documents/:id', name: 'document', component: DocumentView, props: true },
      { path: '/review', name: 'review', component: ReviewView },
      { path: '/outcomes', name: 'outcomes', component: OutcomesView },
    ],
  });
}
