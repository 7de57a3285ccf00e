"use client";

// The intake form: a real <form> posting to a server action, so it works with
// JavaScript off. With it on, the same zod schema checks it before sending (inline
// errors, nothing lost) and the button shows that it is sending.
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import {
  ABOUT_WHOM,
  CONTACT_METHODS,
  CONTACT_TIMES,
  CUSTODY_STATUSES,
  FORM_FIELDS,
  formValues,
  LIMITS,
  MATTER_TYPES,
  OTHER_COUNTY,
  parseInquiryForm,
  type FieldErrors,
  type FormField,
} from "@/lib/inquiry-form";
import { initialInquiryFormState, type InquiryFormState } from "@/lib/inquiry-form-state";

type Props = {
  action: (state: InquiryFormState, form: FormData) => Promise<InquiryFormState>;
  token: string;
  counties: string[];
  today: string;
  consentText: string;
};

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";
const labelClass = "block font-medium text-slate-900";
const hintClass = "mt-1 text-sm text-slate-600";
const legendClass = "font-semibold text-brand-900";

// The order the error summary lists problems in: the order of the form.
// FORM_FIELDS is in form order; "contact" (email or phone) belongs right after the name.
const FIELD_ORDER: (FormField | "contact")[] = [FORM_FIELDS[0], "contact", ...FORM_FIELDS.slice(1)];

const id = (field: string) => `inquiry-${field}`;
const errorId = (field: string) => `inquiry-${field}-error`;

export function InquiryForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, initialInquiryFormState);
  // A new answer re-mounts the fields, so they show the values the server sent back.
  return <InquiryFormFields key={state.attempt} {...props} state={state} formAction={formAction} pending={pending} />;
}

function InquiryFormFields({
  token,
  counties,
  today,
  consentText,
  state,
  formAction,
  pending,
}: Props & { state: InquiryFormState; formAction: (form: FormData) => void; pending: boolean }) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | undefined>(undefined);
  const [messageLength, setMessageLength] = useState(state.values.message?.length ?? 0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.errors;
  const problems = FIELD_ORDER.filter((field) => errors[field]);
  const values = state.values;

  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const result = parseInquiryForm(formValues(new FormData(event.currentTarget)), { counties, today });
    if (result.ok) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    setClientErrors(result.errors);
    // After React has rendered the summary.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const invalid = (field: FormField | "contact") => (errors[field] ? true : undefined);
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
  const fieldError = (field: FormField | "contact") =>
    errors[field] ? (
      <p id={errorId(field)} className="mt-1 font-medium text-red-800">
        {errors[field]}
      </p>
    ) : null;
  const nearLimit = LIMITS.message - messageLength <= 200;

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-8">
      <input type="hidden" name="token" value={state.token ?? token} />

      {(problems.length > 0 || state.notice) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="inquiry-problems-heading" className="rounded-md border-2 border-red-700 bg-red-50 p-4">
          <h2 id="inquiry-problems-heading" className="font-semibold text-red-900">
            {problems.length > 0 ? "Please check these answers" : "Your message was not sent yet"}
          </h2>
          {state.notice && !clientErrors && <p className="mt-1 text-red-900">{state.notice}</p>}
          {problems.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {problems.map((field) => (
                <li key={field}>
                  <a href={`#${field === "contact" ? id("email") : field === "contactMethod" || field === "aboutWhom" || field === "custodyStatus" ? `${id(field)}-0` : id(field)}`} className="text-red-900 underline">
                    {errors[field]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <p className="text-sm text-slate-600">Questions marked “required” need an answer; everything else helps but can wait for our call.</p>

      <div>
        <label htmlFor={id("name")} className={labelClass}>
          Your name <span className="text-sm font-normal text-slate-600">(required)</span>
        </label>
        <input
          id={id("name")}
          name="name"
          autoComplete="name"
          required
          defaultValue={values.name}
          aria-invalid={invalid("name")}
          aria-describedby={describedBy(errors.name && errorId("name"))}
          className={inputClass}
        />
        {fieldError("name")}
      </div>

      <fieldset className="space-y-4" aria-describedby={describedBy("inquiry-contact-hint", errors.contact && errorId("contact"))}>
        <legend className={legendClass}>How can we reach you?</legend>
        <p id="inquiry-contact-hint" className={hintClass}>
          An email address or a phone number, at least one.
        </p>
        {fieldError("contact")}
        <div>
          <label htmlFor={id("email")} className={labelClass}>
            Email
          </label>
          <input
            id={id("email")}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            defaultValue={values.email}
            aria-invalid={invalid("email") ?? invalid("contact")}
            aria-describedby={describedBy(errors.email && errorId("email"), errors.contact && errorId("contact"))}
            className={inputClass}
          />
          {fieldError("email")}
        </div>
        <div>
          <label htmlFor={id("phone")} className={labelClass}>
            Phone
          </label>
          <input
            id={id("phone")}
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            aria-invalid={invalid("phone") ?? invalid("contact")}
            aria-describedby={describedBy(errors.phone && errorId("phone"), errors.contact && errorId("contact"))}
            className={inputClass}
          />
          {fieldError("phone")}
        </div>
        <RadioGroup
          field="contactMethod"
          legend="Best way to contact you"
          options={CONTACT_METHODS}
          selected={values.contactMethod ?? "any"}
          error={errors.contactMethod}
        />
        <div>
          <label htmlFor={id("contactTime")} className={labelClass}>
            Best time to contact you
          </label>
          <select
            id={id("contactTime")}
            name="contactTime"
            defaultValue={values.contactTime ?? "any"}
            aria-invalid={invalid("contactTime")}
            aria-describedby={describedBy(errors.contactTime && errorId("contactTime"))}
            className={inputClass}
          >
            {CONTACT_TIMES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {fieldError("contactTime")}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legendClass}>About the matter</legend>
        <RadioGroup field="aboutWhom" legend="Who is this about? (required)" options={ABOUT_WHOM} selected={values.aboutWhom} error={errors.aboutWhom} />
        <div>
          <label htmlFor={id("matterType")} className={labelClass}>
            Type of matter <span className="text-sm font-normal text-slate-600">(required)</span>
          </label>
          <select
            id={id("matterType")}
            name="matterType"
            required
            defaultValue={values.matterType ?? ""}
            aria-invalid={invalid("matterType")}
            aria-describedby={describedBy(errors.matterType && errorId("matterType"))}
            className={inputClass}
          >
            <option value="">Choose one</option>
            {MATTER_TYPES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {fieldError("matterType")}
        </div>
        <div>
          <label htmlFor={id("county")} className={labelClass}>
            County <span className="text-sm font-normal text-slate-600">(required)</span>
          </label>
          <select
            id={id("county")}
            name="county"
            required
            defaultValue={values.county ?? ""}
            aria-invalid={invalid("county")}
            aria-describedby={describedBy(errors.county && errorId("county"))}
            className={inputClass}
          >
            <option value="">Choose a county</option>
            {counties.map((county) => (
              <option key={county} value={county}>
                {county}
              </option>
            ))}
            <option value={OTHER_COUNTY}>Other, or not sure</option>
          </select>
          {fieldError("county")}
        </div>
        <RadioGroup
          field="custodyStatus"
          legend="Is the person in custody? (required)"
          options={CUSTODY_STATUSES}
          selected={values.custodyStatus}
          error={errors.custodyStatus}
        />
        <div>
          <label htmlFor={id("charges")} className={labelClass}>
            Charges, if you know them
          </label>
          <input
            id={id("charges")}
            name="charges"
            defaultValue={values.charges}
            aria-invalid={invalid("charges")}
            aria-describedby={describedBy(errors.charges && errorId("charges"))}
            className={inputClass}
          />
          {fieldError("charges")}
        </div>
        <div>
          <label htmlFor={id("courtDate")} className={labelClass}>
            Next court date, if there is one
          </label>
          <input
            id={id("courtDate")}
            name="courtDate"
            type="date"
            min={today}
            defaultValue={values.courtDate}
            aria-invalid={invalid("courtDate")}
            aria-describedby={describedBy(errors.courtDate && errorId("courtDate"))}
            className={inputClass}
          />
          {fieldError("courtDate")}
        </div>
        <div>
          <label htmlFor={id("otherParties")} className={labelClass}>
            Names of other people involved
          </label>
          <p id="inquiry-otherParties-hint" className={hintClass}>
            For example the other driver or the person who made the complaint. We check that we don’t already work for them.
          </p>
          <textarea
            id={id("otherParties")}
            name="otherParties"
            rows={2}
            defaultValue={values.otherParties}
            aria-invalid={invalid("otherParties")}
            aria-describedby={describedBy("inquiry-otherParties-hint", errors.otherParties && errorId("otherParties"))}
            className={inputClass}
          />
          {fieldError("otherParties")}
        </div>
        <div>
          <label htmlFor={id("message")} className={labelClass}>
            A short message
          </label>
          <p id="inquiry-message-hint" className={hintClass}>
            A few sentences are enough. Please don’t include confidential details yet.
          </p>
          <textarea
            id={id("message")}
            name="message"
            rows={4}
            defaultValue={values.message}
            onChange={(event) => setMessageLength(event.currentTarget.value.length)}
            aria-invalid={invalid("message")}
            aria-describedby={describedBy("inquiry-message-hint", "inquiry-message-count", errors.message && errorId("message"))}
            className={inputClass}
          />
          <p id="inquiry-message-count" className={`mt-1 text-sm ${messageLength > LIMITS.message ? "font-medium text-red-800" : "text-slate-600"}`}>
            {nearLimit
              ? messageLength > LIMITS.message
                ? `${messageLength - LIMITS.message} characters over the limit of ${LIMITS.message}`
                : `${LIMITS.message - messageLength} characters left`
              : `Up to ${LIMITS.message} characters`}
          </p>
          {fieldError("message")}
        </div>
      </fieldset>

      <div>
        <label htmlFor={id("heardFrom")} className={labelClass}>
          How did you hear about us?
        </label>
        <input
          id={id("heardFrom")}
          name="heardFrom"
          defaultValue={values.heardFrom}
          aria-invalid={invalid("heardFrom")}
          aria-describedby={describedBy(errors.heardFrom && errorId("heardFrom"))}
          className={inputClass}
        />
        {fieldError("heardFrom")}
      </div>

      {/* People never see this field; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id("website")}>Leave this empty</label>
        <input id={id("website")} name="website" tabIndex={-1} autoComplete="off" />
      </div>

      <section aria-labelledby="inquiry-notice-heading" className="space-y-3 rounded-lg border border-accent-600 bg-amber-50 p-4">
        <h2 id="inquiry-notice-heading" className="font-semibold text-brand-900">
          Before you send
        </h2>
        <p id="inquiry-consent-text" className="whitespace-pre-line text-slate-800">
          {consentText}
        </p>
        <div className="flex items-start gap-3">
          <input
            id={id("consent")}
            name="consent"
            type="checkbox"
            value="yes"
            required
            defaultChecked={values.consent === "yes"}
            aria-invalid={invalid("consent")}
            aria-describedby={describedBy("inquiry-consent-text", errors.consent && errorId("consent"))}
            className="mt-0.5 size-6 shrink-0 accent-brand-700"
          />
          <label htmlFor={id("consent")} className="font-medium text-slate-900">
            I have read this notice <span className="text-sm font-normal text-slate-600">(required)</span>
          </label>
        </div>
        {fieldError("consent")}
      </section>

      <button
        type="submit"
        disabled={pending}
        className="min-h-11 w-full rounded-md bg-brand-800 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900 disabled:opacity-70 sm:w-auto"
      >
        {pending ? "Sending…" : "Send message"}
      </button>
    </form>
  );
}

function RadioGroup({
  field,
  legend,
  options,
  selected,
  error,
}: {
  field: FormField;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: string | undefined;
  error: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? errorId(field) : undefined}>
      <legend className={labelClass}>{legend}</legend>
      <div className="mt-1 space-y-1">
        {options.map((option, i) => (
          <div key={option.value} className="flex min-h-11 items-center gap-3">
            <input
              id={`${id(field)}-${i}`}
              type="radio"
              name={field}
              value={option.value}
              defaultChecked={selected === option.value}
              className="size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor={`${id(field)}-${i}`} className="text-slate-900">
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {error && (
        <p id={errorId(field)} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
