/**
 * What one import may read (docs/ledger.md "Limits"). A weekly digest of a heavy learner is tens of kB; the
 * limits leave room for a year of them and refuse anything that would exhaust the organiser's memory.
 */
export const LEDGER_LIMITS = {
  /** One digest file (or one archive entry), bytes. */
  fileBytes: 4 * 2 ** 20,
  /** One archive file as picked, bytes (compressed). */
  archiveBytes: 256 * 2 ** 20,
  /** All entries of one archive together, uncompressed bytes. */
  archiveUncompressedBytes: 512 * 2 ** 20,
  /** Entries in one archive (folders included). */
  archiveEntries: 20_000,
  /** A roster file, bytes. */
  rosterBytes: 8 * 2 ** 20,
  /** Roster rows. */
  rosterRows: 20_000,
  /** The newest digest schema version this build reads; 2 and 3 are the versions StudyTrail has written. */
  newestDigestVersion: 3,
  oldestDigestVersion: 2,
} as const;

/** Limits as a parameter (tests pass small ones). */
export type LedgerLimits = { [K in keyof typeof LEDGER_LIMITS]: number };
