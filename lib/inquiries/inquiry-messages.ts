// The intake form's validation messages in each language. Plain (no server imports): the
// browser's check (inquiry-form-schema.ts, loaded with the form) reads them too. Typed by
// the English ones, so a missing Spanish message fails the build.
import type { Lang } from "@/lib/i18n/languages";

const en = {
  tooLong: "Please keep {what} under {max} characters.",
  what: { name: "your name", email: "the email address", phone: "the phone number", personCharged: "the name", charges: "the charges", otherParties: "the names", message: "the message", heardFrom: "this answer" },
  name: "Please tell us your name.",
  email: "Please check the email address: it should look like name@example.com.",
  phone: "Please check the phone number: use digits, for example (555) 123-4567.",
  contactMethod: "Please choose how we should contact you.",
  contactTime: "Please choose a time of day.",
  aboutWhom: "Please choose who this is about, or leave it empty.",
  matterType: "Please choose a type of matter from the list, or leave it empty.",
  county: "Please choose a county from the list (or “Other”).",
  courtDateFormat: "Please give the court date as a date, for example 2026-12-01.",
  courtDatePast: "That date has passed: please give the next court date, or leave it empty.",
  custodyStatus: "Please tell us whether the person is in custody.",
  consent: "Please confirm that you have read the notice above.",
  personChargedNeeded: "Please tell us the name of the person charged (or choose “Me”).",
  contactNeeded: "Please give us an email address or a phone number, so we can reach you.",
  emailNeeded: "You chose email: please give an email address, or choose another way.",
  phoneNeeded: "You chose a call or text: please give a phone number, or choose another way.",
};

export type InquiryMessages = typeof en;

const es: InquiryMessages = {
  tooLong: "Por favor, escriba {what} en menos de {max} caracteres.",
  what: { name: "su nombre", email: "el correo electrónico", phone: "el número de teléfono", personCharged: "el nombre", charges: "los cargos", otherParties: "los nombres", message: "el mensaje", heardFrom: "esta respuesta" },
  name: "Por favor, díganos su nombre.",
  email: "Revise el correo electrónico: debe verse como nombre@ejemplo.com.",
  phone: "Revise el número de teléfono: use dígitos, por ejemplo (555) 123-4567.",
  contactMethod: "Por favor, elija cómo debemos comunicarnos con usted.",
  contactTime: "Por favor, elija una hora del día.",
  aboutWhom: "Por favor, elija de quién se trata, o déjelo vacío.",
  matterType: "Por favor, elija un tipo de caso de la lista, o déjelo vacío.",
  county: "Por favor, elija un condado de la lista (u “Otro”).",
  courtDateFormat: "Escriba la fecha de corte como una fecha, por ejemplo 2026-12-01.",
  courtDatePast: "Esa fecha ya pasó: escriba la próxima fecha de corte, o déjela vacía.",
  custodyStatus: "Por favor, díganos si la persona está detenida.",
  consent: "Por favor, confirme que leyó el aviso de arriba.",
  personChargedNeeded: "Por favor, díganos el nombre de la persona acusada (o elija “Yo”).",
  contactNeeded: "Por favor, denos un correo electrónico o un número de teléfono para comunicarnos con usted.",
  emailNeeded: "Eligió correo electrónico: escriba un correo electrónico o elija otra forma.",
  phoneNeeded: "Eligió llamada o mensaje de texto: escriba un número de teléfono o elija otra forma.",
};

export const INQUIRY_MESSAGES: Record<Lang, InquiryMessages> = { en, es };
