/**
 * The firm's own pages and practice areas seeded into an empty database, with the sample
 * lawyer's profile: every one says it is sample text, to be replaced in the admin.
 * Written for this project.
 */
import "server-only";
import type { BarAdmission, PostKind } from "../schema";

export type SeedPage = { kind: Exclude<PostKind, "post">; slug: string; title: string; excerpt: string; tags: string[]; bodyHtml: string };

const SAMPLE = `<p><strong>Sample text:</strong> replace this page in the admin (Pages) before the site goes live. The firm's lawyer must check every word against the state's current advertising rules.</p>`;

export const sampleProfile = {
  displayName: "Jordan Avery",
  title: "Attorney (sample profile)",
  bio: "Sample profile: Jordan Avery is a made-up lawyer who shows how a profile looks. Replace it under Profiles in the admin.\n\nJordan has defended people charged with crimes in state and municipal courts for twelve years, and explains every step of a case in plain words.",
  barAdmissions: [
    { jurisdiction: "Alabama", year: 2014 },
    { jurisdiction: "U.S. District Court, Middle District of Alabama", year: 2015 },
  ] satisfies BarAdmission[],
  languages: ["English", "Spanish"],
  certifications: [],
  publicEmail: "jordan.avery@example.com",
  listed: true,
  photoAlt: "",
};

const area = (slug: string, title: string, excerpt: string, tags: string[], body: string): SeedPage => ({
  kind: "practice_area",
  slug,
  title,
  excerpt,
  tags,
  bodyHtml: `${SAMPLE}\n${body}`,
});

export const seedPages: SeedPage[] = [
  {
    kind: "page",
    slug: "about",
    title: "About the firm",
    excerpt: "Who we are and how we work.",
    tags: [],
    bodyHtml: `${SAMPLE}
<p>We are a small criminal-defense practice. When you call, you talk to a lawyer, not a call center, and we explain what is happening in plain words.</p>
<h2>How we work</h2>
<ul><li>We tell you what we know and what we do not know yet.</li><li>We answer calls from families of people in jail.</li><li>We talk about fees before any work starts.</li></ul>`,
  },
  {
    kind: "page",
    slug: "privacy",
    title: "Privacy policy",
    excerpt: "What we do with what you send us through this website.",
    tags: [],
    bodyHtml: `${SAMPLE}
<h2>What we collect</h2>
<p>When you send the contact form, we keep what you wrote, the time you sent it and the notice you agreed to. We do not use advertising trackers, and this website loads no scripts or fonts from other companies.</p>
<h2>Who sees it</h2>
<p>Only the lawyers and staff of this office read inquiries. We do not sell or share them. The e-mail that tells us an inquiry arrived does not contain what you wrote.</p>
<h2>How long we keep it</h2>
<p>Inquiries that do not become cases are deleted after the period set by the firm (24 months unless the firm changes it). Tell us if you want yours deleted sooner.</p>
<h2>Questions</h2>
<p>Call us or use the <a href="/contact">contact page</a>.</p>`,
  },
  {
    kind: "page",
    slug: "terms",
    title: "Terms and disclaimer",
    excerpt: "What this website is, and what it is not.",
    tags: [],
    bodyHtml: `${SAMPLE}
<h2>Not legal advice</h2>
<p>The posts on this website are general information about the law. They are not legal advice for your situation, and laws change. Talk to a lawyer about your own case.</p>
<h2>No attorney-client relationship</h2>
<p>Reading this website, calling us or sending the contact form does not make you our client. We represent you only after we agree to, in writing.</p>
<h2>Advertising</h2>
<p>This website is an advertisement for legal services. No representation is made that the quality of the legal services to be performed is greater than the quality of legal services performed by other lawyers.</p>`,
  },
  {
    kind: "page",
    slug: "accessibility",
    title: "Accessibility",
    excerpt: "How this website is made to work for everyone, and how to tell us when it does not.",
    tags: [],
    bodyHtml: `${SAMPLE}
<p>We want everyone to be able to read this website and reach us through it, including people who use a screen reader, a keyboard instead of a mouse, a phone with large text, or voice control.</p>
<h2>What we aim for</h2>
<p>This website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, the standard most accessibility laws point to.</p>
<h2>How we check it</h2>
<ul><li>Every page is checked by automated tests on a phone-sized and a desktop-sized screen each time the website changes.</li><li>The tests also check what automated tools miss: that you can always see where the keyboard is, that form fields stand out from the page, that nothing needs sideways scrolling on a small screen, and that messages are read out by screen readers.</li><li>We test the pages by hand with a keyboard, with the text made larger and the page zoomed to 400%.</li></ul>
<h2>What works without JavaScript</h2>
<p>Every page and the contact form work with JavaScript turned off.</p>
<h2>Known problems</h2>
<p>Images in older posts may have descriptions that say less than they should. If you find one, tell us and we will fix it.</p>
<h2>Tell us about a problem</h2>
<p>If something on this website does not work for you, call us or write to us through the <a href="/contact">contact page</a>. Tell us the page and what went wrong; we will answer, and give you the information another way in the meantime.</p>`,
  },
  area("dui", "DUI", "Charged with driving under the influence: what happens to your license, and your options in court.", ["DUI"], "<p>A DUI charge brings two cases at once: the criminal case in court, and a separate one about your driver's license. Deadlines in the license case can be short.</p>"),
  area("drug-charges", "Drug charges", "Possession, distribution and paraphernalia charges, and the programs that can keep a record clean.", ["Drugs"], "<p>Drug charges range from a misdemeanor to a serious felony depending on the substance, the amount and where it was found. Many courts offer diversion programs for a first offense.</p>"),
  area("domestic-violence", "Domestic violence", "Charges after a family argument, no-contact orders, and what the alleged victim's wishes can change.", ["Victims' rights"], "<p>A domestic violence charge often comes with a no-contact order that starts at once, even before the first court date. Breaking it is a new charge.</p>"),
  area("bond-and-jail", "Bond and jail release", "Getting someone out of jail: bond amounts, bond hearings and release conditions.", ["Bond", "Jail"], "<p>When someone is arrested, the first question is usually how to get them home. A lawyer can ask the court to lower a bond or change its conditions.</p>"),
  area("juvenile-cases", "Juvenile cases", "When a child is charged: juvenile court, the parents' role and sealed records.", ["Juvenile"], "<p>Juvenile court works differently from adult court: the hearings are closed to the public and the aim is to set the child on a better path.</p>"),
  area("expungement", "Expungement", "Clearing an arrest or a dismissed charge from your record.", ["Records"], "<p>An arrest can show up on background checks even when the case was dismissed. Expungement can remove it in many cases.</p>"),
];
