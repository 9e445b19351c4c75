// Pure helpers in out/util.js (compiled from src/util.ts).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const utilJs = path.join(__dirname, '..', 'out', 'util.js');
if (!fs.existsSync(utilJs)) {
    throw new Error('out/util.js is missing: run `npm run compile` first');
}
const util = require(utilJs);

test('threadTargetFromArgs accepts every shape VS Code has used', () => {
    const f = util.threadTargetFromArgs;
    assert.deepEqual(f([12]), { threadId: 12, sessionId: undefined });
    assert.deepEqual(f(['12']), { threadId: 12, sessionId: undefined });
    assert.deepEqual(f([{ sessionId: 'abc', threadId: 4 }]), { threadId: 4, sessionId: 'abc' });
    assert.deepEqual(f([{ sessionId: 'abc', threadId: 'thread:abc:4' }]), { threadId: 4, sessionId: 'abc' });
    assert.deepEqual(f([{ threadId: 'thread:a:b:77' }]), { threadId: 77, sessionId: 'a:b' });
    assert.deepEqual(f([5, { sessionId: 'x', threadId: 'thread:x:5' }]), { threadId: 5, sessionId: 'x' });
    assert.equal(f([]), undefined);
    assert.equal(f([undefined, null, {}, 'file:///a.py', -1, 1.5]), undefined);
});

test('expandPath expands ${workspaceFolder} and ~', () => {
    assert.equal(util.expandPath('${workspaceFolder}/build/bin/stk-dap', '/ws'), '/ws/build/bin/stk-dap');
    assert.equal(util.expandPath('~/bin/stk-dap'), path.join(os.homedir(), 'bin/stk-dap'));
    assert.equal(util.expandPath('  stk-dap '), 'stk-dap');
});

test('resolveAdapterCommand: PATH lookup, relative and absolute paths, clear errors', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stk-dap-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const exe = path.join(dir, 'stk-dap');
    fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'not-exec'), '', { mode: 0o644 });
    assert.deepEqual(util.resolveAdapterCommand('stk-dap', undefined, dir), { ok: true, command: exe });
    assert.deepEqual(util.resolveAdapterCommand(undefined, undefined, dir), { ok: true, command: exe });
    assert.deepEqual(util.resolveAdapterCommand('', undefined, dir), { ok: true, command: exe });
    assert.deepEqual(util.resolveAdapterCommand(exe, undefined, ''), { ok: true, command: exe });
    assert.deepEqual(util.resolveAdapterCommand('./stk-dap', dir, ''), { ok: true, command: exe });
    assert.deepEqual(util.resolveAdapterCommand('${workspaceFolder}/stk-dap', dir, ''), { ok: true, command: exe });
    const missing = util.resolveAdapterCommand('stk-dap', undefined, path.join(dir, 'none'));
    assert.equal(missing.ok, false);
    assert.match(missing.message, /not found on PATH.*stk\.dapPath/);
    const notExec = util.resolveAdapterCommand(path.join(dir, 'not-exec'), undefined, '');
    assert.equal(notExec.ok, false);
    assert.match(notExec.message, /not executable/);
});

test('defaultSnapshotPath and errorText', () => {
    assert.equal(util.defaultSnapshotPath('/ws', 12), path.join('/ws', 'tasklet-12.json'));
    assert.equal(util.errorText(new Error('boom')), 'boom');
    assert.equal(util.errorText('plain'), 'plain');
    assert.equal(util.errorText({ a: 1 }), '{"a":1}');
});
