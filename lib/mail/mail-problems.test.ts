import { expect, it } from "vitest";
import { describeMailProblem, mailErrorText } from "./mail-problems";

it("says in words why mail failed, and keeps the library's words as the detail", () => {
  const refused = describeMailProblem({ attempts: 3, lastError: "connect ECONNREFUSED 127.0.0.1:2598" }, true);
  expect(refused.summary).toMatch(/^The mail server refused the connection\. Check SMTP_URL/);
  expect(refused.summary).toContain("(3 tries so far.)");
  expect(refused.summary).not.toContain("127.0.0.1");
  expect(refused.detail).toBe("connect ECONNREFUSED 127.0.0.1:2598");
  expect(describeMailProblem({ attempts: 1, lastError: "EAUTH: Invalid login: 535 5.7.8 Authentication failed" }, true).summary).toMatch(/user name or password/);
  expect(describeMailProblem({ attempts: 1, lastError: "getaddrinfo ENOTFOUND mail.example" }, true).summary).toMatch(/name could not be found/);
  expect(describeMailProblem({ attempts: 1, lastError: "Greeting never received (ETIMEDOUT)" }, true).summary).toMatch(/did not answer in time/);
  expect(describeMailProblem({ attempts: 1, lastError: "EENVELOPE: Mail command failed: 553 5.7.1 Sender address rejected" }, true).summary).toMatch(/refused an address/);
  expect(describeMailProblem({ attempts: 2, lastError: "something new" }, true).summary).toBe("The mail server did not take the mail. It is tried again. (2 tries so far.)");
});

it("tells mail that waits for a mail server from mail that waits its turn", () => {
  expect(describeMailProblem({ attempts: 0, lastError: null }, false)).toEqual({ summary: expect.stringMatching(/No mail server is set up \(SMTP_URL\)/), detail: null });
  expect(describeMailProblem({ attempts: 0, lastError: null }, true)).toEqual({ summary: "Waiting to be sent.", detail: null });
});

it("keeps the library's error code with its message", () => {
  expect(mailErrorText(Object.assign(new Error("Invalid login: 535"), { code: "EAUTH" }))).toBe("EAUTH: Invalid login: 535");
  expect(mailErrorText(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ECONNREFUSED" }))).toBe("connect ECONNREFUSED 127.0.0.1:25");
  expect(mailErrorText("plain")).toBe("plain");
});
