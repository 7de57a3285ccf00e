// @vitest-environment happy-dom
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { expect, it } from "vitest";
import { ErrorNotice } from "./error-notice";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(error: unknown): string {
  const container = document.createElement("div");
  act(() => createRoot(container).render(createElement(ErrorNotice, { error })));
  return container.textContent ?? "";
}

it("shows the log's reference for a server error, and never its message", () => {
  // What a server component's error looks like in the browser: a generic message and the digest.
  const error = Object.assign(new Error("secret detail: /var/lib/site.db is locked"), { digest: "2560855930" });
  const text = render(error);
  expect(text).toContain("Something went wrong on our side");
  expect(text).toContain("Reference for the office: 2560855930");
  expect(text).not.toContain("secret detail");
});

it("shows no reference line when there is none", () => {
  expect(render("a thrown string")).not.toContain("Reference");
});
