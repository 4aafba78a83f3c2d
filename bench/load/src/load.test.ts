// Smoke run of the load benchmark: the whole path (the dashboard, the nginx copy, autocannon, the
// report) with a light load, so that CI notices when the benchmark or a route breaks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatReport, ROUTES, runLoad } from "./load.ts";

test("a short load on every route: 0 errors, 0 non-2xx, finite ratios, same bytes from nginx", async () => {
  // Its own bound, below the test runner's, so that a stuck run still stops its servers. One
  // second a run is thousands of requests on loopback; the warm-up runs in the gzip test below.
  const report = await runLoad({ connections: 4, duration: 1, warmup: 0, timeoutMs: 100_000 });
  console.log(formatReport(report));

  assert.deepEqual(report.options.routes, [...ROUTES]);
  assert.equal(report.runs.length, ROUTES.length * 2);
  for (const run of report.runs) {
    assert.equal(run.errors, 0, `${run.server} ${run.route}: errors`);
    assert.equal(run.non2xx, 0, `${run.server} ${run.route}: non-2xx`);
    assert.ok(run.requests > 0, `${run.server} ${run.route}: no request completed`);
    assert.ok(run.p50Ms > 0 && run.p50Ms <= run.p99Ms, `${run.server} ${run.route}: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms`);
  }
  assert.equal(report.failures, 0);
  for (const ratio of report.ratios) {
    for (const key of ["throughput", "p50", "p99"] as const) {
      assert.ok(Number.isFinite(ratio[key]) && ratio[key] > 0, `${ratio.route}: ${key} ratio is ${ratio[key]}`);
    }
  }
  for (const body of report.bodies) {
    assert.ok(body.bytes > 0 && body.sameFromNginx, `${body.route}: nginx serves the bytes the dashboard sent`);
  }
  assert.match(report.bodies.find((b) => b.route.startsWith("/api/"))?.contentType ?? "", /^application\/json/);
});

test("asking for gzip: nginx serves the dashboard's compressed bytes, every answer compressed and whole", async () => {
  const route = "/deposits/gyzylbulag";
  // With a warm-up, whose answers are checked too (report.failures counts them).
  const report = await runLoad({ routes: [route], connections: 2, duration: 1, warmup: 1, gzip: true, timeoutMs: 60_000 });
  console.log(formatReport(report));

  assert.equal(report.options.gzip, true);
  assert.equal(report.failures, 0);
  const [body] = report.bodies;
  assert.equal(body?.contentEncoding, "gzip");
  assert.ok(body?.sameFromNginx, "nginx serves the gzip bytes the dashboard sent");
  for (const run of report.runs) {
    assert.ok(run.requests > 0, `${run.server}: no request completed`);
    // A whole compressed answer, not the page's 170 kB decompressed: gzip was asked for and given.
    assert.ok(run.bytesPerRequest >= (body?.bytes ?? 0) && run.bytesPerRequest < (body?.bytes ?? 0) + 8192, `${run.server}: ${run.bytesPerRequest} bytes per answer`);
  }
});
