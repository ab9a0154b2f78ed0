import { describe, expect, it } from 'vitest';
import { attr, child, childText, parseXml, XmlWriter, escapeXmlText, type XmlElement } from '../../../../renderer/domain/formats/xml';

function parsed(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function problem(text: string, options = {}): string {
  const result = parseXml(text, options);
  if (result.ok) throw new Error('expected a problem');
  return result.error.message;
}

describe('parseXml', () => {
  it('reads elements, attributes and text with a BOM, declaration, comments and PIs before the root', () => {
    const root = parsed('\uFEFF<?xml version="1.0"?>\n<!-- hi -->\n<?pi x?>\n<Project a="1" b=\'two\'><Name>Plan</Name><Empty/></Project>\n<!-- after -->');
    expect(root.name).toBe('Project');
    expect(attr(root, 'b')).toBe('two');
    expect(childText(root, 'Name')).toBe('Plan');
    expect(child(root, 'Empty')?.children).toEqual([]);
  });

  it('decodes the five predefined entities, numeric references and CDATA verbatim', () => {
    const root = parsed('<a t="&lt;&amp;&quot;">&lt;&gt;&amp;&quot;&apos; &#65;&#x1F600;<![CDATA[<b>&amp;</b>]]></a>');
    expect(attr(root, 't')).toBe('<&"');
    expect(root.text).toBe('<>&"\' A\u{1F600}<b>&amp;</b>');
  });

  it('refuses DOCTYPE and ENTITY declarations (XXE, billion laughs) with a clear message', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(problem(laughs)).toMatch(/DOCTYPE and ENTITY declarations are not allowed/);
    expect(problem('<a><!ENTITY x "y"></a>')).toMatch(/DOCTYPE and ENTITY/);
    expect(problem('<a>&xxe;</a>')).toMatch(/unknown entity '&xxe;'/);
  });

  it('reports line:column for malformed input', () => {
    expect(problem('<a>\n  <b></c>\n</a>')).toBe("XML error at line 2:6: expected </b> but found </c>");
    expect(problem('<a>\n<b>')).toMatch(/line 2:1: element <b> is never closed/);
    expect(problem('<a x=1/>')).toMatch(/line 1:6: attribute 'x' needs a quoted value/);
    expect(problem('<a>&</a>')).toMatch(/bare '&'/);
    expect(problem('')).toMatch(/no root element/);
    expect(problem('<a/><b/>')).toMatch(/content after the end of the root/);
    expect(problem('<a>&#0;</a>')).toMatch(/not a valid XML character/);
    expect(problem('<a x="1" x="2"/>')).toMatch(/appears twice/);
  });

  it('enforces the size and depth limits', () => {
    expect(problem('<a></a>', { maxChars: 3 })).toMatch(/limit is/);
    expect(problem('<a>'.repeat(300) + '</a>'.repeat(300))).toMatch(/nested deeper than 256/);
  });

  it('gives leaves the shared empty attributes and children, never written to, and names through a shared tag', () => {
    const root = parsed('<p:Project><Task><UID>1</UID><Name a="x">A</Name></Task><Task><UID>2</UID></Task></p:Project>');
    expect([root.name, root.local]).toEqual(['p:Project', 'Project']);
    const [first, second] = root.children;
    const uid = first && child(first, 'UID');
    const name = first && child(first, 'Name');
    expect(uid?.children).toBe(second && child(second, 'UID')?.children);
    expect(uid?.attributes.size).toBe(0);
    expect(name?.attributes.get('a')).toBe('x');
    expect(uid?.attributes).not.toBe(name?.attributes);
    expect(first?.children.map((c) => [c.name, c.local, c.text])).toEqual([['UID', 'UID', '1'], ['Name', 'Name', 'A']]);
    // A second document's leaves are still empty: no element ever wrote to the shared ones.
    const again = parsed('<a><b/></a>');
    expect(again.children[0]?.children).toEqual([]);
    expect(again.children[0]?.attributes.size).toBe(0);
  });

  it('skips XML whitespace (space, tab, CR, LF) inside tags and drops it between child elements', () => {
    const root = parsed('<a \t\r\n x = "1"\n>\r\n\t <b >t</b \n>\n \t<c/>\n</a\t>');
    expect(attr(root, 'x')).toBe('1');
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(childText(root, 'b')).toBe('t');
    expect(root.text).toBe('\r\n\t ');
    expect(problem('<a\u00a0x="1"/>')).toMatch(/line 1:/);
  });

  it('keeps a __proto__ attribute as a plain map key', () => {
    const root = parsed('<a __proto__="x" constructor="y"/>');
    expect(attr(root, '__proto__')).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('XmlWriter', () => {
  it('escapes text and attributes, drops characters XML cannot hold, and parses back', () => {
    const w = new XmlWriter();
    w.open('Project', { xmlns: 'urn:x', note: 'a"b\nc' }).leaf('Name', 'R&D <1> \u0001ok').leaf('Skip', undefined).empty('E').close('Project');
    const text = w.toString();
    expect(text).toContain('<Name>R&amp;D &lt;1&gt; ok</Name>');
    expect(text).not.toContain('Skip');
    const root = parsed(text);
    expect(attr(root, 'note')).toBe('a"b\nc');
    expect(childText(root, 'Name')).toBe('R&D <1> ok');
    expect(escapeXmlText('\uD800x')).toBe('x');
  });
});
