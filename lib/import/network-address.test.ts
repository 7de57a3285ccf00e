import { describe, expect, it } from "vitest";
import { mayConnect } from "./network-address";

describe("the addresses an import may fetch from", () => {
  it.each(["127.0.0.1", "127.8.9.1", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "224.0.0.1"])(
    "refuse %s",
    (address) => expect(mayConnect(address, false)).toBe(false),
  );
  it.each(["93.184.215.14", "172.32.0.1", "2606:4700::1111", "8.8.8.8"])("allow the public address %s", (address) => expect(mayConnect(address, false)).toBe(true));
  it("allow loopback only when told (tests), and never a private network", () => {
    expect([mayConnect("127.0.0.1", true), mayConnect("::1", true), mayConnect("10.0.0.1", true), mayConnect("169.254.169.254", true)]).toEqual([true, true, false, false]);
  });
});
