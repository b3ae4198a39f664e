#!/usr/bin/env bash
# Runs a command with Node.js 24 first on PATH (docs/decisions/0007-node-24-from-the-npm-registry.md).
# The machine's own node is used when it is already the major version in .nvmrc; otherwise that version's
# official binary is installed once, from the npm registry's node-<os>-<arch> package (no install script, with
# its headers), into a cache folder, and npm builds native modules against those headers.
#   scripts/node24.sh npm ci
#   scripts/node24.sh npm test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want="$(tr -d ' \nv' <"$root/.nvmrc")"

major_of() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || true; }

system_node="$(command -v node || true)"
if [ -n "$system_node" ] && [ "$(major_of "$system_node")" = "$want" ]; then
  exec "$@"
fi

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "node24: unsupported OS $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "node24: unsupported CPU $(uname -m)" >&2; exit 1 ;; esac
package="node-$os-$arch"
cache="${AMPLIO_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/amplio/node-$want}"
home="$cache/node_modules/$package"

if [ "$(major_of "$home/bin/node")" != "$want" ]; then
  echo "node24: installing Node.js $want ($package) into $cache" >&2
  rm -rf "$cache"
  mkdir -p "$cache"
  # An empty package.json keeps npm from looking for a project above the cache folder.
  echo '{"private":true}' >"$cache/package.json"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "$package@$want" >&2
fi

export PATH="$home/bin:$PATH"
# node-gyp builds native modules (better-sqlite3) against this node's own headers, offline.
export npm_config_nodedir="$home"
exec "$@"
