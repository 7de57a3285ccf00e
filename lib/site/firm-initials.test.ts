import { expect, it } from "vitest";
import { firmInitials } from "./firm-initials";

it("takes the first and last significant words of the firm's name", () => {
  expect(firmInitials("Sample Defense Law (demo)")).toBe("SD");
  expect(firmInitials("Law Office of Ana Ruiz")).toBe("AR");
  expect(firmInitials("Ruiz & Partners, LLC")).toBe("RP");
  expect(firmInitials("Law Office")).toBe("LO");
  expect(firmInitials("Émile")).toBe("É");
  expect(firmInitials("!!!")).toBe("§");
});
