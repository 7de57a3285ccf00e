import { errorClass, hintClass } from "@/components/ui/field-styles";
import { TextInput } from "@/components/ui/text-input";
import { DAY_NAMES, WEEK_DAYS } from "@/lib/site/opening-hours";
import { closesField, decodeHours, opensField } from "@/lib/site/settings-form";

/** The office's hours, a row per day with two time inputs; a day left empty is closed. */
export function OpeningHoursFieldset({ value, error }: { value: string; error?: string }) {
  const days = decodeHours(value);
  return (
    <fieldset id="openingHours" tabIndex={-1} aria-describedby={`openingHours-hint${error ? " openingHours-error" : ""}`} className="space-y-2">
      <legend className="font-medium text-slate-900">Opening hours</legend>
      <p id="openingHours-hint" className={hintClass}>
        Leave both times empty on a day the office is closed.
      </p>
      {/* Fixed columns and narrow time fields: a week fits a 320 px screen (WCAG 1.4.10). */}
      <table className="w-full max-w-md table-fixed text-sm">
        <colgroup>
          <col className="w-24" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left font-medium">
              Day
            </th>
            <th scope="col" className="pr-3 text-left font-medium">
              Opens
            </th>
            <th scope="col" className="text-left font-medium">
              Closes
            </th>
          </tr>
        </thead>
        <tbody>
          {WEEK_DAYS.map((day) => (
            <tr key={day}>
              <th scope="row" className="pr-3 text-left font-normal">
                {DAY_NAMES[day]}
              </th>
              <td className="pr-3">
                <TextInput type="time" name={opensField(day)} aria-label={`${DAY_NAMES[day]} opens`} defaultValue={days[day]?.opens ?? ""} aria-invalid={error ? true : undefined} className="min-w-0 px-2 text-sm" />
              </td>
              <td>
                <TextInput type="time" name={closesField(day)} aria-label={`${DAY_NAMES[day]} closes`} defaultValue={days[day]?.closes ?? ""} aria-invalid={error ? true : undefined} className="min-w-0 px-2 text-sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p id="openingHours-error" className={errorClass}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
