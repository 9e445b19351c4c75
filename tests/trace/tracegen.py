"""Writes stk trace files by hand (docs/trace-format.md), for tests of the
reader side (`stk-trace report/export/dump`) that need exact, known figures,
and for damaged files. Independent of the C++ writer on purpose: if the two
disagree about the format, the tests say so.

    t = Trace(meta={"program": "p.py"})
    t.event(0, "tasklet_created", 1, a=0, b=t.s("worker"), c=t.s("p.py:3"))
    t.flush()                  # strings first used so far, then the events
    data = t.bytes(end=(n_events, exit_status))   # or end=None: no End chunk
"""
import struct

MAGIC = b"STKTRACE"
VERSION = 1

CHUNK_EVENTS = 1
CHUNK_STRINGS = 2
CHUNK_META = 3
CHUNK_END = 4
CHUNK_PACKED = 5  # version 2
CHUNK_TICKS = 6  # version 3
EVENT_CHUNKS = (CHUNK_EVENTS, CHUNK_PACKED, CHUNK_TICKS)

# runtime/trace/event.hpp EventKind
KINDS = {
    "tasklet_created": 1, "runnable": 2, "switch": 3, "blocked": 4, "unblocked": 5,
    "transfer": 6, "channel_created": 7, "channel_closed": 8, "tasklet_exit": 9,
    "preempt_tick": 10, "run_start": 11, "run_end": 12, "mark": 13, "gc_start": 14,
    "gc_end": 15, "rename": 16, "channel_label": 17,
}
# SwitchReason
SCHEDULE, BLOCKED, PREEMPTED, FINISHED, RAISED, KILLED, RUN_WAIT, WOKEN, REMOVED, \
    TRANSFER, DEBUGGER = range(1, 12)
SEND, RECEIVE = 1, 2
EXIT_NORMAL, EXIT_EXCEPTION, EXIT_KILLED = 1, 2, 3

EVENT = struct.Struct("<QBBHIIIII")
assert EVENT.size == 32


def chunk(kind, payload):
    return struct.pack("<II", kind, len(payload)) + payload


def header(version=VERSION, flags=0):
    return MAGIC + struct.pack("<HHI", version, flags, 0)


def event_bytes(time_ns, kind, tasklet, detail=0, a=0, b=0, c=0, d=0, reserved=0):
    k = KINDS[kind] if isinstance(kind, str) else kind
    return EVENT.pack(time_ns, k, detail, reserved, tasklet, a, b, c, d)


def varint(v):
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def packed_payload(records):
    """A Packed chunk payload (version 2) for (time, kind, tasklet, detail, a, b, c, d) tuples."""
    base = records[0][0] if records else 0
    out, prev = bytearray(struct.pack("<Q", base)), base
    for time_ns, kind, tasklet, detail, a, b, c, d in records:
        out += bytes([kind, detail]) + varint(time_ns - prev)
        prev = time_ns
        for v in (tasklet, a, b, c, d):
            out += varint(v)
    return bytes(out)


def ticks_payload(records, base=0, rate=1 << 32):
    """A Ticks chunk payload (version 3) for (time, kind, tasklet, detail, a,
    b, c, d) tuples, times in ns since `base`, at `rate` ns per tick (32.32;
    the default, 1 ns per tick, keeps the times exact). A record goes in the
    compact 8-byte form when its fields fit, else in the full form."""
    out, prev = bytearray(struct.pack("<QQ", base, rate)), 0
    for time_ns, kind, tasklet, detail, a, b, c, d in records:
        ticks = ((time_ns - base) << 32) // rate
        step, prev = ticks - prev, ticks
        if step < 4096 and detail < 16 and d < 4 and max(tasklet, a, b, c) < 1024:
            w = (0x80 | d << 5 | kind | detail << 8 | step << 12 | tasklet << 24 | a << 34 | b << 44 | c << 54)
            out += struct.pack("<Q", w)
        else:
            out += bytes([kind, detail]) + varint(step)
            for v in (tasklet, a, b, c, d):
                out += varint(v)
    return bytes(out)


class Trace:
    """`packed`: a version-2 file whose events go in Packed chunks; `ticks`: a
    version-3 file whose events go in Ticks chunks."""

    def __init__(self, meta=None, packed=False, ticks=False):
        self.packed = packed
        self.ticks = ticks
        self.records = []
        self.out = bytearray(header(3 if ticks else 2 if packed else VERSION))
        self.ids = {}
        self.pending_strings = bytearray()
        self.pending_events = bytearray()
        self.count = 0
        if meta:
            payload = bytearray()
            for k, v in meta.items():
                kb, vb = k.encode(), v.encode()
                payload += struct.pack("<I", len(kb)) + kb + struct.pack("<I", len(vb)) + vb
            self.out += chunk(CHUNK_META, bytes(payload))

    def s(self, text):
        """The id of a string, defined in the next strings chunk on first use."""
        if text not in self.ids:
            self.ids[text] = len(self.ids) + 1
            b = text.encode("utf-8")
            self.pending_strings += struct.pack("<II", self.ids[text], len(b)) + b
        return self.ids[text]

    def event(self, time_ns, kind, tasklet, detail=0, a=0, b=0, c=0, d=0):
        self.pending_events += event_bytes(time_ns, kind, tasklet, detail, a, b, c, d)
        self.records.append((time_ns, KINDS[kind] if isinstance(kind, str) else kind, tasklet, detail, a, b, c, d))
        self.count += 1

    def flush(self):
        if self.pending_strings:
            self.out += chunk(CHUNK_STRINGS, bytes(self.pending_strings))
            self.pending_strings = bytearray()
        if self.pending_events:
            if self.ticks:
                self.out += chunk(CHUNK_TICKS, ticks_payload(self.records, base=self.records[0][0]))
            elif self.packed:
                self.out += chunk(CHUNK_PACKED, packed_payload(self.records))
            else:
                self.out += chunk(CHUNK_EVENTS, bytes(self.pending_events))
            self.pending_events = bytearray()
            self.records = []

    def bytes(self, end=True, exit_status=0):
        """The file; `end` False leaves out the End chunk (a trace still being written)."""
        self.flush()
        data = bytearray(self.out)
        if end:
            data += chunk(CHUNK_END, struct.pack("<Qi", self.count, exit_status))
        return bytes(data)


def pingpong(rounds, step=1000, v2=False, v3=False):
    """A hand-made ping-pong of `rounds` rounds, shaped like what the VM records
    for samples/pingpong.py: main (0) creates ping (1) and pong (2) and waits in
    run(); the two bounce a value over channels 1 (to pong) and 2 (to ping).
    Every step takes `step` ns, so the figures are exact. Returns the Trace.
    `v2`: the version-2 shape (packed chunks; the switch carries the block,
    at the Blocked event's time; the times of everything else and the blocked
    figures stay the same). `v3`: the version-2 shape in version-3 Ticks
    chunks."""
    v2 = v2 or v3
    t = Trace(meta={"program": "pingpong.py", "generator": "tracegen.py"}, packed=v2 and not v3, ticks=v3)
    now = [0]

    def ev(kind, tasklet, **kw):
        t.event(now[0], kind, tasklet, **kw)
        now[0] += step

    ev("channel_created", 0, a=1, c=t.s("pingpong.py:5"))
    ev("channel_created", 0, a=2, c=t.s("pingpong.py:6"))
    ev("tasklet_created", 1, a=0, b=t.s("ping"), c=t.s("pingpong.py:24"))
    ev("runnable", 1, a=0)
    ev("tasklet_created", 2, a=0, b=t.s("pong"), c=t.s("pingpong.py:25"))
    ev("runnable", 2, a=0)
    ev("run_start", 0, a=0)
    ev("switch", 1, a=0, detail=RUN_WAIT)
    ping_send = t.s("pingpong.py:13")
    pong_send = t.s("pingpong.py:22")
    for i in range(rounds):
        # ping sends first; nobody receives yet, so ping blocks and pong runs.
        if v2:
            ev("switch", 2, a=1, detail=BLOCKED, b=1, c=ping_send, d=SEND)
            now[0] += step
        else:
            ev("blocked", 1, a=1, detail=SEND, c=ping_send)
            ev("switch", 2, a=1, detail=BLOCKED)
        ev("transfer", 1, a=1, b=2)  # pong takes the value from the blocked ping
        ev("unblocked", 1, a=1)
        ev("runnable", 1, a=2)
        # pong sends back; ping is not receiving yet, so pong blocks.
        if v2:
            ev("switch", 1, a=2, detail=BLOCKED, b=2, c=pong_send, d=SEND)
            now[0] += step
        else:
            ev("blocked", 2, a=2, detail=SEND, c=pong_send)
            ev("switch", 1, a=2, detail=BLOCKED)
        ev("transfer", 2, a=2, b=1)  # ping receives from the blocked pong
        ev("unblocked", 2, a=2)
        ev("runnable", 2, a=1)
    ev("tasklet_exit", 1, detail=EXIT_NORMAL)
    ev("switch", 2, a=1, detail=FINISHED)
    ev("tasklet_exit", 2, detail=EXIT_NORMAL)
    ev("switch", 0, a=2, detail=FINISHED)
    ev("run_end", 0)
    ev("mark", 0, b=t.s("done"))
    return t


def fuzz_seeds():
    """Small hand-made files for tests/fuzz/corpus/trace_reader: name -> bytes."""
    full = pingpong(3).bytes()
    no_end = pingpong(2).bytes(end=False)
    meta_only = Trace(meta={"program": "p.py"}).bytes()
    strings = Trace()
    strings.s("main")
    strings.s("p.py:1")
    strings.event(5, "mark", 0, b=1)
    return {
        "handmade_pingpong.stktrace": full,
        "handmade_pingpong_v2_packed.stktrace": pingpong(3, v2=True).bytes(),
        "handmade_pingpong_v3_ticks.stktrace": pingpong(3, v3=True).bytes(),
        "no_end_chunk.stktrace": no_end,
        "truncated_last_chunk.stktrace": full[: len(full) - 40],
        "header_only.stktrace": header(),
        "meta_only.stktrace": meta_only,
        "strings_and_mark.stktrace": strings.bytes(exit_status=3),
        # An Events chunk with no records (found by the fuzzer: memcpy of 0 bytes to null).
        "empty_events_chunk.stktrace": header() + chunk(CHUNK_EVENTS, b""),
    }


if __name__ == "__main__":
    import os
    import sys

    if len(sys.argv) != 3 or sys.argv[1] != "--seeds":
        sys.exit("usage: tracegen.py --seeds DIR   (writes the fuzz seed traces into DIR)")
    os.makedirs(sys.argv[2], exist_ok=True)
    for name, data in fuzz_seeds().items():
        with open(os.path.join(sys.argv[2], name), "wb") as f:
            f.write(data)
