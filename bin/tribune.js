#!/usr/bin/env node
// The `tribune` command. Tribune is written in TypeScript and runs through tsx, which
// compiles each module once on load (and caches it), so there is no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Our tsconfig, wherever the command is run from: it sets the JSX runtime (hono/jsx).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runFromProcess } = await import('../src/cli/process.ts');
await runFromProcess();
