/*
 * The digest and its exporters (docs/architecture.md section 5): one pure builder, pure renderers. Everything a
 * caller needs comes from here.
 */

export { type Digest, digestSchema } from '../schemas/digest';
export { type ShareLevel, type Snapshot, snapshotSchema } from '../schemas/snapshot';
export { buildDigest, type DigestInput, type DigestOptions, MAX_PERIOD_DAYS } from './build-digest';
export { csvFileNames, renderCsv } from './render-csv';
export { renderHtml } from './render-html';
export { renderJson } from './render-json';
export { renderMarkdown } from './render-markdown';
export { type SnapshotOptions, toSnapshot } from './to-snapshot';
export { isoDuration, toXapiStatements, type XapiActor } from './to-xapi';
export { type XapiStatement, xapiStatementSchema } from './xapi-statement';
