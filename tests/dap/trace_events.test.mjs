// The opt-in live trace (launch {traceEvents: true}): "stk/traceEvents"
// events carry the trace file's bytes in order; concatenated they are a
// valid trace that stk-trace reads, with the program's channel transfers.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture, stdioClient, launchWith, withTimeout, STK_DAP } from './helpers.mjs';

const PC = fixture('producer_consumer.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

test('traceEvents streams a trace that stk-trace reads', { timeout: 30000 }, async () => {
  const batches = [];
  dc.on('stk/traceEvents', (e) => batches.push(Buffer.from(e.body.data, 'base64')));
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await launchWith(dc, { program: PC, traceEvents: true });
  await exited;
  await terminated;
  assert.ok(batches.length >= 1, 'at least one batch');
  const bytes = Buffer.concat(batches);
  assert.equal(bytes.subarray(0, 8).toString('latin1'), 'STKTRACE');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stk-dap-trace-'));
  try {
    const file = path.join(dir, 'live.stktrace');
    writeFileSync(file, bytes);
    const stkTrace = path.join(path.dirname(STK_DAP), 'stk-trace');
    const r = spawnSync(stkTrace, ['report', file, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const text = JSON.stringify(report);
    assert.ok(text.includes('producer') && text.includes('consumer'), 'both tasklets are in the trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without traceEvents no trace events are sent', { timeout: 30000 }, async () => {
  let count = 0;
  dc.on('stk/traceEvents', () => count++);
  const exited = dc.waitForEvent('exited');
  await launchWith(dc, { program: PC });
  await exited;
  assert.equal(count, 0);
});
