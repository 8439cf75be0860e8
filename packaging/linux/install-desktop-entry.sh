#!/usr/bin/env bash
# Puts StretchDesk in the desktop's application menu for the current user: the menu entry,
# the software-centre metadata and the icons, under ${XDG_DATA_HOME:-~/.local/share}.
#
#   install-desktop-entry.sh [COMMAND]     install; the menu entry starts COMMAND
#   install-desktop-entry.sh --uninstall   remove what an install put there
#
# COMMAND defaults to the bundle's own `stretchdesk` when this script sits in an unpacked
# desktop bundle (StretchDesk/share/), else to `stretchdesk` on the PATH (a pip install).
set -euo pipefail

APP_ID=io.github.stretchdesk.StretchDesk
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
applications=$data/applications
metainfo=$data/metainfo
hicolor=$data/icons/hicolor

refresh_caches() {
    # Menus and icon themes notice new files by themselves on most desktops; these only
    # make it immediate, so their absence or failure is no reason to stop.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$applications/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml"
    rm -f "$hicolor"/*/apps/"$APP_ID".png "$hicolor"/scalable/apps/"$APP_ID".svg
    refresh_caches
    echo "StretchDesk was removed from the application menu."
    exit 0
fi

command=${1:-}
if [ -z "$command" ]; then
    if [ -x "$here/../stretchdesk" ] && [ -f "$here/../stretchdesk" ]; then
        command=$(cd "$here/.." && pwd)/stretchdesk
    else
        command=$(command -v stretchdesk || true)
    fi
fi
if [ -z "$command" ] || [ ! -x "$command" ]; then
    echo "install-desktop-entry: no stretchdesk command found; name it: $0 /path/to/stretchdesk" >&2
    exit 1
fi
case "$command" in
    /*) ;;
    *) command=$(cd "$(dirname "$command")" && pwd)/$(basename "$command") ;;
esac
case "$command" in
    *[\"\`\$\\%]*)
        echo "install-desktop-entry: the path $command has a character a menu entry cannot hold" >&2
        exit 1 ;;
esac

icons=$here/icons
[ -d "$icons" ] || icons=$here/../icons

mkdir -p "$applications" "$metainfo"
# The shipped entry runs `stretchdesk` from the PATH; point it at COMMAND instead, quoted
# as the Desktop Entry spec asks (the path may hold spaces).
while IFS= read -r line; do
    case "$line" in
        Exec=stretchdesk*) printf 'Exec="%s"%s\n' "$command" "${line#Exec=stretchdesk}" ;;
        TryExec=stretchdesk) printf 'TryExec=%s\n' "$command" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/$APP_ID.desktop" > "$applications/$APP_ID.desktop.new"
mv "$applications/$APP_ID.desktop.new" "$applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"

installed_icons=0
if [ -d "$icons" ]; then
    while IFS= read -r -d '' png; do
        # A PNG's width is the big-endian number at bytes 16-19 (its IHDR chunk).
        width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
        mkdir -p "$hicolor/${width}x${width}/apps"
        cp "$png" "$hicolor/${width}x${width}/apps/$APP_ID.png"
        installed_icons=$((installed_icons + 1))
    done < <(find "$icons" -name '*.png' -print0)
    while IFS= read -r -d '' svg; do
        mkdir -p "$hicolor/scalable/apps"
        cp "$svg" "$hicolor/scalable/apps/$APP_ID.svg"
        installed_icons=$((installed_icons + 1))
    done < <(find "$icons" -name '*.svg' -not -name '*symbolic*' -print0)
fi
refresh_caches
echo "StretchDesk is in the application menu ($installed_icons icons); it starts $command"
