#!/usr/bin/env node
// First-load JS per app route of a production build, gzip: the chunks every page loads
// (build-manifest rootMainFiles) plus each entry of the route's client-reference manifest
// (layouts, error and not-found boundaries, the page). Chunks loaded later (next/dynamic) are not
// counted. `node scripts/first-load-js.mjs [project dir] [route ...]`, default `/` and `/lanes/[slug]`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

export function firstLoadJs(projectDir, route) {
  const next = path.join(projectDir, ".next");
  const build = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8"));
  const dir = route === "/" ? "" : route;
  const file = path.join(next, "server/app", dir, "page_client-reference-manifest.js");
  if (!existsSync(file)) throw new Error(`no client reference manifest for ${route} (${file})`);
  const sandbox = { self: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = Object.values(sandbox.self.__RSC_MANIFEST ?? sandbox.__RSC_MANIFEST ?? {})[0];
  const chunks = new Set(build.rootMainFiles);
  for (const files of Object.values(manifest.entryJSFiles)) for (const f of files) chunks.add(f);
  let gzip = 0;
  const sizes = [];
  for (const chunk of chunks) {
    const size = gzipSync(readFileSync(path.join(next, chunk))).length;
    gzip += size;
    sizes.push({ chunk, gzip: size });
  }
  return { route, gzip, chunks: sizes.sort((a, b) => b.gzip - a.gzip) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = ".", ...routes] = process.argv.slice(2);
  for (const route of routes.length ? routes : ["/", "/lanes/[slug]"]) {
    const r = firstLoadJs(path.resolve(dir), route);
    console.log(`${route.padEnd(28)} ${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip in ${r.chunks.length} chunks`);
    if (process.env.VERBOSE)
      for (const c of r.chunks.slice(0, 6))
        console.log(`    ${(c.gzip / 1024).toFixed(1).padStart(7)} KiB  ${c.chunk}`);
  }
}
