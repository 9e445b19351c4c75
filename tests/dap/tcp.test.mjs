// Over TCP: `stk-dap --listen 127.0.0.1:0` serving DebugClient sessions one
// after another, and `stk run --dap-listen` making a running program
// attachable (directly, and through stk-dap's `attach`). DebugClient
// disables its own timeouts on sockets, so every wait here has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {
  DebugClient, STK, STK_DAP, fixture, line, startAndWaitFor, stdioClient, withTimeout, until, exitOf,
  collectOutput, hitBreakpoint,
} from './helpers.mjs';
import { RawClient } from './raw_client.mjs';

const PC = fixture('producer_consumer.py');
const TICKERS = fixture('tickers.py');
const LOOP = fixture('loop.py');

async function tcpClient(port) {
  const dc = new DebugClient(STK_DAP, '--stdio', 'stk');
  await withTimeout(dc.start(port), 5000, 'connect');
  return dc;
}

test('stk-dap --listen serves clients one after another', { timeout: 40000 }, async () => {
  const { child, match } = await startAndWaitFor(STK_DAP, ['--listen', '127.0.0.1:0'], /listening on 127\.0\.0\.1:(\d+)/);
  const port = Number(match[1]);
  try {
    for (let round = 0; round < 2; round++) {
      const dc = await tcpClient(port);
      await withTimeout(
        hitBreakpoint(dc, { program: PC }, { path: PC, line: line(PC, 'total') }),
        15000,
        'the breakpoint over TCP',
      );
      const { threads } = (await withTimeout(dc.threadsRequest(), 5000, 'threads')).body;
      assert.ok(threads.length >= 3);
      await withTimeout(dc.disconnectRequest({ terminateDebuggee: true }), 5000, 'disconnect');
      dc.stopAdapter();
    }
  } finally {
    child.kill();
  }
});

test('a malformed header over TCP closes that connection only', { timeout: 20000 }, async () => {
  const { child, match } = await startAndWaitFor(STK_DAP, ['--listen', '127.0.0.1:0'], /listening on 127\.0\.0\.1:(\d+)/);
  const port = Number(match[1]);
  try {
    const sock = net.createConnection(port, '127.0.0.1');
    await new Promise((r) => sock.on('connect', r));
    let said = '';
    sock.on('data', (d) => (said += d));  // a paused socket would never see its end
    const closed = new Promise((r) => sock.on('close', r));
    sock.write('Content-Length: lots\r\n\r\n');
    await withTimeout(closed, 5000, 'the server to close the bad connection');
    assert.match(said, /protocol error: malformed Content-Length/);
    // The server still serves the next client.
    const sock2 = net.createConnection(port, '127.0.0.1');
    await new Promise((r) => sock2.on('connect', r));
    const c = new RawClient(sock2, sock2);
    const r = await c.request('initialize', { adapterID: 'stk' });
    assert.equal(r.success, true);
    sock2.destroy();
  } finally {
    child.kill();
  }
});

test('stk run --dap-listen: attach through stk-dap, break, detach, the program runs on', { timeout: 40000 }, async () => {
  const run = await startAndWaitFor(STK, ['run', '--dap-listen', '127.0.0.1:0', TICKERS],
    /debugger listening on 127\.0\.0\.1:(\d+)/);
  const port = Number(run.match[1]);
  try {
    await until(() => /alpha/.test(run.stdout()), 10000, 'the program to print on its own');
    const dc = await stdioClient();
    const initialized = dc.waitForEvent('initialized');
    await dc.initializeRequest();
    await dc.attachRequest({ host: '127.0.0.1', port });
    await initialized;
    const stopped = dc.waitForEvent('stopped');
    await dc.setBreakpointsRequest({
      source: { path: TICKERS },
      breakpoints: [{ line: line(TICKERS, 'tick'), condition: 'name == "beta"' }],
    });
    await dc.configurationDoneRequest();
    const e = await stopped;
    assert.equal(e.body.reason, 'breakpoint');
    const frames = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames;
    const name = await dc.evaluateRequest({ expression: 'name', frameId: frames[0].id, context: 'watch' });
    assert.equal(name.body.result, "'beta'");
    // Detach: breakpoints go, the program goes on printing.
    await dc.disconnectRequest({ terminateDebuggee: false });
    dc.stopAdapter();
    const before = run.stdout().length;
    await until(() => run.stdout().length > before + 20, 10000, 'the program to run on after detach');
    assert.equal(run.child.exitCode, null);
  } finally {
    run.child.kill();
  }
});

test('stk run --dap-listen --wait-for-client holds the program for the first client', { timeout: 40000 }, async () => {
  const run = await startAndWaitFor(STK, ['run', '--dap-listen', '127.0.0.1:0', '--wait-for-client', LOOP],
    /debugger listening on 127\.0\.0\.1:(\d+) \(waiting for a client\)/);
  const port = Number(run.match[1]);
  try {
    const dc = await tcpClient(port);
    const out = collectOutput(dc, 'stdout');
    const initialized = dc.waitForEvent('initialized', 5000);
    await withTimeout(dc.initializeRequest(), 5000, 'initialize');
    await withTimeout(dc.attachRequest({}), 5000, 'attach');
    await initialized;
    await withTimeout(dc.setBreakpointsRequest({
      source: { path: LOOP }, breakpoints: [{ line: line(LOOP, 'body') }],
    }), 5000, 'setBreakpoints');
    const stopped = dc.waitForEvent('stopped', 10000);
    await withTimeout(dc.configurationDoneRequest(), 5000, 'configurationDone');
    const e = await stopped;
    const frame = (await withTimeout(dc.stackTraceRequest({ threadId: e.body.threadId }), 5000, 'stackTrace'))
      .body.stackFrames[0];
    const i = await withTimeout(dc.evaluateRequest({ expression: 'i', frameId: frame.id, context: 'watch' }), 5000, 'eval');
    assert.equal(i.body.result, '0', 'held before its first loop iteration');
    await withTimeout(dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] }), 5000, 'clear');
    const exited = dc.waitForEvent('exited', 10000);
    await withTimeout(dc.continueRequest({ threadId: e.body.threadId }), 5000, 'continue');
    assert.equal((await exited).body.exitCode, 0);
    assert.match(out.text + run.stdout(), /total 45/);
    dc.stopAdapter();
    assert.deepEqual(await exitOf(run.child), { code: 0, signal: null });
  } finally {
    run.child.kill();
  }
});

test('stk run --dap-listen refuses a non-loopback address without --allow-remote', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK, ['run', '--dap-listen', '0.0.0.0:0', LOOP]);
  const { code } = await exitOf(c.child);
  assert.equal(code, 2);
  assert.match(c.stderr, /--allow-remote/);
});
