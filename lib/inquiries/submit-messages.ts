// What the form's server side says when it refuses a form, in the form's language. Plain.
import type { Lang } from "@/lib/i18n/languages";

const en = {
  callUs: "If it is urgent, call us at {phone}.",
  unreadable: "We could not read this form. Please check your answers and send it again.",
  tooQuick: "That was quicker than we expected from a person. Please check your answers, then send the form again.",
  tooMany: "We have received several messages from your connection in the last minute. Please wait a minute, then send the form again.",
  noNotice: "This form cannot be sent right now.",
  notAForm: "The form could not be read. Reload the page and send it again.",
};

const es: typeof en = {
  callUs: "Si es urgente, llámenos al {phone}.",
  unreadable: "No pudimos leer este formulario. Revise sus respuestas y envíelo de nuevo.",
  tooQuick: "Eso fue más rápido de lo que esperábamos de una persona. Revise sus respuestas y envíe el formulario de nuevo.",
  tooMany: "Recibimos varios mensajes desde su conexión en el último minuto. Espere un minuto y envíe el formulario de nuevo.",
  noNotice: "Este formulario no se puede enviar en este momento.",
  notAForm: "No se pudo leer el formulario. Vuelva a cargar la página y envíelo de nuevo.",
};

export const SUBMIT_MESSAGES: Record<Lang, typeof en> = { en, es };
