/**
 * A static file server for test pages on 127.0.0.1 (a free port). Only files directly inside `root` are served;
 * anything else is 404, so a test can't accidentally read outside its fixtures.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  /** Absolute URL of a file served from the root, e.g. `url('article.html')`. */
  url(file: string): string;
  /**
   * From now on, requests for `path` get the fixture `file` instead (both plain names in the root): the same
   * URL can serve an article, then an edited version of it.
   */
  serveAs(path: string, file: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const aliases = new Map<string, string>();
  const server = createServer((req, res) => {
    const asked = basename(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    const name = aliases.get(asked) ?? asked;
    const type = TYPES[extname(name)];
    if (!type) return void res.writeHead(404).end('not found');
    readFile(join(root, name)).then(
      (body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    serveAs: (path, file) => void aliases.set(basename(path), basename(file)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
