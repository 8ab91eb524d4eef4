// Loaded with `node --require` (through NODE_OPTIONS, so Next's worker
// processes get it too) by the e2e server: the app and its build may connect
// to loopback, Unix sockets and the database host, nothing else. Any other
// connection is refused and recorded in NETWORK_GUARD_LOG, which an e2e test
// reads. Plain CommonJS: it runs before any TypeScript loader.
"use strict";
const fs = require("node:fs");
const net = require("node:net");

const logFile = process.env.NETWORK_GUARD_LOG;
const allowed = new Set(
  (process.env.NETWORK_GUARD_ALLOW || "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean),
);

function record(line) {
  if (logFile) fs.appendFileSync(logFile, `${new Date().toISOString()} ${line} pid=${process.pid}\n`);
}

function isLoopback(host) {
  const h = String(host).toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^127\./.test(h) || /^::ffff:127\./.test(h) || h.endsWith(".localhost");
}

/** The target of socket.connect(...) in any of its call forms, or null for a Unix socket / named pipe. */
function target(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === "string" && Number.isNaN(Number(first))) return null; // a path
  if (first && typeof first === "object") {
    if (first.path) return null;
    return { host: first.host || "localhost", port: first.port };
  }
  return { host: typeof args[1] === "string" ? args[1] : "localhost", port: first };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const to = target(args);
  if (to && !isLoopback(to.host) && !allowed.has(String(to.host).toLowerCase())) {
    record(`refused ${to.host}:${to.port}`);
    const error = Object.assign(new Error(`Outbound connection to ${to.host}:${to.port} refused by the network guard`), { code: "ECONNREFUSED" });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};

record(`active ${process.argv.slice(1, 3).join(" ")}`);
