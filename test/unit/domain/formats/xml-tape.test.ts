import { describe, expect, it } from 'vitest';
import { attr, child, childrenNamed, childrenOutside, childText, parseXml, type XmlElement } from '../../../../renderer/domain/formats/xml';
import { XmlNode } from '../../../../renderer/domain/formats/xml/xml-tape';

function parsed(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function problem(text: string): string {
  const result = parseXml(text);
  if (result.ok) throw new Error('expected a problem');
  return result.error.message;
}

/** The same document as plain objects, read through the element interface only (children, text, attributes). */
function plain(el: XmlElement): unknown {
  return { name: el.name, local: el.local, offset: el.offset, text: el.text, attributes: [...el.attributes], children: el.children.map(plain) };
}

describe('the XML tape', () => {
  it('navigates children and siblings in document order, by local name, across namespace prefixes', () => {
    const root = parsed('<p:Project><Tasks><Task><UID>1</UID></Task><x:Task><UID>2</UID></x:Task><Other/><Task><UID>3</UID></Task></Tasks></p:Project>');
    expect(root).toBeInstanceOf(XmlNode);
    const tasks = child(root, 'Tasks');
    expect(tasks && childrenNamed(tasks, 'Task').map((t) => childText(t, 'UID'))).toEqual(['1', '2', '3']);
    expect(tasks?.children.map((c) => c.name)).toEqual(['Task', 'x:Task', 'Other', 'Task']);
    expect(tasks && child(tasks, 'Other')?.children).toEqual([]);
    expect(tasks && child(tasks, 'Missing')).toBeUndefined();
    expect(tasks && childrenNamed(tasks, 'Missing')).toEqual([]);
    expect(child(root, 'NeverSeenName')).toBeUndefined();
  });

  it('finds the first child of a name in elements with many children, asked in any order and interleaved', () => {
    // Ten children (indexed by name when asked), one repeated, one namespaced; beside a small element (walked).
    const many = ['<a>1</a>', '<b>2</b>', '<c>3</c>', '<a>4</a>', '<d>5</d>', '<x:e>6</x:e>', '<f>7</f>', '<g>8</g>', '<h>9</h>', '<i>10</i>'].join('');
    const root = parsed(`<r><big>${many}</big><small><a>s</a><z>t</z></small><big2><z>u</z>${many}</big2></r>`);
    const [big, small, big2] = [child(root, 'big'), child(root, 'small'), child(root, 'big2')];
    if (!big || !small || !big2) throw new Error('missing element');
    const ask = (el: XmlElement): (string | undefined)[] => ['i', 'a', 'e', 'z', 'c', 'h', 'missing'].map((name) => childText(el, name));
    expect(ask(big)).toEqual(['10', '1', '6', undefined, '3', '9', undefined]);
    expect(ask(small)).toEqual([undefined, 's', undefined, 't', undefined, undefined, undefined]);
    // 'z' is a child of big2 only; asking big after big2 must not find big2's.
    expect(ask(big2)).toEqual(['10', '1', '6', 'u', '3', '9', undefined]);
    expect(ask(big)).toEqual(['10', '1', '6', undefined, '3', '9', undefined]);
    expect(child(big2, 'a')?.text).toBe('1');
    expect(childrenNamed(big, 'a').map((el) => el.text)).toEqual(['1', '4']);
  });

  it('lists the children outside a set of names, in document order, from the tape and from a hand-built element', () => {
    const root = parsed('<t><UID>1</UID><x:Hyperlink>h</x:Hyperlink><Name>n</Name><Custom><V>2</V></Custom><Hyperlink>i</Hyperlink></t>');
    const known = new Set(['UID', 'Name']);
    expect(childrenOutside(root, known).map((c) => [c.name, c.text])).toEqual([['x:Hyperlink', 'h'], ['Custom', ''], ['Hyperlink', 'i']]);
    expect(childrenOutside(root, known)[1]?.children.map((c) => c.local)).toEqual(['V']);
    const byHand = plain(root) as XmlElement;
    expect(childrenOutside(byHand, known).map((c) => c.name)).toEqual(['x:Hyperlink', 'Custom', 'Hyperlink']);
  });

  it('cuts text from the source on demand, trimmed by childText as String.prototype.trim does', () => {
    const root = parsed('<a><b>  x y </b><c>\u00a0z\u00a0</c><d>   </d><e/><f>plain</f></a>');
    expect(child(root, 'b')?.text).toBe('  x y ');
    expect(childText(root, 'b')).toBe('x y');
    expect(childText(root, 'c')).toBe('z');
    expect(childText(root, 'd')).toBeUndefined();
    expect(childText(root, 'e')).toBeUndefined();
    expect(childText(root, 'f')).toBe('plain');
  });

  it('decodes entities, keeps CDATA verbatim, and joins text runs around children and comments', () => {
    const root = parsed('<a>one &amp; <b/>two<!-- c --> &#x41;<![CDATA[&lt;]]></a>');
    expect(root.text).toBe('one & two A&lt;');
    expect(childText(parsed('<a><b><![CDATA[ <raw> ]]></b></a>'), 'b')).toBe('<raw>');
    expect(childText(parsed('<a><b>&#32;x&#32;</b></a>'), 'b')).toBe('x');
  });

  it('reads attributes, decoded, through attr and the attributes map', () => {
    const root = parsed('<a one="1" two=\'&lt;2&gt;\' three=""><b/></a>');
    expect(attr(root, 'one')).toBe('1');
    expect(attr(root, 'two')).toBe('<2>');
    expect(attr(root, 'three')).toBe('');
    expect(attr(root, 'four')).toBeUndefined();
    expect([...root.attributes]).toEqual([['one', '1'], ['two', '<2>'], ['three', '']]);
    const leaf = child(root, 'b');
    expect(leaf && attr(leaf, 'one')).toBeUndefined();
    expect(leaf?.attributes.size).toBe(0);
  });

  it('gives each element its offset, so messages name the line:column of the element', () => {
    const text = '<?xml version="1.0"?>\n<a>\n  <b>1</b>\n  <c x="y"/>\n</a>';
    const root = parsed(text);
    expect(root.offset).toBe(text.indexOf('<a>'));
    expect(child(root, 'c')?.offset).toBe(text.indexOf('<c'));
    expect(problem('<a>\n  <b x="1" x="2"/></a>')).toBe("XML error at line 2:12: attribute 'x' appears twice");
    expect(problem('<a>\n <b x="a<b"/></a>')).toBe("XML error at line 2:9: '<' is not allowed in attribute 'x'");
    expect(problem('<a>\n  <b>&nope;</b></a>')).toBe("XML error at line 2:6: unknown entity '&nope;' (only &lt; &gt; &amp; &quot; &apos; and &#...; are allowed)");
    expect(problem('<a>\n  <b x="&nope;"/></a>')).toMatch(/^XML error at line 2:9: unknown entity/);
    expect(problem('<a><b>\n</a>')).toBe('XML error at line 2:1: expected </b> but found </a>');
  });

  it('reads each tag by its own name when the usual sequence of tags changes (a longer name, another order)', () => {
    const root = parsed('<R><T><U>1</U><V/></T><T><UID>2</UID><V/></T><T><V/><U>3</U></T><T><U>4</U><U:x/></T></R>');
    expect(root.children.map((t) => t.children.map((c) => c.name).join(' '))).toEqual(['U V', 'UID V', 'V U', 'U U:x']);
    expect(problem('<R><T><U>1</U></T><T><U>2</Ux></T></R>')).toBe('XML error at line 1:26: expected </U> but found </Ux>');
  });

  it('grows past its first estimate and reads a document of many elements the same as the element interface', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<T n="${String(i)}"><U>${String(i)}</U><V>v&amp;${String(i)}</V></T>`).join('\n');
    const root = parsed(`<R>${rows}</R>`);
    const all = childrenNamed(root, 'T');
    expect(all).toHaveLength(3000);
    expect(all.map((t) => [attr(t, 'n'), childText(t, 'U'), childText(t, 'V')])[2999]).toEqual(['2999', '2999', 'v&2999']);
    const source = '<R a="1">x<T n="0"><U>0</U></T>\n<T/>y</R>';
    const small = parsed(source);
    expect(plain(small)).toEqual({
      name: 'R', local: 'R', offset: 0, text: 'xy', attributes: [['a', '1']], children: [
        { name: 'T', local: 'T', offset: source.indexOf('<T'), text: '', attributes: [['n', '0']], children: [{ name: 'U', local: 'U', offset: source.indexOf('<U'), text: '0', attributes: [], children: [] }] },
        { name: 'T', local: 'T', offset: source.lastIndexOf('<T'), text: '', attributes: [], children: [] },
      ],
    });
  });
});
