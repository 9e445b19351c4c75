"""A minimal DAP client over stdio for the debugger benchmarks (no third-party
packages: the benchmark must run wherever the build runs)."""
import json
import subprocess
import threading
import queue
import time


class DapClient:
    def __init__(self, adapter):
        self.proc = subprocess.Popen([adapter, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.seq = 1
        self.events = queue.Queue()
        self.responses = {}
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                c = out.read(1)
                if not c:
                    self.events.put(None)
                    return
                header += c
            length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
            msg = json.loads(out.read(length))
            if msg["type"] == "event":
                self.events.put((time.perf_counter(), msg))
            elif msg["type"] == "response":
                with self.cond:
                    self.responses[msg["request_seq"]] = msg
                    self.cond.notify_all()

    def send(self, command, arguments=None):
        seq = self.seq
        self.seq += 1
        body = json.dumps({"seq": seq, "type": "request", "command": command, "arguments": arguments or {}}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return seq

    def request(self, command, arguments=None, timeout=30):
        seq = self.send(command, arguments)
        with self.cond:
            self.cond.wait_for(lambda: seq in self.responses, timeout)
            return self.responses.pop(seq)

    def wait_event(self, name, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            item = self.events.get(timeout=max(0.01, deadline - time.time()))
            if item is None:
                raise RuntimeError("adapter closed")
            if item[1]["event"] == name:
                return item
        raise TimeoutError(name)

    def close(self):
        try:
            self.request("disconnect", {"terminateDebuggee": True}, timeout=5)
        except Exception:
            pass
        self.proc.kill()
        self.proc.wait()
