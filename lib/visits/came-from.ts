// "Came from: Can a victim drop the charges? (Google search)": how the inbox and an
// inquiry's page say what led to it. Plain text; the pages escape it like any other.

export function cameFrom(inquiry: { visitPostTitle: string | null; visitPostPath: string | null; visitSource: string | null; visitFirstPage: string | null }): string | null {
  const post = inquiry.visitPostTitle ?? inquiry.visitPostPath;
  const source = inquiry.visitSource;
  if (post) return source ? `${post} (${source})` : post;
  if (source) return inquiry.visitFirstPage ? `${source}, first page ${inquiry.visitFirstPage}` : source;
  return null;
}
