#!/usr/bin/env python3
"""Writes resources/sounds/ok.wav and error.wav: the packing station's scan feedback.

ok: two short rising beeps (accepted). error: three low, harsh buzzes (refused) - different in pitch, length and
rhythm, so a packer with ear defenders or facing away still tells them apart. 16-bit mono PCM, 22.05 kHz, no
dependencies beyond the Python standard library. Re-run after changing a tone; the WAVs are committed.
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, ms, square=False, volume=0.6):
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.004)  # 4 ms ramps: no clicks
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 0.8 if s >= 0 else -0.8
        env = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
        out.append(int(32767 * volume * s * env))
    return out


def silence(ms):
    return [0] * int(RATE * ms / 1000)


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack("<%dh" % len(samples), *samples))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "resources", "sounds")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "ok.wav"), tone(1320, 60) + silence(25) + tone(1760, 90))
    write(os.path.join(out, "error.wav"),
          tone(220, 160, square=True) + silence(70) + tone(220, 160, square=True) + silence(70)
          + tone(185, 260, square=True))


if __name__ == "__main__":
    main()
