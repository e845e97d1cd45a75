// A small static server for dist/: correct MIME types (wasm as application/wasm),
// no caching, and a strict Content-Security-Policy on every HTML page so the
// widget is always exercised the way a careful career site would host it.
//
//   node scripts/serve.mjs [dir]        PORT=8080 by default, bound to 127.0.0.1
//   import { serve } from './serve.mjs' (tests start it on a free port)
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
};

/** Whether `file` is `base` or lies below it. */
export function isInside(base, file) {
  const rel = path.relative(base, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Starts a server for `root`; resolves to { server, port, url }.
 * `mounts` serves other folders under a path prefix, e.g. { '/hosts/': 'tests/e2e/hosts' }.
 * `headScript` (a URL) is loaded first in every HTML page, before the page's own scripts.
 */
export function serve(root, { port = 0, host = '127.0.0.1', headers = {}, mounts = {}, headScript = null } = {}) {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const prefix = Object.keys(mounts).find((m) => url.pathname.startsWith(m));
      const base = path.resolve(prefix ? mounts[prefix] : root);
      const rest = prefix ? url.pathname.slice(prefix.length - 1) : url.pathname;
      let file = path.resolve(base, '.' + path.posix.sep + decodeURIComponent(rest));
      // Inside base itself, not merely a path that begins with the same letters (`/..%2Fdist-x/`
      // normalises to a sibling folder `dist-x`, which starts with `dist`).
      if (!isInside(base, file)) { res.writeHead(403).end('forbidden'); return; }
      let stat = await fs.stat(file).catch(() => null);
      if (stat?.isDirectory()) {
        if (!url.pathname.endsWith('/')) { res.writeHead(301, { Location: url.pathname + '/' }).end(); return; }
        file = path.join(file, 'index.html');
        stat = await fs.stat(file).catch(() => null);
      }
      if (!stat) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const ext = path.extname(file);
      const h = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers };
      // The single-file offline build inlines its script: it is meant for file://, not for a CSP host.
      if (ext === '.html' && !file.endsWith('naitei-offline.html')) h['Content-Security-Policy'] = CSP;
      let body = await fs.readFile(file);
      // Tests in browsers without a console API over WebDriver put a hook script before anything else.
      if (headScript && ext === '.html') body = Buffer.from(String(body).replace(/<head>/i, `<head><script src="${headScript}"></script>`));
      res.writeHead(200, h);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({ server, port: p, url: `http://${host}:${p}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 8080);
  serve(root, { port }).then(({ url }) => {
    console.log(`Naitei is served from ${root}/ at ${url}`);
    console.log(`  standalone app: ${url}app/`);
    console.log(`  demo host page: ${url}demo/`);
    console.log('Press Ctrl+C to stop.');
  }).catch((e) => {
    console.error(e.code === 'EADDRINUSE' ? `naitei: port ${port} is in use; run with PORT=8081 make run` : `naitei: ${e.message}`);
    process.exit(1);
  });
}
