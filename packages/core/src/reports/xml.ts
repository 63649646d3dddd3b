import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineIndex, reportError, stripBom } from './source.js';

/** One element of an XML report, namespace prefix removed, attribute values and text entity-decoded. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA), untrimmed. */
  text: string;
  /** Offset of the element's start tag in the document. */
  offset: number;
}

export interface XmlReport {
  file: string;
  text: string;
  root: XmlElement;
  /** 1-based line of an element's start tag. */
  lineOf(element: XmlElement): number;
}

const CDATA = '#cdata';
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  removeNSPrefix: true,
  // Entities are decoded below in one pass: the five predefined ones and character references, as XML
  // defines them, with no expansion limits to trip over in long stack traces and no DTD entities to abuse.
  processEntities: false,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
const META = XMLParser.getMetaDataSymbol();

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return PREDEFINED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== CDATA);
  if (name === undefined || name.startsWith('?') || name.startsWith('!')) return undefined;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META as unknown as symbol];
  const element: XmlElement = { name, attributes: Object.fromEntries(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k, decodeXmlEntities(String(v))])), children: [], text: '', offset: meta?.startIndex ?? 0 };
  for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) element.text += decodeXmlEntities(String(child['#text']));
    else if (CDATA in child) element.text += ((child[CDATA] as { '#text'?: unknown }[]) ?? []).map((t) => String(t['#text'] ?? '')).join('');
    else {
      const converted = convert(child);
      if (converted) element.children.push(converted);
    }
  }
  return element;
}

/**
 * Parses an XML report. Malformed XML is a located error; `format` names what the file should have been.
 * A DOCTYPE is read for its internal entities only: nothing is fetched.
 */
export function parseXmlReport(text: string, file: string, format: string): XmlReport {
  const clean = stripBom(text);
  if (clean.trim() === '') throw reportError(file, `is empty; expected ${format} XML`, { line: 1, column: 1 }, 'empty-report');
  const valid = XMLValidator.validate(clean, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw reportError(file, `is not well-formed XML (${valid.err.msg}); expected ${format}`, { line: valid.err.line, column: valid.err.col }, 'xml-syntax');
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(clean) as OrderedNode[];
  } catch (error) {
    throw reportError(file, `cannot be read as XML (${(error as Error).message}); expected ${format}`, { line: 1, column: 1 }, 'xml-syntax');
  }
  const root = nodes.map(convert).find((e): e is XmlElement => e !== undefined);
  if (!root) throw reportError(file, `has no root element; expected ${format}`, { line: 1, column: 1 }, 'xml-syntax');
  const lineAt = lineIndex(clean);
  return { file, text: clean, root, lineOf: (element) => lineAt(element.offset) };
}

export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
