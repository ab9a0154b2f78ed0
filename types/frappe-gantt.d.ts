/**
 * Local declarations for frappe-gantt 1.2.2 (the @types package describes 0.x). Only what
 * renderer/features/gantt uses, including the internals its wrapper relies on
 * (setup_options, bars, config), which are stable within 1.2.x.
 */
declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    name: string;
    start: Date | string;
    end?: Date | string;
    /** 0..100 */
    progress?: number;
    dependencies?: string | string[];
    /** ONE class token: 1.2.2 calls classList.add() with the whole string. */
    custom_class?: string;
    color?: string;
    color_progress?: string;
    _start?: Date;
    _end?: Date;
    _index?: number;
    /** Row of the bar (patches/frappe-gantt-row-index.mjs); default: position in the task list. */
    plotline_row?: number;
  }

  export interface FrappeViewMode {
    name: string;
    /** '1h', '1d', '7d': Plotline uses only hour and day units (linear time). */
    step: string;
    column_width?: number;
    padding?: string | [string, string];
    date_format?: string;
    snap_at?: string;
    lower_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    upper_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    thick_line?: (d: Date) => boolean;
  }

  export interface FrappeOptions {
    view_mode?: string;
    view_modes?: FrappeViewMode[];
    bar_height?: number;
    bar_corner_radius?: number;
    padding?: number;
    upper_header_height?: number;
    lower_header_height?: number;
    column_width?: number | null;
    container_height?: number | 'auto';
    infinite_padding?: boolean;
    holidays?: Record<string, unknown> | null;
    ignore?: unknown[];
    lines?: 'both' | 'horizontal' | 'vertical' | 'none';
    move_dependencies?: boolean;
    popup?: false;
    popup_on?: 'click' | 'hover';
    readonly?: boolean;
    readonly_dates?: boolean;
    readonly_progress?: boolean;
    today_button?: boolean;
    view_mode_select?: boolean;
    scroll_to?: string | null;
    snap_at?: string | null;
    language?: string;
    on_date_change?: (task: FrappeTask, start: Date, end: Date) => void;
    on_progress_change?: (task: FrappeTask, progress: number) => void;
    on_double_click?: (task: FrappeTask) => void;
    on_click?: (task: FrappeTask) => void;
  }

  export interface FrappeBar {
    task: FrappeTask;
    group: SVGGElement;
    $bar: SVGRectElement;
    /** The bar's hover highlight in frappe's (hidden) header: created per bar, removed only by a full render. */
    $date_highlight?: HTMLElement;
    /** frappe's Bar class (not exported): Plotline builds single replacement bars with it. */
    readonly constructor: new (gantt: Gantt, task: FrappeTask) => FrappeBar;
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement | SVGElement | string, tasks: FrappeTask[], options?: FrappeOptions);
    options: FrappeOptions;
    tasks: FrappeTask[];
    bars: FrappeBar[];
    /** Internal: label font cached by the label-measuring patch (patches/frappe-gantt-label-width.mjs). */
    plotline_label_font?: string | undefined;
    gantt_start: Date;
    $svg: SVGSVGElement;
    $container: HTMLDivElement;
    refresh(tasks: FrappeTask[]): void;
    change_view_mode(mode?: string | FrappeViewMode, maintain_pos?: boolean): void;
    update_options(options: FrappeOptions): void;
    /** Internal: re-reads options without rendering. */
    setup_options(options: FrappeOptions): void;
    /** Internal: scrolls its own container; Plotline owns scrolling and replaces it. */
    set_scroll_position(date?: unknown): void;
  }
}

declare module 'frappe-gantt/style.css';
