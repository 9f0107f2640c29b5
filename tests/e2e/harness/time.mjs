export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The default heartbeat interval: the error bound of docs/architecture.md section 6 per interruption. */
export const HEARTBEAT_MS = 15_000;
