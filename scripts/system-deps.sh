#!/usr/bin/env bash
# Installs the Debian packages StretchDesk needs beyond PyPI, only when some are missing.
#
# Qt's xcb plugin names the wrong package when a library is missing, so the list of
# display libraries comes from `ldd libqxcb.so` on PySide6 6.x (the ones a minimal
# Debian image lacks). The rest: libpulse0 for QtMultimedia, speech-dispatcher +
# espeak-ng for QTextToSpeech (espeak-ng-data holds its voices, French among them),
# pulseaudio + sox for the recorded audio tests, xvfb +
# x11 tools for real windows and screenshots, desktop-file-utils + appstream for the
# packaging validators. Reminders: libxss1 for the X11 idle counter (XScreenSaverQueryInfo),
# and for their tests a private session bus (dbus-daemon), a real notification server
# (dunst), real input (xdotool), an XEmbed tray host (trayer; Debian 12 has no
# stalonetray), a small EWMH window manager (herbstluftwm) for full-screen detection and
# gdbus (libglib2.0-bin) to wait for a service to take its bus name; strace for the
# test that watches which files the app opens. Accessibility: the AT-SPI bus and
# registry (at-spi2-core) and a screen reader's client library for Debian's own python3
# (python3-pyatspi), for the test that drives the app as Orca would.
set -euo pipefail

packages=(
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    libpulse0 pulseaudio pulseaudio-utils sox
    libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng espeak-ng-data
    xvfb x11-utils xauth imagemagick libx11-6
    desktop-file-utils appstream
    libxss1 dbus dunst xdotool trayer herbstluftwm libglib2.0-bin strace
    at-spi2-core python3-pyatspi
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "StretchDesk needs these system packages (Debian names): ${missing[*]}" >&2
    echo "Install them with your package manager, then run make again." >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "StretchDesk needs some system packages. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
