import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tribune.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child `tribune`: the test's own, minus anything that would leak in. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TRIBUNE_LOG_LEVEL: 'warn',
  };
  return { ...base, ...env };
}

/** Runs `tribune …` as a real process and collects what it printed. */
export function runTribune(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(env), cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningTribune {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `tribune serve …` and waits for it to say where it runs. */
export function startTribune(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<RunningTribune> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { env: childEnv(env), cwd });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start in time:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      // The banner ends with this line; everything before it has been printed.
      if (!output.includes('Stop with Ctrl+C.')) return;
      const match = /Tribune is running at (http:\/\/\S+?)\/\s/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const exited = new Promise<number | null>((done) =>
        child.once('close', (code) => done(code)),
      );
      resolve({
        url: match[1],
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}
