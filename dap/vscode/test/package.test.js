// Checks the extension manifest without VS Code: commands, menus, launch attributes, snippets.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;
const debuggers = contributes.debuggers;
const stk = debuggers.find(d => d.type === 'stk');

test('manifest basics for vsce', () => {
    assert.equal(pkg.name, 'stk-debug');
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    assert.ok(pkg.publisher, 'publisher is required by vsce');
    assert.match(pkg.engines.vscode, /^\^1\.80/);
    assert.equal(pkg.main, './out/extension.js');
    assert.ok(fs.existsSync(path.join(root, 'src', 'extension.ts')));
    // @types/vscode must not be newer than the engine (vsce refuses to package otherwise).
    assert.equal(pkg.devDependencies['@types/vscode'], '1.80.0');
    assert.equal(pkg.devDependencies['@vscode/vsce'], '3.9.2', 'newer vsce needs node >= 22');
    assert.ok(pkg.activationEvents.includes('onDebugResolve:stk'));
});

test('debug type stk for python, with breakpoints', () => {
    assert.ok(stk, 'a debugger of type stk');
    assert.equal(stk.label, 'stk (stackless Python)');
    assert.deepEqual(stk.languages, ['python']);
    assert.ok(contributes.breakpoints.some(b => b.language === 'python'));
    // The adapter comes from the descriptor factory (stk.dapPath), never from a bundled program.
    assert.equal(stk.program, undefined);
    assert.equal(stk.runtime, undefined);
});

test('stk.dapPath setting defaults to stk-dap on PATH', () => {
    const p = contributes.configuration.properties['stk.dapPath'];
    assert.equal(p.type, 'string');
    assert.equal(p.default, 'stk-dap');
    assert.ok(p.markdownDescription || p.description);
});

test('every configuration attribute has a type and a description', () => {
    for (const [request, schema] of Object.entries(stk.configurationAttributes)) {
        for (const [name, prop] of Object.entries(schema.properties)) {
            assert.ok(typeof prop.description === 'string' && prop.description.length > 10,
                `${request}.${name} needs a description`);
            assert.ok(prop.type || prop.enum, `${request}.${name} needs a type`);
        }
        for (const r of schema.required || []) {
            assert.ok(schema.properties[r], `${request}: required ${r} is declared`);
        }
    }
});

test('launch and attach attributes are the ones stk-dap reads', () => {
    const launch = stk.configurationAttributes.launch;
    assert.deepEqual(Object.keys(launch.properties).sort(), [
        'args', 'cwd', 'env', 'maxThreads', 'noDebug', 'preempt', 'program', 'stkDapPath',
        'stopMode', 'stopOnEntry', 'trace'].sort());
    assert.deepEqual(launch.required, ['program']);
    assert.deepEqual(launch.properties.stopMode.enum, ['all', 'tasklet']);
    assert.equal(launch.properties.stopMode.default, 'all');
    assert.equal(launch.properties.stopMode.enumDescriptions.length, 2);
    assert.equal(launch.properties.maxThreads.default, 1000);
    assert.equal(launch.properties.preempt.default, 0);
    assert.equal(launch.properties.trace.type, 'string');
    const attach = stk.configurationAttributes.attach;
    assert.deepEqual(attach.required, ['port']);
    assert.equal(attach.properties.host.default, '127.0.0.1');
    assert.equal(attach.properties.port.type, 'integer');
});

test('initial configurations and snippets are of type stk', () => {
    assert.ok(stk.initialConfigurations.length >= 1);
    for (const c of stk.initialConfigurations) {
        assert.equal(c.type, 'stk');
        assert.ok(['launch', 'attach'].includes(c.request));
        assert.ok(c.name);
    }
    const requests = new Set();
    for (const s of stk.configurationSnippets) {
        assert.ok(s.label && s.description, 'snippet label and description');
        assert.equal(s.body.type, 'stk', `snippet ${s.label} has type stk`);
        assert.ok(['launch', 'attach'].includes(s.body.request));
        assert.ok(s.body.name);
        requests.add(s.body.request);
        const required = stk.configurationAttributes[s.body.request].required || [];
        for (const r of required) {
            assert.ok(r in s.body, `snippet ${s.label} sets required ${r}`);
        }
        for (const k of Object.keys(s.body)) {
            if (!['type', 'request', 'name'].includes(k)) {
                assert.ok(k in stk.configurationAttributes[s.body.request].properties,
                    `snippet ${s.label}: ${k} is a declared attribute`);
            }
        }
    }
    assert.deepEqual([...requests].sort(), ['attach', 'launch']);
    assert.ok(stk.configurationSnippets.some(s => s.body.stopMode === 'tasklet'));
    const attach = stk.configurationSnippets.find(s => s.body.request === 'attach');
    assert.equal(attach.body.host, '127.0.0.1');
    assert.equal(attach.body.port, 4711);
});

test('every command referenced in menus is contributed, and the Call Stack menu is complete', () => {
    const commands = new Set(contributes.commands.map(c => c.command));
    for (const [menu, items] of Object.entries(contributes.menus)) {
        for (const item of items) {
            assert.ok(commands.has(item.command), `${menu} references unknown command ${item.command}`);
        }
    }
    const callstack = contributes.menus['debug/callstack/context'];
    const titles = {};
    for (const c of contributes.commands) {
        titles[c.command] = c.title;
    }
    assert.deepEqual(callstack.map(i => titles[i.command]), [
        'Pause this tasklet', 'Resume this tasklet', 'Step this tasklet only', 'Snapshot this tasklet']);
    for (const item of callstack) {
        assert.equal(item.when, "debugType == 'stk' && callStackItemType == 'thread'");
    }
});

test('every command is registered in src/extension.ts', () => {
    const src = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
    for (const c of contributes.commands) {
        assert.ok(src.includes(`registerCommand('${c.command}'`), `${c.command} is registered`);
    }
});
