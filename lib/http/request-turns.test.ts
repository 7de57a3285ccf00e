import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { startInTurn } from "./request-turns.mjs";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server whose every answer takes 2 ms of CPU, as a page does under load; started in turns or all at once. */
async function busyServer(inTurns: boolean) {
  let started = 0;
  let startedWhenNewcomerAccepted = -1;
  const answer = (res: http.ServerResponse) => {
    started++;
    const until = performance.now() + 2;
    while (performance.now() < until);
    res.end("ok");
  };
  const server = http.createServer((_req, res) => (inTurns ? startInTurn(() => answer(res)) : answer(res)));
  servers.push(server);
  let accepted = 0;
  server.on("connection", () => {
    if (++accepted === 21) startedWhenNewcomerAccepted = started;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { port, accepted: () => accepted, startedWhenNewcomerAccepted: () => startedWhenNewcomerAccepted };
}

const connect = (port: number) =>
  new Promise<net.Socket>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
  });

/**
 * Twenty visitors each have a request waiting when a twenty-first connects. The server
 * takes the newcomer in before it has started all twenty (it accepts one connection per
 * turn of the event loop, so a turn that ran every waiting request would keep it out).
 */
async function newcomerAfter(inTurns: boolean) {
  const server = await busyServer(inTurns);
  const visitors = await Promise.all(Array.from({ length: 20 }, () => connect(server.port)));
  while (server.accepted() < 20) await new Promise((r) => setTimeout(r, 5));
  const answered = visitors.map((socket) => new Promise((resolve) => socket.once("data", resolve)));
  for (const socket of visitors) socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  const newcomer = await connect(server.port);
  await Promise.all(answered);
  while (server.accepted() < 21) await new Promise((r) => setTimeout(r, 5));
  for (const socket of [...visitors, newcomer]) socket.destroy();
  return server.startedWhenNewcomerAccepted();
}

it("takes a new connection in between the requests already waiting, not after all of them", async () => {
  expect(await newcomerAfter(true)).toBeLessThan(5);
});

it("(the behaviour it corrects) without turns, every waiting request runs before the newcomer is accepted", async () => {
  expect(await newcomerAfter(false)).toBe(20);
});

it("starts requests in the order they came", async () => {
  const order: number[] = [];
  await new Promise<void>((resolve) => {
    for (let i = 0; i < 5; i++) startInTurn(() => (order.push(i), i === 4 && resolve()));
  });
  expect(order).toEqual([0, 1, 2, 3, 4]);
});
