// Strings of the native menu and dialogs in both languages. The one exception to "strings live in src/i18n":
// the main process cannot load the window's message bundles. English must have every Chinese key (the type checks it).
import type { Language } from './ipc-contract';

const zhCN = {
  productName: '规划对照台 PlanBench',
  file: '文件',
  importFiles: '导入文件…',
  exportChart: '导出图表…',
  exportReport: '导出报告…',
  backup: '备份工作区…',
  restore: '从备份恢复…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  language: '语言',
  reload: '重新加载',
  forceReload: '强制重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  window: '窗口',
  minimize: '最小化',
  close: '关闭窗口',
  help: '帮助',
  about: '关于规划对照台',
  services: '服务',
  hide: '隐藏规划对照台',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
  importTitle: '导入文件',
  importFilter: '规划文件',
  restoreTitle: '从备份恢复',
  backupFilter: '工作区备份',
  saveTitle: '保存',
  pdfTitle: '导出报告为 PDF',
  pdfFilter: 'PDF 文档',
  aboutDetail: '版本 {version}\nElectron {electron} · Chromium {chrome}\n\n比较地方公共服务规划中的量化目标，完全离线运行。',
  ok: '确定',
};

export type MenuMessages = Record<keyof typeof zhCN, string>;

const en: MenuMessages = {
  productName: '规划对照台 PlanBench',
  file: 'File',
  importFiles: 'Import Files…',
  exportChart: 'Export Chart…',
  exportReport: 'Export Report…',
  backup: 'Back Up Workspace…',
  restore: 'Restore from Backup…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  language: 'Language',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  close: 'Close Window',
  help: 'Help',
  about: 'About PlanBench',
  services: 'Services',
  hide: 'Hide PlanBench',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  importTitle: 'Import files',
  importFilter: 'Plan documents',
  restoreTitle: 'Restore from backup',
  backupFilter: 'Workspace backups',
  saveTitle: 'Save',
  pdfTitle: 'Export report as PDF',
  pdfFilter: 'PDF documents',
  aboutDetail: 'Version {version}\nElectron {electron} · Chromium {chrome}\n\nCompares quantitative targets in regional public-service plans, entirely offline.',
  ok: 'OK',
};

export const MENU_MESSAGES: Record<Language, MenuMessages> = { 'zh-CN': zhCN, en };

/** Names of the languages in their own script, the same in either menu. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** Fills `{name}` placeholders. */
export function format(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
