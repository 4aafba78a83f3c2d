// Loaded with `node --import` into the process the benchmark measures (the browser, or the bare
// Node reference), so that its CPU time is read from inside: process.cpuUsage() counts every
// thread of the process (the main thread, the garbage collector's and the compiler's), in
// microseconds, whatever else the machine is running. Nothing in the program is changed.
//
// PROBE_FILE  where to append one line per measurement:
//   `frame <ms>`  CPU time of the whole process (start-up included) when the first write to
//                 standard output that contains PROBE_MARKER is made
//   `key <ms>`    CPU time from a key's arrival on standard input to the last write to standard
//                 output it caused (the frame), when the process has nothing left to do at once
import { appendFileSync } from "node:fs";

const file = process.env.PROBE_FILE;
const marker = process.env.PROBE_MARKER ?? "";
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

if (file) {
  let framed = false;
  let key; // CPU usage when the key arrived
  let spent; // CPU time up to the key's last write so far
  const flush = () => {
    if (key !== undefined && spent !== undefined) appendFileSync(file, `key ${spent.toFixed(3)}\n`);
    key = undefined;
    spent = undefined;
  };
  const emit = process.stdin.emit;
  process.stdin.emit = function (event, ...args) {
    if ((event === "readable" || event === "data") && key === undefined) key = process.cpuUsage();
    return emit.call(this, event, ...args);
  };
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    const result = write.call(this, chunk, ...rest);
    if (!framed && String(chunk).includes(marker)) {
      framed = true;
      appendFileSync(file, `frame ${cpuMs().toFixed(3)}\n`);
    }
    if (key !== undefined) {
      spent = cpuMs(key);
      setImmediate(flush);
    }
    return result;
  };
}
