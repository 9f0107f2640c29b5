export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The default heartbeat interval: the error bound of docs/architecture.md section 6 per interruption. */
export const HEARTBEAT_MS = 15_000;

/**
 * The whole minutes a view shows for `ms` of study, restated from docs/architecture.md (the total rounded to
 * a tenth of a minute, then cut to whole minutes) rather than imported from the code under test.
 */
export const shownMinutes = (ms) => Math.floor(Math.round(ms / 6000) / 10);
