// Bad input never crashes or hangs stk-dap: broken JSON, unknown commands,
// missing or mistyped arguments and requests in the wrong state get error
// responses; a broken header is logged and the connection closed cleanly;
// a client that disconnects or vanishes mid-run ends the debuggee.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STK_DAP, fixture, exitOf } from './helpers.mjs';
import { RawClient } from './raw_client.mjs';

const TICKERS = fixture('tickers.py');

async function finish(c) {
  c.writable.end();
  return exitOf(c.child);
}

test('broken JSON gets an error response and the session goes on', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  c.writeFrame('{"seq": 1, "type": "request", "command": ');
  const err = await c.waitFor((m) => m.type === 'response' && !m.success);
  assert.match(err.message, /not valid JSON/);
  c.writeFrame('[1, 2, 3]');
  const err2 = await c.waitFor((m) => m.type === 'response' && !m.success && /object/.test(m.message));
  assert.equal(err2.body.error.id, 1001);
  const init = await c.request('initialize', { adapterID: 'stk' });
  assert.equal(init.success, true);
  assert.deepEqual(await finish(c), { code: 0, signal: null });
});

test('unknown commands, bad arguments and wrong states are refused clearly', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  const early = await c.request('threads');
  assert.equal(early.success, false);
  assert.match(early.message, /before 'initialize'/);
  await c.request('initialize', { adapterID: 'stk' });
  const again = await c.request('initialize', { adapterID: 'stk' });
  assert.match(again.message, /already/);
  const unknown = await c.request('frobnicate', {});
  assert.equal(unknown.message, "unknown request 'frobnicate'");
  assert.equal(unknown.body.error.id, 1002);
  const noProgram = await c.request('stackTrace', { threadId: 1 });
  assert.match(noProgram.message, /send 'launch' or 'attach' first/);
  const missing = await c.request('launch', {});
  assert.equal(missing.message, "missing argument 'program'");
  const typed = await c.request('launch', { program: 42 });
  assert.equal(typed.message, "'program' must be a string");
  const mode = await c.request('launch', { program: TICKERS, stopMode: 'some' });
  assert.match(mode.message, /stopMode/);
  const nofile = await c.request('launch', { program: '/nonexistent/prog.py' });
  assert.equal(nofile.success, false);
  assert.match(nofile.message, /prog\.py/);
  const args = await c.writeFrame('{"seq": 99, "type": "request", "command": "launch", "arguments": 5}');
  void args;
  const bad = await c.waitFor((m) => m.type === 'response' && m.request_seq === 99);
  assert.match(bad.message, /'arguments' must be an object/);
  assert.deepEqual(await finish(c), { code: 0, signal: null });
});

test('bad arguments after launch: thread ids, handles', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  await c.request('initialize', { adapterID: 'stk' });
  await c.request('launch', { program: TICKERS, stopOnEntry: true });
  await c.request('configurationDone');
  await c.event('stopped');
  const zero = await c.request('stackTrace', { threadId: 0 });
  assert.match(zero.message, /names no tasklet/);
  const str = await c.request('stackTrace', { threadId: 'one' });
  assert.equal(str.message, "'threadId' must be an integer");
  const nope = await c.request('stackTrace', { threadId: 4000 });
  assert.equal(nope.success, false);
  const handle = await c.request('variables', { variablesReference: 77777 });
  assert.match(handle.message, /never handed out/);
  const neg = await c.request('variables', { variablesReference: -3 });
  assert.equal(neg.success, false);
  const ok = await c.request('disconnect', {});
  assert.equal(ok.success, true);
  assert.deepEqual(await exitOf(c.child), { code: 0, signal: null });
});

test('a malformed header is logged and the connection closed cleanly', { timeout: 20000 }, async () => {
  for (const garbage of ['Content-Length: abc\r\n\r\n{}', 'hello\r\n\r\n', 'Content-Type: x\r\n\r\n{}']) {
    const c = RawClient.spawn(STK_DAP);
    c.writeRaw(garbage);
    const { code, signal } = await exitOf(c.child);
    assert.equal(signal, null);
    assert.equal(code, 1);
    assert.match(c.stderr, /stk-dap: protocol error: .*; closing the connection/);
  }
});

test('a stream that ends inside a message is not a crash', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  c.writeRaw('Content-Length: 100\r\n\r\n{"seq":');
  c.writable.end();
  const { signal } = await exitOf(c.child);
  assert.equal(signal, null);
});

test('disconnect mid-run ends the program and the adapter', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  await c.request('initialize', { adapterID: 'stk' });
  await c.request('launch', { program: TICKERS });
  await c.request('configurationDone');
  await c.waitFor((m) => m.type === 'event' && m.event === 'output' && /alpha/.test(m.body.output));
  const r = await c.request('disconnect', { terminateDebuggee: true });
  assert.equal(r.success, true);
  assert.deepEqual(await exitOf(c.child), { code: 0, signal: null });
});

test('a client that vanishes mid-run ends the program cleanly', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  await c.request('initialize', { adapterID: 'stk' });
  await c.request('launch', { program: TICKERS });
  await c.request('configurationDone');
  await c.waitFor((m) => m.type === 'event' && m.event === 'output' && /beta/.test(m.body.output));
  c.writable.end();
  c.child.stdout.destroy();
  const { code, signal } = await exitOf(c.child);
  assert.equal(signal, null);
  assert.equal(code, 0);
});

test('terminate ends the program with exited and terminated', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  await c.request('initialize', { adapterID: 'stk' });
  await c.request('launch', { program: TICKERS });
  await c.request('configurationDone');
  await c.waitFor((m) => m.type === 'event' && m.event === 'output');
  const r = await c.request('terminate', {});
  assert.equal(r.success, true);
  await c.event('terminated');
  await c.request('disconnect', {});
  assert.deepEqual(await exitOf(c.child), { code: 0, signal: null });
});

test('usage errors exit 2 with one line', { timeout: 20000 }, async () => {
  for (const args of [['--bogus'], ['--listen', 'nonsense'], ['--listen', '10.1.2.3:4711']]) {
    const c = RawClient.spawn(STK_DAP, args);
    const { code, signal } = await exitOf(c.child);
    assert.equal(signal, null);
    assert.equal(code, 2, `${args}: ${c.stderr}`);
    assert.match(c.stderr, /^stk-dap: error: .+\n$/);
  }
});

test('deeply nested JSON is refused, not a crash', { timeout: 20000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  c.writeFrame(`{"seq":1,"type":"request","command":"threads","arguments":{"a":${deep}}}`);
  const err = await c.waitFor((m) => m.type === 'response' && !m.success);
  assert.match(err.message, /nests deeper/);
  assert.equal((await c.request('initialize', { adapterID: 'stk' })).success, true);
  assert.deepEqual(await finish(c), { code: 0, signal: null });
});

test('every request answers garbage arguments with an error, never a crash', { timeout: 60000 }, async () => {
  const c = RawClient.spawn(STK_DAP);
  await c.request('initialize', { adapterID: 'stk' });
  await c.request('launch', { program: TICKERS, stopOnEntry: true });
  await c.request('configurationDone');
  await c.event('stopped');
  const commands = [
    'launch', 'attach', 'configurationDone', 'setBreakpoints', 'setFunctionBreakpoints', 'setExceptionBreakpoints',
    'continue', 'next', 'stepIn', 'stepOut', 'pause', 'terminateThreads', 'threads', 'stackTrace', 'scopes',
    'variables', 'setVariable', 'evaluate', 'exceptionInfo', 'loadedSources', 'source', 'stk/tasklets',
    'stk/channels', 'stk/pauseTasklet', 'stk/resumeTasklet', 'stk/stepTasklet', 'stk/snapshotTasklet',
  ];
  const junk = [null, -1, 0, 2 ** 31, 2 ** 53, 1.5, '', 'x', [], {}, [1, 'a'], { a: 1 }, true];
  const keys = ['threadId', 'frameId', 'variablesReference', 'source', 'breakpoints', 'filters', 'expression',
    'name', 'value', 'start', 'count', 'levels', 'startFrame', 'threadIds', 'kind', 'path', 'host', 'port',
    'program', 'args', 'env', 'stopMode', 'sourceReference', 'context', 'singleThread', 'filterOptions'];
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < 400; i++) {
    const command = commands[rand(commands.length)];
    if (command === 'launch' || command === 'attach' || command === 'continue' || command === 'next' ||
        command === 'stepIn' || command === 'stepOut' || command === 'terminateThreads') {
      // Keep the program stopped and alive: only broken shapes for these.
      const r = await c.request(command, { threadId: junk[7 + rand(6)] });
      assert.equal(typeof r.success, 'boolean');
      continue;
    }
    const args = {};
    for (let k = rand(4); k > 0; k--) args[keys[rand(keys.length)]] = junk[rand(junk.length)];
    const r = await c.request(command, args);
    assert.equal(typeof r.success, 'boolean', `${command} ${JSON.stringify(args)}`);
    if (!r.success) assert.ok(r.message && r.message.length > 0);
  }
  assert.equal(c.child.exitCode, null, 'still alive');
  assert.equal((await c.request('threads')).success, true);
  await c.request('disconnect', {});
  assert.deepEqual(await exitOf(c.child), { code: 0, signal: null });
});
