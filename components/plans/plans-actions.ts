import type { PlanError, PlanInput, PlanRow } from '@/storage/schemas/plan';
import type { Choice } from './PlanForm';
import type { PlanSummary } from './plan-summary';

/** What the Plans view does; the dashboard passes the browser's, tests their own. */
export interface PlansActions {
  /** Every plan with its figures for now, nearest deadline first (re-run when rows change). */
  load(): Promise<PlanSummary[]>;
  /** A stored plan, to edit. */
  plan(id: string): Promise<PlanRow | undefined>;
  /** The courses and platforms a plan may count. */
  choices(): Promise<{ courses: Choice[]; platforms: Choice[] }>;
  /** Saves a new plan (no id) or an edited one; a refusal changes nothing and says why. */
  save(input: PlanInput, id?: string): Promise<PlanError | null>;
  remove(id: string): Promise<PlanRow | undefined>;
  restore(row: PlanRow): Promise<void>;
  /** The completion record of a plan as a standalone HTML page and its file name. */
  record(id: string): Promise<{ html: string; fileName: string }>;
  /** Shows the record in a new tab, to print. */
  openRecord(html: string): void;
  downloadRecord(html: string, fileName: string): void;
}
