/* The ledger's views as pure functions of the ledger's data (docs/ledger.md "Views"). */
export { type CaseListItem, caseList } from './case-list';
export { type GridCell, ledgerWeekStarts, type PeopleGrid, peopleByWeeks } from './grid';
export { type PersonDetail, personDetail } from './person-detail';
export { classHours } from './shared';
export { fileCounts, type GroupTotals, groupTotals, notHandedIn, weeklyDistribution } from './week-summary';
