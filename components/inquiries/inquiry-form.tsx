"use client";

// The intake form: a real <form> posting to a server action, so it works with
// JavaScript off. With it on, the same zod schema checks it before sending (inline
// errors, nothing lost) and the button shows that it is sending. The schema (zod, most
// of this form's weight) loads when the person starts on the form, not with the page.
import Link from "next/link";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, errorId, Field, FieldError } from "@/components/ui/field";
import { hintClass } from "@/components/ui/field-styles";
import { radioId, RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import {
  ABOUT_WHOM,
  CONTACT_METHODS,
  CONTACT_TIMES,
  CUSTODY_STATUSES,
  formValues,
  HONEYPOT_FIELD,
  LIMITS,
  OTHER_COUNTY,
  type InquiryErrorField,
  type InquiryErrors,
} from "@/lib/inquiries/inquiry-form";
import type * as InquiryFormSchema from "@/lib/inquiries/inquiry-form-schema";
import { initialInquiryFormState, type InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { PhoneLink } from "@/components/site/phone-link";
import { SubmitButton } from "@/components/ui/button";
import { VisitPathField } from "./visit-path-field";
import type { Dictionary } from "@/lib/i18n/dictionary-shape";

/** The form's words in the page's language (dictionary(lang).form, passed by the page). */
export type FormWords = Dictionary["form"];

type Props = {
  action: (state: InquiryFormState, form: FormData) => Promise<InquiryFormState>;
  /**
   * Where the form goes when sent before its script runs (React's permalink): the page that
   * answers it per request (lib/http/routes.mjs, contactAnswerPath), as the form page is cached.
   */
  answerPath: string;
  /** Asked as the form appears, for the visitor's token cookie (scripts/server.mjs): the router's navigation loads no page that would bring it. */
  tokenPath: string;
  counties: string[];
  /** The types of matter the firm offers (intake settings), by name. */
  matterTypes: string[];
  today: string;
  consentText: string;
  /** The firm's phone: shown at once when someone is in custody (the form still sends). */
  phone?: string;
  /** The advertising statement the rules ask for beside the button. */
  advertisingStatement?: string;
  /** Visit counting is on: the form carries the visit's path (lib/visits/visit-path.ts) and says so. */
  visitPath?: boolean;
  words: FormWords;
  /** The form's language, for its validation messages (inquiry-messages.ts). */
  lang?: "en" | "es";
  /** The privacy policy in the form's language (none: the policy is not written in it yet). */
  privacyHref?: string;
};

const legendClass = "font-semibold text-brand-900";

// The order the error summary lists problems in: the order of the form (the short path,
// then the optional details, then the notice).
const FIELD_ORDER: InquiryErrorField[] = [
  "name",
  "contact",
  "email",
  "phone",
  "message",
  "custodyStatus",
  "aboutWhom",
  "personCharged",
  "matterType",
  "county",
  "charges",
  "courtDate",
  "otherParties",
  "contactMethod",
  "contactTime",
  "heardFrom",
  "consent",
];
const RADIO_FIELDS: InquiryErrorField[] = ["contactMethod", "aboutWhom", "custodyStatus"];

const id = (field: string) => `inquiry-${field}`;

/** Where the summary's link for a field goes: the field, a group's first radio, the email for "contact". */
function fieldHref(field: InquiryErrorField): string {
  if (field === "contact") return `#${id("email")}`;
  return `#${RADIO_FIELDS.includes(field) ? radioId(id(field)) : id(field)}`;
}

export function InquiryForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, initialInquiryFormState, props.answerPath);
  const { tokenPath } = props;
  useEffect(() => {
    // Only a visitor without a good token gets a cookie from it; a failure leaves the server's
    // refusal to say so and to hand one over with the form.
    void fetch(tokenPath, { cache: "no-store" }).catch(() => undefined);
  }, [tokenPath]);
  // A new answer re-mounts the fields, so they show the values the server sent back.
  return <InquiryFormFields key={state.attempt} {...props} state={state} formAction={formAction} pending={pending} />;
}

function InquiryFormFields({
  counties,
  matterTypes,
  today,
  consentText,
  phone,
  advertisingStatement,
  visitPath,
  words: w,
  lang = "en",
  privacyHref = "/privacy",
  state,
  formAction,
  pending,
}: Props & { state: InquiryFormState; formAction: (form: FormData) => void; pending: boolean }) {
  const [clientErrors, setClientErrors] = useState<InquiryErrors | undefined>(undefined);
  // Counts checks in the browser that found problems: each one moves the focus to the summary.
  const [clientChecks, setClientChecks] = useState(0);
  const [messageLength, setMessageLength] = useState(state.values?.message?.length ?? 0);
  const errors = clientErrors ?? state.errors ?? {};
  const problems = FIELD_ORDER.filter((field) => errors[field]);
  const values = state.values ?? {};
  const required = <span className="text-sm font-normal text-slate-600">{w.required}</span>;
  const label = (option: { value: string; label: string }, key = option.value) => ({ ...option, label: w.options[key as keyof FormWords["options"]] ?? option.label });
  const count = (template: string, n: number) => template.replace("{n}", String(n)).replace("{max}", String(LIMITS.message));

  const schema = useRef<typeof InquiryFormSchema>(undefined);
  function loadSchema() {
    if (schema.current) return;
    void import("@/lib/inquiries/inquiry-form-schema").then((loaded) => (schema.current = loaded));
  }

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    // Not loaded yet (sent within a moment of opening the page): the server checks it the same way.
    if (!schema.current) return;
    const result = schema.current.parseInquiryForm(formValues(new FormData(event.currentTarget)), { counties, matterTypes, today, lang });
    if (result.ok) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    setClientErrors(result.errors);
    setClientChecks((n) => n + 1);
  }

  // Once problems are shown, each clears as its field becomes right (WCAG 3.3.1: no message
  // left on an answer already fixed); new problems wait for the next send.
  function clearFixed(event: FormEvent<HTMLFormElement>) {
    if (problems.length === 0) return;
    const form = event.currentTarget;
    // The server's answer re-mounted the form: the rules load now, then the change is checked.
    if (!schema.current) {
      void import("@/lib/inquiries/inquiry-form-schema").then((loaded) => {
        schema.current = loaded;
        recheck(form, loaded);
      });
      return;
    }
    recheck(form, schema.current);
  }
  function recheck(form: HTMLFormElement, rules: typeof InquiryFormSchema) {
    const now = rules.parseInquiryForm(formValues(new FormData(form)), { counties, matterTypes, today, lang });
    const still = now.ok ? {} : now.errors;
    const kept: InquiryErrors = {};
    for (const field of problems) if (still[field]) kept[field] = still[field];
    if (Object.keys(kept).length !== problems.length) setClientErrors(kept);
  }

  const nearLimit = LIMITS.message - messageLength <= 200;

  // The title says "Error:" while the form shows problems (WCAG 3.3.1). Without JavaScript the
  // server's answer says it (app/(site)/contact/answer/page.tsx); this covers the check in the browser.
  const showsProblems = problems.length > 0 || Boolean(state.message);
  useEffect(() => {
    const title = document.title.replace(/^Error: /, "");
    document.title = showsProblems ? `Error: ${title}` : title;
  }, [showsProblems]);

  return (
    <form action={formAction} onFocus={loadSchema} onSubmit={checkBeforeSending} onChange={clearFixed} noValidate className="space-y-8">
      {/* Empty unless the server had to hand over a token here: the visitor's cookie holds it (lib/inquiries/form-token.ts). */}
      <input type="hidden" name="token" value={state.token ?? ""} />

      {(problems.length > 0 || state.message) && (
        <ErrorSummary
          id="inquiry-problems"
          title={problems.length > 0 ? w.checkAnswers : w.notSent}
          errors={problems.map((field) => ({ href: fieldHref(field), message: errors[field]! }))}
          focusKey={clientChecks}
        >
          {state.message && !clientErrors && <p className="mt-1 text-red-900">{state.message}</p>}
        </ErrorSummary>
      )}

      <p className="text-sm text-slate-600">{w.requiredNote}</p>

      <Field id={id("name")} label={<>{w.name} {required}</>} error={errors.name}>
        {(control) => <TextInput {...control} name="name" autoComplete="name" required defaultValue={values.name} />}
      </Field>

      <fieldset className="space-y-4" aria-describedby={describedBy("inquiry-contact-hint", errors.contact && errorId(id("contact")))}>
        <legend className={legendClass}>{w.reachLegend}</legend>
        <p id="inquiry-contact-hint" className={hintClass}>
          {w.reachHint}
        </p>
        <FieldError id={id("contact")} error={errors.contact} />
        <Field
          id={id("email")}
          label={w.email}
          error={errors.email}
          invalid={Boolean(errors.email || errors.contact)}
          alsoDescribedBy={[errors.contact && errorId(id("contact"))]}
        >
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" inputMode="email" defaultValue={values.email} />}
        </Field>
        <Field
          id={id("phone")}
          label={w.phone}
          error={errors.phone}
          invalid={Boolean(errors.phone || errors.contact)}
          alsoDescribedBy={[errors.contact && errorId(id("contact"))]}
        >
          {(control) => <TextInput {...control} name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />}
        </Field>
      </fieldset>

      {/* The short path first (WCAG 3.3: someone in a hurry): name, a way to reach them, what
          happened, custody. Everything else helps the call but can wait. */}
      <Field
        id={id("message")}
        label={w.message}
        hint={w.messageHint}
        error={errors.message}
        alsoDescribedBy={["inquiry-message-count"]}
      >
        {(control) => (
          <>
            <Textarea
              {...control}
              name="message"
              rows={4}
              defaultValue={values.message}
              onChange={(event) => setMessageLength(event.currentTarget.value.length)}
            />
            <p id="inquiry-message-count" className={`mt-1 text-sm ${messageLength > LIMITS.message ? "font-medium text-red-800" : "text-slate-600"}`}>
              {nearLimit
                ? messageLength > LIMITS.message
                  ? count(w.overLimit, messageLength - LIMITS.message)
                  : count(w.left, LIMITS.message - messageLength)
                : count(w.upTo, 0)}
            </p>
          </>
        )}
      </Field>

      <RadioGroup
        id={id("custodyStatus")}
        name="custodyStatus"
        legend={<>{w.custody} {required}</>}
        options={CUSTODY_STATUSES.map((o) => label(o))}
        defaultValue={values.custodyStatus}
        error={errors.custodyStatus}
      />
      {phone && <CustodyCallNote phone={phone} words={w} />}

      <fieldset className="space-y-4">
        <legend className={legendClass}>{w.moreLegend}</legend>
        <p className={hintClass}>{w.moreHint}</p>
        <RadioGroup
          id={id("aboutWhom")}
          name="aboutWhom"
          legend={w.aboutWhom}
          options={ABOUT_WHOM.map((o) => label(o))}
          defaultValue={values.aboutWhom}
          error={errors.aboutWhom}
        />
        {/* Shown once "A family member" or "Someone else" is chosen, by CSS alone (app/globals.css), so without JavaScript too. */}
        <div className="person-charged-field">
          <Field
            id={id("personCharged")}
            label={<>{w.personCharged} {required}</>}
            hint={w.personChargedHint}
            error={errors.personCharged}
          >
            {(control) => <TextInput {...control} name="personCharged" autoComplete="off" defaultValue={values.personCharged} />}
          </Field>
        </div>
        <Field id={id("matterType")} label={w.matterType} error={errors.matterType}>
          {(control) => (
            <Select {...control} name="matterType" defaultValue={values.matterType ?? ""}>
              <option value="">{w.chooseOne}</option>
              {matterTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("county")} label={w.county} error={errors.county}>
          {(control) => (
            <Select {...control} name="county" defaultValue={values.county ?? ""}>
              <option value="">{w.chooseCounty}</option>
              {counties.map((county) => (
                <option key={county} value={county}>
                  {county}
                </option>
              ))}
              <option value={OTHER_COUNTY}>{w.otherCounty}</option>
            </Select>
          )}
        </Field>
        <Field id={id("charges")} label={w.charges} error={errors.charges}>
          {(control) => <TextInput {...control} name="charges" defaultValue={values.charges} />}
        </Field>
        <Field id={id("courtDate")} label={w.courtDate} error={errors.courtDate}>
          {(control) => <TextInput {...control} name="courtDate" type="date" min={today} defaultValue={values.courtDate} />}
        </Field>
        <Field
          id={id("otherParties")}
          label={w.otherParties}
          hint={w.otherPartiesHint}
          error={errors.otherParties}
        >
          {(control) => <Textarea {...control} name="otherParties" rows={2} defaultValue={values.otherParties} />}
        </Field>
        <RadioGroup
          id={id("contactMethod")}
          name="contactMethod"
          legend={w.contactMethod}
          options={CONTACT_METHODS.map((o) => label(o))}
          defaultValue={values.contactMethod ?? "any"}
          error={errors.contactMethod}
        />
        <Field id={id("contactTime")} label={w.contactTime} error={errors.contactTime}>
          {(control) => (
            <Select {...control} name="contactTime" defaultValue={values.contactTime ?? "any"}>
              {CONTACT_TIMES.map((o) => label(o, o.value === "any" ? "anyTime" : o.value)).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("heardFrom")} label={w.heardFrom} error={errors.heardFrom}>
          {(control) => <TextInput {...control} name="heardFrom" defaultValue={values.heardFrom} />}
        </Field>
      </fieldset>


      {/* People never see this field; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id(HONEYPOT_FIELD)}>{w.honeypot}</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      {visitPath && <VisitPathField />}

      <section aria-labelledby="inquiry-notice-heading" className="space-y-3 rounded-lg border border-accent-600 bg-amber-50 p-4">
        <h2 id="inquiry-notice-heading" className="font-semibold text-brand-900">
          {w.noticeHeading}
        </h2>
        <p id="inquiry-consent-text" className="whitespace-pre-line text-slate-800">
          {consentText}
        </p>
        <p className="text-slate-800">
          {w.privacyLead}{" "}
          <Link href={privacyHref} className="font-medium text-brand-700 underline">
            {w.privacyLink}
          </Link>
          .
        </p>
        {visitPath && (
          <p className="text-slate-800">
            {w.visitNote}
          </p>
        )}
        <CheckboxField
          id={id("consent")}
          name="consent"
          value="yes"
          required
          defaultChecked={values.consent === "yes"}
          label={<>{w.consent} {required}</>}
          error={errors.consent}
          alsoDescribedBy={["inquiry-consent-text"]}
        />
      </section>

      <SubmitButton pending={pending} pendingLabel={w.sending} size="lg" className="w-full sm:w-auto">
        {w.send}
      </SubmitButton>
      {advertisingStatement && <p className="text-sm text-slate-600">{advertisingStatement}</p>}
    </form>
  );
}

/**
 * Shown as soon as "In custody" is chosen, by CSS alone (:has), so it works without
 * JavaScript too: someone in jail now needs a call, not a form. The form still sends.
 */
function CustodyCallNote({ phone, words }: { phone: string; words: FormWords }) {
  return (
    <div role="status" className="custody-call-note">
      <p className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-lg text-red-950">
        <strong>{words.jailNow}</strong> {words.jailAt}{" "}
        <PhoneLink phone={phone} className="font-bold text-red-900 underline">
          {phone}
        </PhoneLink>
        . {words.jailStill}
      </p>
    </div>
  );
}
