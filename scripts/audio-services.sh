#!/usr/bin/env bash
# Starts the sound services the audio tests need, and leaves running ones alone.
#
# - PulseAudio (started as a per-user daemon if none answers; root works too), with a
#   null sink "stretchdesk_null" as the default sink: whatever StretchDesk plays ends
#   up on its monitor, where the tests record it with parec.
# - module-suspend-on-idle unloaded, so the sink never sleeps between cues (a sleeping
#   sink would delay the first sound the tests measure).
# - speech-dispatcher with the espeak-ng module, speaking through PulseAudio.
#
# Safe to run again and again. Prints the monitor source to record (one line on stdout);
# everything else goes to stderr. Exits non-zero, saying why, if a part cannot start.
set -euo pipefail

SINK=stretchdesk_null
RATE=44100
STATE_DIR="${XDG_RUNTIME_DIR:-/tmp}/stretchdesk-audio-$(id -u)"

say() { echo "audio-services: $*" >&2; }

for tool in pulseaudio pactl parec spd-say; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        say "$tool is missing; run scripts/system-deps.sh (Debian: pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)"
        exit 1
    fi
done

server_up() { pactl info >/dev/null 2>&1; }

if ! server_up; then
    mkdir -p "$STATE_DIR"
    # Our own start-up script instead of default.pa: no hardware probing (there may be
    # no sound card at all), anonymous access on the usual per-user socket, null sink.
    cat >"$STATE_DIR/server.pa" <<EOF
load-module module-native-protocol-unix auth-anonymous=1
load-module module-null-sink sink_name=$SINK rate=$RATE channels=2 sink_properties=device.description=StretchDesk_null_sink
set-default-sink $SINK
EOF
    # --exit-idle-time=-1: never quit between test runs; -n -F: only our script above.
    # As root PulseAudio warns that it is meant for users, and runs all the same.
    pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit=yes -n -F "$STATE_DIR/server.pa" \
        --log-target="file:$STATE_DIR/pulseaudio.log" 2>/dev/null || true
    for _ in $(seq 1 50); do
        server_up && break
        sleep 0.1
    done
    if ! server_up; then
        say "PulseAudio did not start; see $STATE_DIR/pulseaudio.log"
        exit 1
    fi
    say "started PulseAudio ($(pactl info | sed -n 's/^Server String: //p'))"
fi

if ! pactl list short sinks | awk '{print $2}' | grep -qx "$SINK"; then
    pactl load-module module-null-sink sink_name="$SINK" rate="$RATE" channels=2 \
        sink_properties=device.description=StretchDesk_null_sink >/dev/null
    say "loaded the null sink $SINK"
fi
pactl set-default-sink "$SINK"
if pactl list short modules | awk '{print $2}' | grep -qx module-suspend-on-idle; then
    pactl unload-module module-suspend-on-idle
    say "unloaded module-suspend-on-idle"
fi

# speech-dispatcher: one that is started on demand quits when idle, and now and then
# hangs while quitting, still holding its socket, so every client then hangs too. Start
# one that never quits (-t 0), after clearing away one that no longer answers.
speechd_state() {
    python3 - <<'PY'
import os, socket, sys
runtime = os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.cache")
path = os.path.join(runtime, "speech-dispatcher", "speechd.sock")
if not os.path.exists(path):
    print("absent"); sys.exit()
try:
    with socket.socket(socket.AF_UNIX) as conn:
        conn.settimeout(2.0)
        conn.connect(path)
        conn.sendall(b"SET self CLIENT_NAME probe:stretchdesk:services\r\n")
        print("answers" if conn.recv(64).startswith(b"2") else "silent")
        conn.sendall(b"QUIT\r\n")
except ConnectionRefusedError:
    print("absent")
except OSError:
    print("silent")
PY
}
SPEECHD_DIR="${XDG_RUNTIME_DIR:-$HOME/.cache}/speech-dispatcher"

replace_speechd() {
    pid=$(cat "$SPEECHD_DIR/pid/speech-dispatcher.pid" 2>/dev/null || true)
    say "speech-dispatcher${pid:+ (pid $pid)} $1; replacing it"
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    rm -f "$SPEECHD_DIR/speechd.sock"
}

start_speechd() {
    speech-dispatcher --run-daemon --timeout 0 >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do
        [ "$(speechd_state)" = answers ] && break
        sleep 0.1
    done
    say "started speech-dispatcher"
}

# Saying one short word proves that the espeak-ng module loads and reaches PulseAudio.
speaks() {
    timeout 20 spd-say --wait --output-module espeak-ng --volume -50 "ready" >/dev/null 2>&1
}

state=$(speechd_state)
if [ "$state" = silent ]; then
    replace_speechd "holds its socket but does not answer"
    state=absent
fi
[ "$state" = absent ] && start_speechd
if ! speaks; then
    # A long-running dispatcher can lose its output modules (one killed, PulseAudio
    # restarted under it): a fresh one loads them again.
    replace_speechd "answers but no longer speaks"
    start_speechd
    if ! speaks; then
        say "speech-dispatcher with espeak-ng does not speak (is speech-dispatcher-espeak-ng installed?)"
        exit 1
    fi
fi

echo "$SINK.monitor"
