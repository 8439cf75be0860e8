#!/usr/bin/env bash
# Builds what StretchDesk ships, into dist/:
#   dist/stretchdesk-<version>-py3-none-any.whl       the wheel (pip install it)
#   dist/StretchDesk/                                 the desktop bundle (PyInstaller one-dir)
#   dist/StretchDesk-<version>-linux-x86_64.tar.gz    the bundle with its desktop files
# then runs the bundle's own self-test, headless. Usage: scripts/build-dist.sh [--no-tarball]
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
if [ ! -x "$PY" ]; then
    echo "build-dist: $PY is missing; run 'make test' or 'make run' once to create .venv" >&2
    exit 1
fi
tarball=yes
[ "${1:-}" = "--no-tarball" ] && tarball=no

# PyInstaller is a build tool, not something the app or its tests import, so it is added
# to the project's venv only here, and only when it is not there yet.
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing PyInstaller into $(dirname "$(dirname "$PY")")"
    "$PY" -m pip install --quiet "pyinstaller>=6.10,<7"
fi

version=$("$PY" -c "import stretchdesk; print(stretchdesk.__version__)")
started=$(date +%s)

rm -rf dist/StretchDesk dist/stretchdesk-*.whl dist/StretchDesk-*.tar.gz
# The interface's translations (stretchdesk/translations/*.qm) go into both; `make dist`
# has just built them, but this script may be run on its own.
echo "Compiling the translations"
"$PY" -m tools.translations compile
echo "Building the wheel"
"$PY" -m pip wheel --quiet --no-deps --wheel-dir dist . 2>&1 \
    | grep -v -e "^WARNING: Location" >&2 || true
ls dist/stretchdesk-"$version"-*.whl >/dev/null

echo "Building the desktop bundle"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/stretchdesk.spec

# PyInstaller's own strip would break Qt's FFmpeg libraries, but Python's library may
# carry its debug information (pyenv builds do: ~18 MB of the bundle), which nobody needs.
if command -v strip >/dev/null 2>&1; then
    strip --strip-debug dist/StretchDesk/_internal/libpython3*.so*
fi

echo "Checking the bundle"
# From another folder, so nothing can come from the checkout by accident.
(cd /tmp && QT_QPA_PLATFORM=offscreen "$OLDPWD/dist/StretchDesk/stretchdesk" --self-test)

if [ "$tarball" = yes ]; then
    echo "Packing the bundle"
    stage=$(mktemp -d)
    trap 'rm -rf "$stage"' EXIT
    cp -a dist/StretchDesk "$stage/StretchDesk"
    cp packaging/bundle-readme.txt "$stage/StretchDesk/README.txt"
    mkdir -p "$stage/StretchDesk/share"
    cp -a packaging/linux/. "$stage/StretchDesk/share/"
    if [ -d packaging/icons ]; then
        cp -a packaging/icons "$stage/StretchDesk/share/icons"
    fi
    tar -C "$stage" -czf "dist/StretchDesk-$version-linux-x86_64.tar.gz" StretchDesk
fi

echo "Built in $(( $(date +%s) - started )) s:"
du -sh dist/StretchDesk dist/*.whl
[ "$tarball" = no ] || du -sh dist/StretchDesk-*.tar.gz
