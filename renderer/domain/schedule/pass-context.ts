/** Everything the forward and backward passes read, decoded once per run. */
import type { WorkingCalendar } from '../calendar';
import type { WallMinutes } from '../model';
import type { InputTable } from './inputs';
import type { Network } from './network';

export interface PassContext {
  readonly net: Network;
  readonly inputs: InputTable;
  /** Per valid link (net.links order): type code (link-math FS..SF), lag minutes, elapsed flag. */
  readonly linkTypes: Uint8Array;
  readonly linkLags: Float64Array;
  readonly linkElapsed: Uint8Array;
  /** Working lags are measured on the project calendar, as MS Project does by default. */
  readonly projectCal: WorkingCalendar;
  readonly projectStart: WallMinutes;
  /** First instant after the status date (unfinished work goes here or later); null = none. */
  readonly statusWall: WallMinutes | null;
}

/** Remembers one wall instant's ordinal per calendar (project start, status date, finish). */
export class OrdinalMemo {
  private lastCal: WorkingCalendar | null = null;
  private lastValue = 0;
  private readonly memo = new Map<WorkingCalendar, number>();
  constructor(private readonly wall: WallMinutes) {}
  on(cal: WorkingCalendar): number {
    // Nearly every task is on the project calendar: skip the Map for a repeat.
    if (cal === this.lastCal) return this.lastValue;
    let v = this.memo.get(cal);
    if (v === undefined) {
      v = cal.ordinalOf(this.wall);
      this.memo.set(cal, v);
    }
    this.lastCal = cal;
    this.lastValue = v;
    return v;
  }
}

/** Calendar of a task index: a summary's own calendar is its task calendar (project by default). */
export const calOf = (ctx: PassContext, i: number): WorkingCalendar => ctx.inputs.cal(i);
