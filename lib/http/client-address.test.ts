import { expect, it, vi } from "vitest";
import { addressHash, clientAddress } from "./client-address";

it("believes the last X-Forwarded-For entry (the socket's, or the trusted proxy's)", () => {
  expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.9" }))).toBe("127.0.0.9");
  expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 127.0.0.7" }))).toBe("127.0.0.7");
  expect(clientAddress({ "x-forwarded-for": "127.0.0.5" })).toBe("127.0.0.5");
  expect(clientAddress(new Headers())).toBe("unknown");
});

it("hashes addresses with the server's secret instead of storing them", () => {
  vi.stubEnv("AUTH_SECRET", "another secret of thirty-two characters or more");
  const hash = addressHash("127.0.0.1");
  expect(hash).not.toContain("127");
  expect(addressHash("127.0.0.1")).toBe(hash);
  expect(addressHash("127.0.0.2")).not.toBe(hash);
});
