import { RAW_VIEW_DAYS, SEARCH_TERM_MONTHS } from "@/lib/visits/visit-settings";

// The privacy page's plain account of what the site counts, written from the same setting
// and the same periods the counting uses (lib/visits/), so it cannot say one thing while the
// site does another.
export function VisitCountingNotice({ counting }: { counting: boolean }) {
  return (
    <section aria-labelledby="visit-counting-heading" className="mt-12 space-y-3">
      <h2 id="visit-counting-heading" className="text-2xl font-semibold text-brand-900">
        What this site counts
      </h2>
      {counting ? (
        <>
          <p>
            This site counts visits itself, on its own server. It sets no cookies for this, keeps nothing in your browser that identifies you, and sends
            nothing to Google or any other company.
          </p>
          <p>For each page you open it records the page, the day, the kind of device (phone, tablet or computer) and where your link came from, reduced to a name such as “Google search”, “Facebook” or another site&apos;s address.</p>
          <p>
            To count how many different people visited in a day, it mixes your internet address and browser name with a random value that changes every day and
            is deleted at the end of that day. Neither your address nor your browser&apos;s name is stored, and the next day you cannot be recognised. If your
            browser sends “Global Privacy Control” or “Do Not Track”, your visit is counted without even that.
          </p>
          <p>
            Page-by-page records are deleted after {RAW_VIEW_DAYS} days; only daily totals stay. What is typed into the site&apos;s search is kept, without anything about who typed it, for {SEARCH_TERM_MONTHS} months.
          </p>
          <p>
            If you send the contact form, it also carries the first page you opened here, where you came from and the last post you read, so that we know which
            posts help. Your browser keeps these for this tab only, and sends them only with the form.
          </p>
        </>
      ) : (
        <p>This site does not count visits: no page sends anything about your visit, and the contact form sends only what you type into it.</p>
      )}
    </section>
  );
}
