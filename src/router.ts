// Routes of the workbench; each view owns one.
import { createRouter, createWebHashHistory } from 'vue-router';
import LibraryView from './views/LibraryView.vue';

export function createAppRouter() {
  return createRouter({
    // Hash history works from file:// in Electron and from any static server.
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: '/library' },
      { path: '/library', name: 'library', component: LibraryView },
    ],
  });
}
