#!/usr/bin/env bash
# Installs what kg's build and tests need on a fresh Debian machine with the
# Swift toolchain: libxml2 (headers and xmllint), Graphviz, pkg-config, and the
# Python packages the interoperability tests load graphs with.
set -euo pipefail

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi

missing=()
for pkg in libxml2-dev libxml2-utils graphviz pkg-config python3-pip; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import networkx, igraph, scipy' >/dev/null 2>&1; then
  echo "setup: installing networkx, igraph and scipy for python3" >&2
  python3 -m pip install -q networkx igraph scipy 2>/dev/null \
    || python3 -m pip install -q --break-system-packages networkx igraph scipy
fi
