// Elements that end a line of text; everything else is inline.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'TD', 'TH', 'CAPTION',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT']);
const SPACE_RUN = /[ \t\r\n\f\u00A0]+/g;
const BLANK_LINES = /\n{3,}/g;
const LINE_EDGES = /^ +| +$/gm;

/** The part of a DOM node this module reads; works for linkedom and browser DOMs alike. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Plain text of a DOM subtree: paragraphs and other blocks separated by a blank line,
 * `<br>` as a line break, runs of spaces collapsed, scripts and styles left out.
 * @example htmlNodeToText(parseHTML('<p>a</p><p>b</p>').document.body) // 'a\n\nb'
 */
export function htmlNodeToText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(SPACE_RUN, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('').replace(LINE_EDGES, '').replace(BLANK_LINES, '\n\n').trim();
}
