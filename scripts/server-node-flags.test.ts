import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

it("the systemd unit starts the server with the same Node flags as npm start", () => {
  const unit = fs.readFileSync(path.join(import.meta.dirname, "..", "deploy", "firm-site.service"), "utf8");
  expect(/^ExecStart=(.*)$/m.exec(unit)?.[1]).toBe(["/usr/bin/node", ...SERVER_NODE_FLAGS, "scripts/server.mjs"].join(" "));
});

it("npm start runs the server with them (scripts/start.mjs serves in its own process)", () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  expect(scripts.start).toBe(["node", ...SERVER_NODE_FLAGS, "scripts/start.mjs"].join(" "));
});
