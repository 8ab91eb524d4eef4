import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const GUARD = path.resolve(import.meta.dirname, "network-guard.cjs");

// A child Node with the guard preloaded, as the e2e server runs the build and the app.
function runGuarded(script: string, allow = "") {
  const log = path.join(mkdtempSync(path.join(tmpdir(), "guard-")), "network.log");
  const child = spawnSync(process.execPath, ["--require", GUARD, "--input-type=module", "-e", script], {
    env: { ...process.env, NETWORK_GUARD_LOG: log, NETWORK_GUARD_ALLOW: allow },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { stdout: child.stdout.trim(), log: readFileSync(log, "utf8") };
}

describe("the network guard", () => {
  it("refuses and records connections to other hosts, by name or address, also through fetch", () => {
    const { stdout, log } = runGuarded(`
      import net from "node:net";
      const attempt = (...args) => new Promise((resolve) => {
        const socket = net.connect(...args);
        socket.on("connect", () => { socket.destroy(); resolve("connected"); });
        socket.on("error", (error) => resolve(error.code));
      });
      console.log(await attempt(443, "192.0.2.10"));
      console.log(await attempt({ host: "telemetry.nextjs.org", port: 443 }));
      console.log(await fetch("http://192.0.2.11/").then(() => "fetched", (error) => error.cause?.code ?? error.message));
    `);
    expect(stdout.split("\n")).toEqual(["ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED"]);
    expect(log).toMatch(/ active /);
    expect(log).toMatch(/refused 192\.0\.2\.10:443/);
    expect(log).toMatch(/refused telemetry\.nextjs\.org:443/);
    expect(log).toMatch(/refused 192\.0\.2\.11:80/);
  });

  it("lets loopback and the allowed database host through", () => {
    const { stdout, log } = runGuarded(`
      import net from "node:net";
      const server = net.createServer((socket) => socket.end()).listen(0, "127.0.0.1");
      await new Promise((resolve) => server.once("listening", resolve));
      const { port } = server.address();
      const attempt = (host) => new Promise((resolve) => {
        const socket = net.connect(port, host);
        socket.on("connect", () => { socket.destroy(); resolve("connected"); });
        socket.on("error", (error) => resolve(error.code));
      });
      console.log(await attempt("127.0.0.1"));
      console.log(await attempt("localhost"));
      server.close();
    `);
    expect(stdout.split("\n")).toEqual(["connected", "connected"]);
    expect(log).not.toMatch(/refused/);
  });
});
