// electron-builder hook: the app in dist-electron/ is fully bundled (renderer, main.cjs, preload.cjs), so no
// node_modules are installed, rebuilt or copied into app.asar. Resolving to false tells electron-builder so.
module.exports = async function beforeBuild() {
  return false;
};
