// Reads a V8 CPU profile (what `BENCH_CPU_PROF=dir npm run bench` leaves) and
// prints where the time went: the functions with the most self time, and the
// packages and files that time falls in. Usage: tsx scripts/bench/profile-top.ts FILE.cpuprofile [N]
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const [file, count = "30"] = process.argv.slice(2);
if (!file) throw new Error("usage: tsx scripts/bench/profile-top.ts FILE.cpuprofile [N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

// Self time per node: each sample's delta belongs to the node it hit.
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

/** A short place for a script URL: the package, or the path under the project. */
function place(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) return `${pkg[1]}/${pkg[2]!.split("/").slice(-2).join("/")}`;
  return url.replace(/^file:\/\/.*?\/(\.next[^/]*\/)/, "$1") || "(native)";
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  if (!ms) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"}  ${place(url)}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url ? (/\.next[^/]*\/server\/chunks/.test(url) ? "app chunks" : place(url).split("/")[0]!) : functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
}

// Inclusive time: each sample counts once for every function on its stack.
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const keyOf = (node: Node) => `${node.callFrame.functionName || "(anonymous)"}  ${place(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(nodeById.get(at)!));
  for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
});

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);

console.log(`${total.toFixed(0)} ms sampled\n\nby self time:`);
console.log(top(byFunction, Number(count)).join("\n"));
console.log("\nby total time (self and callees), the app's own code and Next's:");
const ours = new Map([...inclusive].filter(([key]) => !/\((?:root|program|idle|garbage collector)\)|processTicksAndRejections|^\(anonymous\)/.test(key)));
console.log(top(ours, Number(count) * 2).join("\n"));
console.log("\nby package:");
console.log(top(byPackage, 20).join("\n"));
