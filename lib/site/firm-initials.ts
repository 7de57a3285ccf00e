/** The firm's initials for its icon: "Sample Defense Law" → "SD", "Law Office of Ana Ruiz" → "AR". */
export function firmInitials(name: string): string {
  const words = name.replace(/\(.*?\)/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const significant = words.filter((word) => !/^(of|the|and|&|pc|llc|pllc|law|office|offices|firm)$/i.test(word));
  const picked = significant.length >= 2 ? [significant[0]!, significant.at(-1)!] : (significant.length ? significant : words).slice(0, 2);
  return picked.map((word) => word[0]!.toUpperCase()).join("") || "§";
}
