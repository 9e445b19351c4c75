// A minimal DAP peer over raw bytes, for what DebugClient cannot send:
// broken headers, broken JSON, requests with wrong arguments, a client that
// just goes away. Works on a child's stdio or on a TCP socket.
import { spawn } from 'node:child_process';
import { withTimeout } from './helpers.mjs';

export class RawClient {
  constructor(readable, writable) {
    this.writable = writable;
    this.messages = [];
    this.waiters = [];
    this.buf = Buffer.alloc(0);
    readable.on('data', (d) => this.#onData(d));
    this.seq = 1;
  }

  static spawn(bin, args = ['--stdio']) {
    const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = new RawClient(child.stdout, child.stdin);
    c.child = child;
    c.stderr = '';
    child.stderr.on('data', (d) => (c.stderr += d));
    return c;
  }

  #onData(d) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = this.buf.subarray(0, end).toString().match(/Content-Length: (\d+)/);
      const len = Number(m[1]);
      if (this.buf.length < end + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(end + 4, end + 4 + len).toString());
      this.buf = this.buf.subarray(end + 4 + len);
      this.messages.push(msg);
      this.waiters = this.waiters.filter((w) => !(w.pred(msg) && (w.resolve(msg), true)));
    }
  }

  writeRaw(text) {
    this.writable.write(text);
  }

  writeFrame(body) {
    this.writable.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(command, args) {
    const seq = this.seq++;
    const m = { seq, type: 'request', command };
    if (args !== undefined) m.arguments = args;
    this.writeFrame(JSON.stringify(m));
    return this.waitFor((x) => x.type === 'response' && x.request_seq === seq, `the response to ${command}`);
  }

  waitFor(pred, what = 'a message', ms = 10000) {
    const seen = this.messages.find(pred);
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise((resolve) => this.waiters.push({ pred, resolve })), ms, what);
  }

  event(name) {
    return this.waitFor((m) => m.type === 'event' && m.event === name, `the '${name}' event`);
  }
}
