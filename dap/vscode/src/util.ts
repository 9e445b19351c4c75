// Pure helpers of the stk extension: no `vscode` import, so test/ can load them with plain node.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A thread (tasklet) picked from a command's arguments, and the debug session it belongs to, when known. */
export interface ThreadTarget {
    threadId: number;
    sessionId?: string;
}

function toThreadId(v: unknown): number | undefined {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
        return v;
    }
    if (typeof v === 'string') {
        // "12", or the workbench's internal thread id "thread:<sessionId>:12".
        const m = /^(?:thread:.*:)?(\d+)$/.exec(v.trim());
        if (m) {
            return Number(m[1]);
        }
    }
    return undefined;
}

function sessionFromInternalThreadId(v: unknown): string | undefined {
    if (typeof v === 'string') {
        const m = /^thread:(.*):\d+$/.exec(v);
        if (m) {
            return m[1];
        }
    }
    return undefined;
}

/**
 * Finds the thread id in the arguments VS Code passes to a `debug/callstack/context` command.
 * Versions differ: some pass the DAP thread id as a number, followed by (or replaced with) an
 * object `{ sessionId, threadId }` whose `threadId` may be a number or the workbench's
 * "thread:<sessionId>:<id>" string. Every shape is accepted; a plain number argument wins
 * because it is exactly the DAP id.
 */
export function threadTargetFromArgs(args: readonly unknown[]): ThreadTarget | undefined {
    let threadId: number | undefined;
    let sessionId: string | undefined;
    for (const a of args) {
        if (a === null || a === undefined) {
            continue;
        }
        if (typeof a === 'number' || typeof a === 'string') {
            const id = toThreadId(a);
            if (id !== undefined && threadId === undefined) {
                threadId = id;
            }
            sessionId ??= sessionFromInternalThreadId(a);
            continue;
        }
        if (typeof a === 'object') {
            const o = a as Record<string, unknown>;
            const id = toThreadId(o.threadId);
            if (id !== undefined && threadId === undefined) {
                threadId = id;
            }
            if (typeof o.sessionId === 'string' && o.sessionId.length > 0) {
                sessionId ??= o.sessionId;
            }
            sessionId ??= sessionFromInternalThreadId(o.threadId);
        }
    }
    return threadId === undefined ? undefined : { threadId, sessionId };
}

/** Expands `${workspaceFolder}`, `${userHome}` and a leading `~` in a setting's path. */
export function expandPath(p: string, workspaceFolder?: string): string {
    let out = p.trim();
    if (workspaceFolder) {
        out = out.split('${workspaceFolder}').join(workspaceFolder);
    }
    out = out.split('${userHome}').join(os.homedir());
    if (out === '~' || out.startsWith('~/')) {
        out = path.join(os.homedir(), out.slice(1));
    }
    return out;
}

function isExecutableFile(p: string): boolean {
    try {
        const st = fs.statSync(p);
        if (!st.isFile()) {
            return false;
        }
        if (process.platform !== 'win32') {
            fs.accessSync(p, fs.constants.X_OK);
        }
        return true;
    } catch {
        return false;
    }
}

/** Looks a bare command name up on PATH (with PATHEXT on Windows); undefined when absent. */
export function findOnPath(name: string, envPath: string | undefined = process.env.PATH,
    pathExt: string | undefined = process.env.PATHEXT): string | undefined {
    const exts = process.platform === 'win32'
        ? ['', ...(pathExt ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(e => e.length > 0)]
        : [''];
    for (const dir of (envPath ?? '').split(path.delimiter)) {
        if (!dir) {
            continue;
        }
        for (const ext of exts) {
            const candidate = path.join(dir, name + ext);
            if (isExecutableFile(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

export type AdapterResolution =
    | { ok: true; command: string }
    | { ok: false; message: string };

/**
 * Resolves the stk-dap command: `configured` comes from the launch configuration's `stkDapPath`
 * or else the `stk.dapPath` setting. A bare name is searched on PATH, a relative path is taken
 * from the workspace folder, an absolute path must be an executable file.
 */
export function resolveAdapterCommand(configured: string | undefined, workspaceFolder?: string,
    envPath: string | undefined = process.env.PATH): AdapterResolution {
    const raw = (configured ?? '').trim() || 'stk-dap';
    const expanded = expandPath(raw, workspaceFolder);
    const hint = 'Build it (cmake --build build --target stk-dap) and set "stk.dapPath" in your settings, ' +
        'or "stkDapPath" in launch.json, to its path (for example build/bin/stk-dap).';
    if (!expanded.includes('/') && !expanded.includes('\\')) {
        const found = findOnPath(expanded, envPath);
        if (found) {
            return { ok: true, command: found };
        }
        return { ok: false, message: `The stk debug adapter "${expanded}" was not found on PATH. ${hint}` };
    }
    const abs = path.isAbsolute(expanded) ? expanded : path.resolve(workspaceFolder ?? process.cwd(), expanded);
    if (isExecutableFile(abs)) {
        return { ok: true, command: abs };
    }
    return { ok: false, message: `The stk debug adapter "${abs}" does not exist or is not executable. ${hint}` };
}

/** Where the snapshot save dialog starts: `<folder>/tasklet-<id>.json`. */
export function defaultSnapshotPath(folder: string, threadId: number): string {
    return path.join(folder, `tasklet-${threadId}.json`);
}

/** The text of a failed custom request, for showErrorMessage. */
export function errorText(e: unknown): string {
    if (e instanceof Error) {
        return e.message;
    }
    if (typeof e === 'string') {
        return e;
    }
    try {
        return JSON.stringify(e);
    } catch {
        return String(e);
    }
}
