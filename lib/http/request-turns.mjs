// Requests start one per turn of the event loop, in the order they came (scripts/server.mjs).
//
// libuv accepts one new connection per turn of the event loop (libuv#3696, in every Node
// this site supports), and a turn otherwise runs every request that is waiting. Under load
// (50 busy connections: a turn of about 50 ms) a new connection so waited one whole turn for
// each connection opened just before it: the 50th of 50 opened at once had its first answer
// after 1.4 s, the 40th of 50 inquiries sent at once after 3 s, while every request after
// that took 50 ms. Starting one request per turn keeps turns short, so a visitor who comes
// in during a burst is taken in between two requests (bench/README.md).
const waiting = [];
let scheduled = false;

function startNext() {
  const start = waiting.shift();
  if (waiting.length > 0) setImmediate(startNext);
  else scheduled = false;
  start();
}

/** Runs `start` on a coming turn of the event loop, after every request that came before it. */
export function startInTurn(start) {
  waiting.push(start);
  if (scheduled) return;
  scheduled = true;
  // An immediate queued while immediates run waits for the next turn: one start per turn.
  setImmediate(startNext);
}
