import { expect, it } from "vitest";
import { socialLinkName, socialLinkSchema } from "./social-links";

it("names the sites people know and shows the host of others", () => {
  expect(socialLinkName("https://www.facebook.com/sampledefense")).toBe("Facebook");
  expect(socialLinkName("https://twitter.com/x")).toBe("X");
  expect(socialLinkName("https://www.avvo.com/attorneys/1.html")).toBe("Avvo");
  expect(socialLinkName("https://blog.example.org/")).toBe("blog.example.org");
});

it("takes only full web addresses", () => {
  expect(socialLinkSchema.safeParse("https://www.linkedin.com/in/someone").success).toBe(true);
  for (const bad of ["facebook.com/x", "javascript:alert(1)", "ftp://example.com", "https://localhost"]) expect(socialLinkSchema.safeParse(bad).success, bad).toBe(false);
});
