#!/usr/bin/env node
// `npm start`: the app on this machine at http://127.0.0.1:5173 (Vite's dev server, bound to the
// loopback address only, so nothing on the network can reach it). Stop it with Ctrl+C.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ root, server: { host: '127.0.0.1', port, strictPort: false } });
await server.listen();
server.printUrls();
console.log(
  '  Big Society Readiness is running. Open the address above in your browser; Ctrl+C stops it.',
);
