import { afterEach, beforeEach, expect, it } from "vitest";
import { findMediaById, insertMedia } from "@/db/media";
import { findProfileById, profileForUser } from "@/db/profiles";
import { listOpenProposals, proposeChange } from "@/db/proposed-changes";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { applyProposal, declineProposal, describeProposal } from "./proposals";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("an editor's profile change waits, shows what it changes and the restricted words, and is written only when the owner applies it", () => {
  const owner = createUser({ name: "Olive", email: "olive@firm.test", role: "owner" });
  const editor = createUser({ name: "Ed", email: "ed@firm.test", role: "editor" });
  const profile = profileForUser(editor.id);
  const fields = { displayName: "Ed", title: "First try", bio: "", barAdmissions: [], languages: [], certifications: [], publicEmail: "", listed: false, photoAlt: "", photoMediaId: null };
  proposeChange({ kind: "profile", targetId: profile.id, payload: fields, userId: editor.id });
  proposeChange({ kind: "profile", targetId: profile.id, payload: { ...fields, title: "Trial specialist" }, userId: editor.id });
  const [waiting, ...others] = listOpenProposals();
  expect(others).toEqual([]);
  expect(waiting!.requestedByName).toBe("Ed");
  const described = describeProposal(waiting!);
  expect(described.changes).toEqual([{ label: "title", before: "", after: "Trial specialist" }]);
  expect(described.warning).toContain("“specialist” (title)");
  expect(findProfileById(profile.id)!.title).toBe("");

  expect(applyProposal(owner, waiting!.id)).toMatchObject({ ok: true });
  expect(findProfileById(profile.id)!.title).toBe("Trial specialist");
  expect(applyProposal(owner, waiting!.id)).toEqual({ ok: false, message: "This change was already decided." });
  expect(declineProposal(owner, waiting!.id)).toMatchObject({ ok: false });
  expect(listOpenProposals()).toEqual([]);
});

it("an editor's description of a library image waits, and the owner's apply writes it", () => {
  const owner = createUser({ name: "Olive", email: "olive@firm.test", role: "owner" });
  const editor = createUser({ name: "Ed", email: "ed@firm.test", role: "editor" });
  const image = insertMedia({ fileName: "courthouse.png", mimeType: "image/png", byteSize: 10, alt: "The courthouse" });
  proposeChange({ kind: "media-alt", targetId: image.id, payload: { alt: "Guaranteed acquittal at this courthouse" }, userId: editor.id });
  const [waiting] = listOpenProposals();
  expect(describeProposal(waiting!)).toMatchObject({
    title: "Description of the image courthouse.png",
    changes: [{ label: "description", before: "The courthouse", after: "Guaranteed acquittal at this courthouse" }],
    warning: expect.stringContaining("(image description)"),
  });
  expect(findMediaById(image.id)!.alt).toBe("The courthouse");
  expect(applyProposal(owner, waiting!.id)).toMatchObject({ ok: true });
  expect(findMediaById(image.id)!.alt).toBe("Guaranteed acquittal at this courthouse");
});
