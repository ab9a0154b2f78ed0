/**
 * The register's text columns share the table's width by what they hold. Fixed percentages gave
 * Name and Notes room they did not use while Contact cut even a short address ("dana.finance-dire…"
 * at 1024 px), and the address is what a person copies from this table. Name, Role / organisation
 * and Contact fit their longest value (useColumnFit); Notes takes the rest, at least its placeholder.
 * When the window is too narrow for all of that, Contact gives up room first, down to what its phone
 * numbers need (a longer address ends in '…', whole in its tooltip), then Name; Role keeps what its
 * values and placeholders need.
 */
import { useLayoutEffect, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import type { Stakeholder } from '../../domain/model';
import { shareRoom } from '../shared/column-fit';
import { useColumnFit, type ColumnFit } from '../shared/use-column-fit';

/** The columns this hook sizes, by their `col` class; the others keep their widths from the stylesheet. */
const SHARED_COLUMNS = ['c-name', 'c-role', 'c-contact', 'c-notes'] as const;
type SharedColumnClass = (typeof SHARED_COLUMNS)[number];
/** Notes gives up room first, down to its placeholder; a longer note ends in '…', whole in its tooltip. */
const NOTES_PLACEHOLDER = ['notes'];
/** Name's least field width, em, when even Contact at its least leaves too little room. */
const NAME_MIN_EM = 8;

interface Room {
  /** The width the four text columns share, px. */
  readonly sharedPx: number;
  /** A cell's padding around its field, px. */
  readonly cellChromePx: number;
  readonly fontSizePx: number;
  /** Each text column's header's widest word and its padding, px: a narrower column ran 'ORGANISATION' into 'CONTACT'. */
  readonly headerPx: Readonly<Record<SharedColumnClass, number>>;
}

const px = (value: string): number => Number.parseFloat(value) || 0;

/** The widest word of a header cell as drawn (its capitals and letter spacing), with the cell's padding. */
function headerWordPx(th: HTMLElement): number {
  const words = (th.textContent ?? '').split(/\s+/).filter(Boolean);
  const probe = document.createElement('span');
  probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
  th.append(probe);
  const widest = words.reduce((max, word) => {
    probe.textContent = word;
    return Math.max(max, probe.getBoundingClientRect().width);
  }, 0);
  probe.remove();
  const style = getComputedStyle(th);
  return Math.ceil(widest + px(style.paddingLeft) + px(style.paddingRight));
}

/** What the table's frame leaves for the text columns once the fixed ones have theirs. */
function measureRoom(frame: HTMLElement, table: HTMLTableElement): Room | null {
  const cell = table.tBodies[0]?.rows[0]?.cells[0];
  const headers = table.tHead?.rows[0]?.cells;
  if (!cell || !headers) return null;
  const frameStyle = getComputedStyle(frame);
  const tableStyle = getComputedStyle(table);
  const cellStyle = getComputedStyle(cell);
  const columns = Array.from(table.querySelectorAll('col'));
  const headerPx: Record<SharedColumnClass, number> = { 'c-name': 0, 'c-role': 0, 'c-contact': 0, 'c-notes': 0 };
  let fixedPx = 0;
  Array.from(headers).forEach((th, i) => {
    const shared = SHARED_COLUMNS.find((c) => columns[i]?.classList.contains(c));
    if (shared) headerPx[shared] = headerWordPx(th);
    else fixedPx += th.getBoundingClientRect().width;
  });
  const contentPx = frame.clientWidth - px(frameStyle.paddingLeft) - px(frameStyle.paddingRight);
  return {
    sharedPx: contentPx - px(tableStyle.borderLeftWidth) - px(tableStyle.borderRightWidth) - fixedPx,
    cellChromePx: px(cellStyle.paddingLeft) + px(cellStyle.paddingRight),
    fontSizePx: px(tableStyle.fontSize),
    headerPx,
  };
}

function isSameRoom(a: Room, b: Room): boolean {
  return Math.abs(a.sharedPx - b.sharedPx) < 0.5 && a.cellChromePx === b.cellChromePx && a.fontSizePx === b.fontSizePx
    && SHARED_COLUMNS.every((c) => a.headerPx[c] === b.headerPx[c]);
}

/** The frame's room, measured again whenever the frame is resized (the window, the sidebar). */
function useRoom(frame: RefObject<HTMLElement | null>, table: RefObject<HTMLTableElement | null>, rowCount: number): Room | null {
  const [room, setRoom] = useState<Room | null>(null);
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = (): void => {
      const read = table.current ? measureRoom(el, table.current) : null;
      setRoom((was) => (read && was && isSameRoom(was, read) ? was : read));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame, table, rowCount]);
  return room;
}

/** The `col` widths (CSS variables the stylesheet reads) for the register's rows `people`. */
export function useRegisterColumns(frame: RefObject<HTMLElement | null>, table: RefObject<HTMLTableElement | null>,
  people: readonly Stakeholder[]): CSSProperties {
  const names = useMemo(() => people.map((s) => s.name), [people]);
  // An empty field shows its placeholder, which must read whole too.
  const roles = useMemo(() => ['role', 'organisation', ...people.flatMap((s) => [s.role ?? '', s.organisation ?? ''])], [people]);
  const phones = useMemo(() => ['email', 'phone', ...people.map((s) => s.phone ?? '')], [people]);
  const contacts = useMemo(() => [...phones, ...people.map((s) => s.email ?? '')], [people, phones]);
  const nameFit = useColumnFit(table, '.f-name', names, { min: NAME_MIN_EM, max: 16 });
  const roleFit = useColumnFit(table, '.f-role', roles, { min: 7, max: 14 });
  // About 20em holds an address of 32 characters whole; a longer one ends in '…' even at 1440 px.
  const contactFit = useColumnFit(table, '.f-email', contacts, { min: 8, max: 20 });
  const phoneFit = useColumnFit(table, '.f-phone', phones, { min: 8, max: 20 });
  const notesFit = useColumnFit(table, '.f-notes', NOTES_PLACEHOLDER, { min: 0, max: 20 });
  const room = useRoom(frame, table, people.length);
  if (!room || !nameFit || !roleFit || !contactFit || !phoneFit || !notesFit) return {};
  // A column is never narrower than its header's widest word.
  const column = (fit: ColumnFit | number, header: SharedColumnClass): number =>
    Math.max((typeof fit === 'number' ? fit : fit.widthPx) + room.cellChromePx, room.headerPx[header]);
  const [contactPx = 0, namePx = 0, rolePx = 0] = shareRoom(room.sharedPx - column(notesFit, 'c-notes'), [
    { fitPx: column(contactFit, 'c-contact'), minPx: column(phoneFit, 'c-contact') },
    { fitPx: column(nameFit, 'c-name'), minPx: column(NAME_MIN_EM * room.fontSizePx, 'c-name') },
    { fitPx: column(roleFit, 'c-role'), minPx: column(roleFit, 'c-role') },
  ]);
  return {
    '--name-col': `${String(namePx)}px`,
    '--role-col': `${String(rolePx)}px`,
    '--contact-col': `${String(contactPx)}px`,
  } as CSSProperties;
}
