import "server-only";
import type { SpanishSettings } from "@/lib/i18n/spanish-settings";

// The demo's Spanish side: a few posts and the firm's pages written in Spanish (linked to
// their English originals by slug), and every Spanish notice, so a new install shows both
// languages. Sample text, marked as such, as the English is.

const MUESTRA = `<p><strong>Texto de muestra:</strong> reemplácelo en el administrador antes de publicar el sitio.</p>`;

export type SeedTranslation = { original: string; slug: string; title: string; excerpt: string; bodyHtml: string };

export const seedTranslations: SeedTranslation[] = [
  {
    original: "how-does-bond-work",
    slug: "como-funciona-la-fianza",
    title: "¿Cómo funciona la fianza?",
    excerpt: "La fianza permite que una persona salga de la cárcel mientras sigue su caso, siempre que regrese a la corte. Así funciona por lo general.",
    bodyHtml: `<p>La fianza es una forma de que una persona salga de la cárcel mientras su caso sigue abierto. Es una promesa, respaldada con dinero o con condiciones, de que regresará a cada fecha de corte.</p>
<h2>Quién fija la fianza</h2>
<p>Por lo general la fija un juez o un magistrado, según una tabla o en la primera audiencia. Puede tomar en cuenta la acusación, los antecedentes y si la persona ha faltado a la corte antes.</p>
<h2>Tipos comunes de fianza</h2>
<ul>
<li><strong>Bajo palabra:</strong> la persona sale al firmar una promesa de regresar, sin pagar dinero por adelantado.</li>
<li><strong>Fianza en efectivo:</strong> se paga a la corte la cantidad completa, que por lo general se devuelve al final del caso si se cumple con cada fecha de corte.</li>
<li><strong>Fianza de una compañía:</strong> una compañía de fianzas la paga a cambio de una tarifa que normalmente no se devuelve.</li>
</ul>
<h2>¿Se puede bajar la fianza?</h2>
<p>Muchas veces un abogado puede pedirle al juez que baje la cantidad o cambie las condiciones. Antes de pagarle a una compañía de fianzas, <a href="/es/contact">hable con nuestra oficina</a>. Esta es información general, no asesoría legal.</p>`,
  },
  {
    original: "should-i-talk-to-the-police",
    slug: "debo-hablar-con-la-policia",
    title: "¿Debo hablar con la policía?",
    excerpt: "Tiene derecho a guardar silencio y a pedir un abogado. Esto es lo que conviene saber antes de contestar preguntas.",
    bodyHtml: `<p>Si la policía quiere hacerle preguntas sobre un delito, tiene derecho a guardar silencio y a pedir un abogado. Decirlo con calma y claridad no es una falta de respeto ni una prueba de culpa.</p>
<h2>Qué decir</h2>
<p>Puede decir: “Quiero guardar silencio y quiero hablar con un abogado.” Después, no siga conversando sobre los hechos, aunque le digan que así todo será más fácil.</p>
<h2>Qué no hacer</h2>
<ul><li>No mienta ni dé un nombre falso.</li><li>No se resista físicamente, aunque crea que el arresto es injusto.</li><li>No hable de su caso por teléfono desde la cárcel: las llamadas se graban.</li></ul>
<p><a href="/es/contact">Llámenos</a> antes de contestar preguntas. Esta es información general, no asesoría legal.</p>`,
  },
  {
    original: "can-a-victim-drop-the-charges",
    slug: "puede-la-victima-retirar-la-acusacion",
    title: "¿Puede la víctima retirar la acusación?",
    excerpt: "En un caso penal la acusación la presenta el estado, no la víctima. Esto es lo que la víctima sí puede hacer.",
    bodyHtml: `<p>Mucha gente cree que la persona que llamó a la policía puede “retirar los cargos”. En un caso penal, sin embargo, la acusación la presenta el estado por medio del fiscal, no la víctima.</p>
<h2>Lo que la víctima sí puede hacer</h2>
<p>La víctima puede decirle al fiscal que no quiere seguir adelante, y el fiscal puede tomarlo en cuenta. Pero la decisión final de mantener o retirar la acusación es del fiscal.</p>
<h2>Qué hacer si lo acusaron</h2>
<p>No se comunique con la víctima para pedirle que cambie su declaración: puede violar una orden de la corte y empeorar su situación. <a href="/es/contact">Hable primero con un abogado</a>. Esta es información general, no asesoría legal.</p>`,
  },
  {
    original: "about",
    slug: "quienes-somos",
    title: "Quiénes somos",
    excerpt: "Quiénes somos y cómo trabajamos.",
    bodyHtml: `${MUESTRA}
<p>Somos un despacho pequeño de defensa penal. Cuando llama, habla con un abogado, no con un centro de llamadas, y le explicamos lo que pasa con palabras sencillas.</p>
<h2>Cómo trabajamos</h2>
<ul><li>Le decimos lo que sabemos y lo que todavía no sabemos.</li><li>Contestamos las llamadas de las familias de personas detenidas.</li><li>Hablamos de honorarios antes de empezar cualquier trabajo.</li></ul>`,
  },
  {
    original: "privacy",
    slug: "privacidad",
    title: "Política de privacidad",
    excerpt: "Qué hacemos con lo que nos envía por este sitio web.",
    bodyHtml: `${MUESTRA}
<h2>Qué guardamos</h2>
<p>Cuando envía el formulario de contacto, guardamos lo que escribió, la hora en que lo envió y el aviso que aceptó, en el idioma en que lo leyó. No usamos rastreadores de publicidad.</p>
<h2>Quién lo ve</h2>
<p>Solo los abogados y el personal de esta oficina leen los mensajes. No los vendemos ni los compartimos. El correo que nos avisa que llegó un mensaje no contiene lo que usted escribió.</p>
<h2>Preguntas</h2>
<p>Llámenos o use la <a href="/es/contact">página de contacto</a>.</p>`,
  },
];

export const sampleSpanishSettings: SpanishSettings = {
  esTagline: "Defensa penal en Alabama — contenido de muestra",
  esIntro:
    "Este es un texto de muestra para una instalación nueva. Defendemos a personas acusadas de delitos en las cortes estatales y municipales, y le explicamos cada paso con palabras sencillas. Se habla español.",
  esResponsePromise: "por lo general en un día hábil",
  esAfterHoursInstructions:
    "Texto de muestra: fuera del horario de oficina, llame al número de arriba. Si alguien está en la cárcel, dígalo al principio del mensaje y deje el nombre de la cárcel.",
  esSiteDisclaimer:
    "Declaración publicitaria de muestra: la información de este sitio web es información general, no asesoría legal. Leerla o comunicarse con nosotros no crea una relación de abogado y cliente.",
  esPostDisclaimer: "Este artículo es información general, no asesoría legal, y se revisó solo para las leyes de {state}. Cada caso es diferente: hable con un abogado sobre el suyo.",
  esConsentText:
    "Enviar este formulario no lo convierte en nuestro cliente, y todavía no hemos aceptado representarle. Por favor, no nos envíe detalles confidenciales de lo que pasó: díganos solo lo necesario para llamarle. Lo que nos envía se mantiene privado.",
  esConsentVersion: "2026-12-04",
};

/** The sample lawyer's title and bio in Spanish (their page /es/attorneys/jordan-avery). */
export const sampleSpanishProfile = {
  title: "Abogado (perfil de muestra)",
  bio: "Perfil de muestra: Jordan Avery es un abogado inventado que muestra cómo se ve un perfil. Reemplácelo en Profiles, en el administrador.\n\nJordan ha defendido durante doce años a personas acusadas de delitos en las cortes estatales y municipales, y explica cada paso del caso con palabras sencillas.",
};

/** Spanish names of the sample tags that the Spanish posts carry, by the tag's English name. */
export const sampleSpanishTagNames: Record<string, string> = {
  Bond: "Fianza",
  Arrests: "Arrestos",
  Court: "Corte",
  "Your rights": "Sus derechos",
  "Victims' rights": "Derechos de las víctimas",
};
