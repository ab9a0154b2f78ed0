/**
 * A 16:9 slide of the executive summary as SVG (1920 x 1080): project, status date, overall and
 * per-dimension RAG, headline, forecast finish, slipped milestones and decisions needed. Every
 * text is XML-escaped; long lines are clipped so nothing runs off the slide. Its ground and text
 * take the colours it is given (the theme the app shows, report-exports.ts); the RAG fills with
 * their white words read on either ground.
 */
import { svgPaint, xmlText } from '../../domain/formats/escape';
import { RAG_COLOURS, RAG_WORDS, slipWords, standingText, type StatusReportModel } from '../../domain/report';
import { APP_REPORT_DATES } from './report-dates';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const FONT = "Segoe UI, Helvetica, Arial, sans-serif";

/** The slide's ground, its main text and its secondary (status, forecast) text. */
export interface SlideColours { readonly background: string; readonly text: string; readonly muted: string }

/** The light theme's surface and text (theme.css), for a slide made with no theme at hand. */
export const LIGHT_SLIDE: SlideColours = { background: '#ffffff', text: '#111827', muted: '#5b6475' };

const capitalised = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function text(x: number, y: number, size: number, value: string, fill: string, extra = ''): string {
  return `<text x="${String(x)}" y="${String(y)}" font-size="${String(size)}" fill="${svgPaint(fill)}"${extra ? ` ${extra}` : ''}>${xmlText(value)}</text>`;
}

function bullets(model: StatusReportModel): string[] {
  const lines: string[] = [];
  for (const s of model.sections) {
    if (s.kind === 'milestones-slipped') for (const m of s.items.slice(0, 3)) lines.push(`${m.name}: ${slipWords(m.slipDays)} (now ${APP_REPORT_DATES.day(m.finish)})`);
    if (s.kind === 'slip-absent') lines.push(s.reason);
    if (s.kind === 'decisions-needed') for (const i of s.items.slice(0, 2)) lines.push(`Decision needed: ${i.title}`);
    if (s.kind === 'milestones-due') for (const m of s.items.slice(0, 2)) lines.push(`Next: ${m.name} due ${APP_REPORT_DATES.day(m.finish)}`);
  }
  return lines.slice(0, 6);
}

export function slideSvg(model: StatusReportModel, colours: SlideColours = LIGHT_SLIDE): string {
  const chips = model.dimensions.map((d, i) => {
    const x = 120 + i * 420;
    return `<rect x="${String(x)}" y="330" width="390" height="110" rx="18" fill="${RAG_COLOURS[d.rag]}"/>`
      + text(x + 28, 378, 34, d.dimension.charAt(0).toUpperCase() + d.dimension.slice(1), '#ffffff', 'font-weight="600"')
      + text(x + 28, 422, 30, RAG_WORDS[d.rag], '#ffffff');
  }).join('');
  const list = bullets(model).map((line, i) => text(140, 640 + i * 62, 36, `• ${clip(line, 85)}`, colours.text)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(SLIDE_WIDTH)}" height="${String(SLIDE_HEIGHT)}" viewBox="0 0 ${String(SLIDE_WIDTH)} ${String(SLIDE_HEIGHT)}" font-family="${FONT}">`
    + `<rect width="100%" height="100%" fill="${svgPaint(colours.background)}"/><rect width="100%" height="16" fill="${RAG_COLOURS[model.overall]}"/>`
    + text(120, 140, 64, clip(model.projectName, 48), colours.text, 'font-weight="700"')
    + text(120, 210, 36, `Status ${APP_REPORT_DATES.day(model.statusDate)} · Overall ${RAG_WORDS[model.overall]}`, colours.muted)
    + text(120, 280, 36, clip(capitalised(standingText(model, APP_REPORT_DATES)), 85), colours.muted)
    + chips
    + (model.headline.trim() ? text(120, 540, 44, clip(model.headline.trim(), 70), colours.text, 'font-weight="600"') : '')
    + list + '</svg>';
}
