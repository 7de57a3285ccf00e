// Who may put words on the public site. Under advertising rules the lawyer answers for
// every word, so an editor's changes go to the owner for approval (shown as "In review") unless the
// owner has let that editor publish directly (Users page). The editor's save route and
// every action that makes something public or takes it down check this on the server;
// the buttons only follow it.

export type Publisher = { role: "owner" | "editor"; publishesDirectly: boolean };

/** Publish, schedule, update a published post, unpublish, restore a published version, trash or restore a public post. */
export function mayPublish(user: Publisher): boolean {
  return user.role === "owner" || user.publishesDirectly;
}

/**
 * Moving a post to the trash or back: anyone who edits may, for a draft; a published or
 * scheduled one only who may publish (`publishes`: mayPublish()), since taking a post off
 * the site, or putting one back, is publishing too. The trash action checks this; the
 * editor shows its button only then.
 */
export function mayTrash(publishes: boolean, status: "draft" | "scheduled" | "published"): boolean {
  return publishes || status === "draft";
}

export const NEEDS_APPROVAL_MESSAGE = "The owner reviews your changes before they go on the site: send them for review instead.";
