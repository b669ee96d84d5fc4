#!/usr/bin/env node
// `npm start`: the app on this machine (Vite's dev server, bound to the loopback address only, so
// nothing on the network can reach it) at http://127.0.0.1:5173, or at the port in PORT
// (`PORT=8080 npm start`). If that port is taken, Vite takes the next free one, so this prints the
// address the app really has. Stop it with Ctrl+C.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const asked = Number(process.env.PORT || 5173);
if (!Number.isInteger(asked) || asked < 1 || asked > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const server = await createServer({
  root,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: asked, strictPort: false },
});
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${asked}/`;
const port = Number(new URL(address).port);
if (port !== asked)
  console.log(`\n  Port ${asked} is in use, so the app is on port ${port} instead.`);
console.log(`\n  Big Society Readiness is running at ${address}`);
console.log('  Open that address in your browser; Ctrl+C stops it.\n');
