/**
 * The map page's script, the DOM half: shows a `MapPosition` on the prerendered map. It only
 * adds classes, tags, a note and link targets to the page as it is, so when anything is
 * missing the plain map stays as it was.
 */
import type { NodeId } from '../../engine/index.ts';
import { progressText } from '../../ui/progress-label.ts';
import type { MapPosition } from '../model/map-position.ts';
import {
  ANSWER_TAKEN_TEXT,
  choseTagText,
  EDGE_ID_ATTR,
  HERE_CLASS,
  HERE_TEXT,
  hereTab,
  MARK,
  NODE_ID_ATTR,
  TAG_CLASS,
} from '../view/map-marks.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The link of a node: the SVG node itself, or the step link in the list. */
function linkOf(element: Element): Element | null {
  return element.matches('a') ? element : element.querySelector(':scope > p > .map-list__link');
}

function addTag(parent: Element | null, text: string): void {
  if (!parent || parent.querySelector(`:scope > .${TAG_CLASS}`)) return;
  const tag = parent.ownerDocument.createElement('strong');
  tag.className = TAG_CLASS;
  tag.textContent = text;
  parent.append(' ', tag);
}

/** The "You are here" tab on the current node of the diagram. */
function addHereTab(node: Element): void {
  const svg = node.closest('svg');
  const shape = node.querySelector('.map-node__shape');
  const measurable = shape instanceof SVGGraphicsElement && typeof shape.getBBox === 'function';
  if (!svg || !measurable || svg.querySelector(`.${HERE_CLASS}`)) return;
  const box = shape.getBBox();
  const tab = hereTab({ x: box.x, y: box.y, width: box.width, height: box.height });
  const doc = svg.ownerDocument;
  const group = doc.createElementNS(SVG, 'g');
  group.setAttribute('class', HERE_CLASS);
  group.setAttribute('aria-hidden', 'true');
  const rect = doc.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries({
    x: tab.x,
    y: tab.y,
    width: tab.width,
    height: tab.height,
    rx: 4,
  })) {
    rect.setAttribute(name, String(value));
  }
  const text = doc.createElementNS(SVG, 'text');
  text.setAttribute('x', String(tab.textX));
  text.setAttribute('y', String(tab.textY));
  text.textContent = HERE_TEXT;
  group.append(rect, text);
  svg.append(group);
}

/** Every element carrying `attribute`, by its value (the diagram's and the list's). */
function byAttribute(root: ParentNode, attribute: string): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  for (const element of root.querySelectorAll(`[${attribute}]`)) {
    const value = element.getAttribute(attribute) ?? '';
    found.set(value, [...(found.get(value) ?? []), element]);
  }
  return found;
}

function showNote(root: ParentNode, name: string): HTMLElement | null {
  const note = root.querySelector<HTMLElement>(`[data-map-note="${name}"]`);
  if (note) note.hidden = false;
  return note;
}

/** Sets the text of the note's part named `name`, when there is text to set. */
function fill(note: Element | null, name: string, text: string | undefined): Element | null {
  const part = note?.querySelector(`[data-map-here-${name}]`) ?? null;
  if (part && text) part.textContent = text;
  return part;
}

/**
 * Points each node's links at its step for these answers (or makes it plain text where it
 * cannot be reached from them), lights the path, marks the current step and shows the note
 * with the step page's step number. A situation chosen is marked as chosen, in its own words
 * (`situations`, the guide's "sounds like me" list), never as answers given.
 */
export function applyPosition(
  root: ParentNode,
  position: MapPosition,
  stepHref: (id: NodeId, session: string) => string,
  situations: readonly string[] = [],
): void {
  const nodes = byAttribute(root, NODE_ID_ATTR);
  const edges = byAttribute(root, EDGE_ID_ATTR);
  const sessions = new Map([...position.sessions].map((entry) => [String(entry[0]), entry]));
  for (const [id, elements] of nodes) {
    const session = sessions.get(id);
    for (const element of elements) {
      const link = linkOf(element);
      if (session) link?.setAttribute('href', stepHref(...session));
      else {
        link?.removeAttribute('href');
        element.classList.add(MARK.unreachable);
      }
    }
  }
  if (position.kind === 'unreadable') {
    showNote(root, position.reason);
    return;
  }
  if (position.kind !== 'walked') return;

  for (const id of position.pathNodes) {
    for (const element of nodes.get(id) ?? []) element.classList.add(MARK.nodeOnPath);
  }
  for (const id of position.pathEdges) {
    for (const element of edges.get(id) ?? []) {
      element.classList.add(MARK.edgeOnPath);
      if (element.matches('li')) {
        addTag(element.querySelector(':scope > .map-list__said'), ANSWER_TAKEN_TEXT);
      }
    }
  }
  const chose = position.situation === undefined ? undefined : situations[position.situation];
  for (const id of position.choseNodes) {
    for (const element of nodes.get(id) ?? []) element.classList.add(MARK.nodeChosen);
  }
  for (const id of position.choseEdges) {
    for (const element of edges.get(id) ?? []) {
      element.classList.add(MARK.edgeChosen);
      if (element.matches('li')) {
        addTag(element.querySelector(':scope > .map-list__said'), choseTagText(chose));
      }
    }
  }
  let title = '';
  for (const element of nodes.get(position.current) ?? []) {
    element.classList.add(MARK.current);
    linkOf(element)?.setAttribute('aria-current', 'step');
    if (element.matches('li')) {
      addTag(element.querySelector(':scope > p'), HERE_TEXT);
      title = linkOf(element)?.textContent ?? '';
    } else addHereTab(element);
  }
  for (const key of root.querySelectorAll<HTMLElement>('[data-map-path-key]')) key.hidden = false;
  const note = showNote(root, 'here');
  fill(note, 'step', progressText(position.progress));
  fill(note, 'title', title);
  if (position.choseEdges.length > 0) {
    for (const key of root.querySelectorAll<HTMLElement>('[data-map-chose-key]'))
      key.hidden = false;
    const part = note?.querySelector<HTMLElement>('[data-map-here-chose]');
    if (part) part.hidden = false;
    fill(note, 'chose-text', chose);
  }
  const back = note?.querySelector('[data-map-here-link]');
  const current = sessions.get(position.current);
  if (back && current) back.setAttribute('href', stepHref(...current));
}
