// Clipboard HTML from Word or Google Docs reduced to what the post editor makes:
// headings, paragraphs, bold, italic, links, lists and quotes. Runs in the browser on
// paste (Tiptap's transformPastedHTML), before the editor's schema drops whatever is
// left; the server sanitizes again on save. Needs a DOM (DOMParser).

const DROP_WITH_CONTENT = "meta, style, script, title, link, head, xml, template, object, embed, iframe, svg, img";
const BULLET_MARKER = /^[\s\u00a0]*[·•o§▪\-–*][\s\u00a0]*$/;

function isWordListParagraph(el: Element): boolean {
  return el.tagName === "P" && (/mso-list\s*:/i.test(el.getAttribute("style") ?? "") || /^MsoListParagraph/i.test(el.className));
}

/** Removes Word's `<![if !supportLists]>…<![endif]>` marker and returns its text ("·", "1."). */
function takeWordListMarker(paragraph: Element): string {
  let marker = "";
  let removing = false;
  for (const node of Array.from(paragraph.childNodes)) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data.trim();
      if (/^\[if !supportLists\]/i.test(data)) removing = true;
      else if (/^\[endif\]/i.test(data)) removing = false;
      node.remove();
    } else if (removing) {
      marker += node.textContent ?? "";
      node.remove();
    }
  }
  if (!marker) {
    // Without the conditional comments: a leading Symbol-font span carries the marker.
    const first = paragraph.firstElementChild;
    if (first && /Symbol|Wingdings/i.test(first.getAttribute("style") ?? "")) {
      marker = first.textContent ?? "";
      first.remove();
    }
  }
  return marker;
}

/** Word writes lists as paragraphs; gather runs of them into real ul/ol lists. */
function rebuildWordLists(doc: Document) {
  for (const paragraph of Array.from(doc.body.querySelectorAll("p"))) {
    if (!paragraph.isConnected || !isWordListParagraph(paragraph)) continue;
    const marker = takeWordListMarker(paragraph);
    const ordered = marker.trim() !== "" && !BULLET_MARKER.test(marker);
    const previous = paragraph.previousElementSibling;
    const list =
      previous && previous.tagName === (ordered ? "OL" : "UL") && previous.hasAttribute("data-word-list")
        ? previous
        : paragraph.parentNode!.insertBefore(doc.createElement(ordered ? "ol" : "ul"), paragraph);
    list.setAttribute("data-word-list", "");
    const item = doc.createElement("li");
    const inner = doc.createElement("p");
    while (paragraph.firstChild) inner.appendChild(paragraph.firstChild);
    item.appendChild(inner);
    list.appendChild(item);
    paragraph.remove();
  }
}

function unwrap(el: Element) {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

function wrapChildren(el: Element, tag: string) {
  const doc = el.ownerDocument;
  const wrapper = doc.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}

/** Bold and italic given as styles (Google Docs spans) become strong/em; a style that says "not bold" unwraps. */
function stylesToTags(doc: Document) {
  for (const el of Array.from(doc.body.querySelectorAll<HTMLElement>("[style]"))) {
    const style = (el.getAttribute("style") ?? "").toLowerCase();
    const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
    const italic = /(?:^|;)\s*font-style\s*:\s*italic/.test(style);
    if ((el.tagName === "B" || el.tagName === "STRONG") && (weight === "normal" || (weight && Number(weight) < 600))) {
      unwrap(el); // Google Docs wraps the whole clipboard in <b style="font-weight:normal">
      continue;
    }
    if (el.tagName === "SPAN") {
      if (weight === "bold" || (weight && Number(weight) >= 600)) wrapChildren(el, "strong");
      if (italic) wrapChildren(el, "em");
    }
  }
}

function isBlank(el: Element): boolean {
  return (el.textContent ?? "").replace(/[\s\u00a0\u200b]/g, "") === "";
}

/** The clipboard HTML, cleaned: structure kept, Office and Docs markup dropped, no empty paragraphs. */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of Array.from(doc.querySelectorAll(DROP_WITH_CONTENT))) el.remove();
  rebuildWordLists(doc);
  stylesToTags(doc);

  // Comments (Word's conditional comments, StartFragment markers) and Office-namespaced tags (<o:p>).
  const walker = doc.createTreeWalker(doc.body, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    if (el.tagName.includes(":")) el.remove();
  }
  for (const br of Array.from(doc.body.querySelectorAll("br.Apple-interchange-newline"))) br.remove();

  // Presentation only: spans, fonts and divs give way to their content.
  for (const el of Array.from(doc.body.querySelectorAll("span, font, div, section, article, u, s, sup, sub"))) unwrap(el);

  // Every attribute goes, except where a link points.
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    for (const name of el.getAttributeNames()) {
      if (!(el.tagName === "A" && name === "href")) el.removeAttribute(name);
    }
  }

  // Blocks with nothing to read in them (Word's <p>&nbsp;</p>, leftovers of removed markup).
  for (const el of Array.from(doc.body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, ul, ol")).reverse()) {
    if (isBlank(el)) el.remove();
  }
  return doc.body.innerHTML.trim();
}
