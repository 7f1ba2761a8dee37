// Renderer entry: Vue with Pinia, the router, messages and Element Plus; the first launch imports the samples. A stored
// workspace of an older schema is offered for backup before the store opens (and Dexie upgrades it).
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { offerBackupBeforeUpgrade } from './components/library/upgradeBackup';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import { useUi } from './stores/ui';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const i18n = createAppI18n(useUi(pinia).locale);
app.use(i18n).use(createAppRouter()).use(ElementPlus);
const t = (key: string, named: Record<string, unknown> = {}) => i18n.global.t(key, named);
void offerBackupBeforeUpgrade(t).finally(() => app.mount('#app'));
