// The development server never serves a file outside the folder it was given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';

test('paths that climb out of the served folder are refused, siblings with a similar name included', async () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'naitei-serve-'));
  fs.mkdirSync(path.join(top, 'dist'));
  fs.mkdirSync(path.join(top, 'dist-x'));
  fs.writeFileSync(path.join(top, 'dist', 'inside.txt'), 'inside');
  fs.writeFileSync(path.join(top, 'dist-x', 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(top, 'secret.txt'), 'secret');
  const { server, url } = await serve(path.join(top, 'dist'));
  try {
    const get = async (p) => { const r = await fetch(url + p); return [r.status, await r.text()]; };
    assert.deepEqual(await get('inside.txt'), [200, 'inside']);
    for (const p of ['..%2Fdist-x/secret.txt', '..%2fdist-x%2fsecret.txt', '%2e%2e%2Fsecret.txt', '..%2F..%2Fetc%2Fpasswd']) {
      const [status, body] = await get(p);
      assert.ok(status === 403 || status === 404, `${p} answered ${status}`);
      assert.notEqual(body, 'secret', `${p} must not reach a file outside dist/`);
    }
  } finally {
    server.close();
    fs.rmSync(top, { recursive: true, force: true });
  }
});
