/** Who is using the spreadsheet and who owns it, as Apps Script tells (blank or `null` where it does not). */

/**
 * The active user's email. Apps Script gives it under the userinfo.email
 * scope; it is blank where a security policy hides it (a consumer account
 * using a domain's add-on, for one).
 */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim();
  } catch {
    return '';
  }
}

/** `null` for a file in a shared drive, which has no single owner. */
export function ownerEmail(): string | null {
  const owner = SpreadsheetApp.getActiveSpreadsheet().getOwner();
  const email = owner?.getEmail().trim() ?? '';
  return email === '' ? null : email;
}
