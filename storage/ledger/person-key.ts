/** 工号 as compared: NFKC (full-width digits and letters become ASCII), spaces dropped, case ignored. */
export function normalizeStaffNo(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** 姓名 as compared: NFKC, every space dropped (Chinese names are often typed "张 三"), case ignored. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00b7·]+/g, '')
    .toLowerCase();
}

/** A person's id: by staff number when there is one, else by name. */
export function personIdOf(staffNo: string | undefined, name: string): string {
  return staffNo ? `s:${normalizeStaffNo(staffNo)}` : `n:${normalizeName(name)}`;
}
